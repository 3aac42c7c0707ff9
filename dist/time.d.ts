/** `2026-05-01T16:30:00Z`; empty for a time JavaScript cannot represent (a commit can claim any). */
export declare function isoUtc(date: Date): string;
/** A git timestamp (seconds since 1970) as isoUtc. */
export declare function isoUtcSeconds(unixSeconds: number): string;
