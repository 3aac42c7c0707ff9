// Every date in every report: ISO 8601 in UTC, to the second (git keeps no finer time).
/** `2026-05-01T16:30:00Z`; empty for a time JavaScript cannot represent (a commit can claim any). */
export function isoUtc(date) {
    return Number.isNaN(date.getTime()) ? '' : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A git timestamp (seconds since 1970) as isoUtc. */
export function isoUtcSeconds(unixSeconds) {
    return isoUtc(new Date(unixSeconds * 1000));
}
