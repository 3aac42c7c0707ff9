// What a scan finds, and where. Plain data shared by the engine, the sources and the reporters.
export const EVIDENCE_KINDS = [
    'shape',
    'publicExample',
    'line',
    'file',
    'repository',
    'none',
];
/** Most exposed first: a group of findings is as exposed as its most exposed one. */
export const EXPOSURE_ORDER = [
    'pushed',
    'unreachable',
    'committed',
    'staged',
    'working-copy',
];
/** Where content read this way is, until its source knows better (history: which refs reach it). */
export function exposureOf(provenance) {
    switch (provenance.kind) {
        case 'file':
        case 'path':
            return 'working-copy';
        case 'blob':
            return 'staged';
        default:
            return 'committed';
    }
}
export const SUPPRESSION_SOURCES = [
    'inline-allow',
    'ignore-file',
    'allowlist',
    'config-exclude',
    'ignore-path',
    'rule-override',
];
/** The finding without its secret, built field by field so that nothing secret can ride along. */
export function withoutSecret(f) {
    return {
        ruleId: f.ruleId,
        provider: f.provider,
        severity: f.severity,
        environment: f.environment,
        secretSha256: f.secretSha256,
        redacted: f.redacted,
        entropy: f.entropy,
        line: f.line,
        column: f.column,
        ...(f.byteOffset !== undefined ? { byteOffset: f.byteOffset } : {}),
        ...(f.encoding ? { encoding: f.encoding } : {}),
        ...(f.inArchive ? { inArchive: [...f.inArchive] } : {}),
        provenance: { ...f.provenance },
        exposure: f.exposure,
        ...(f.committedIn ? { committedIn: f.committedIn } : {}),
        providerEvidence: { ...f.providerEvidence },
        ...(f.publicExample ? { publicExample: true } : {}),
        verification: f.verification,
    };
}
/** The path a finding has, if any (a message has none). */
export function pathOf(f) {
    return f.provenance.kind === 'message' ? null : f.provenance.path;
}
/** The commit a finding is attributed to, if any. */
export function commitOf(f) {
    const p = f.provenance;
    return p.kind === 'commit' || p.kind === 'message' || p.kind === 'note' ? p.commit : null;
}
/** The blob a finding was read from, if any. */
export function blobOf(f) {
    const p = f.provenance;
    return p.kind === 'blob' || p.kind === 'commit' || p.kind === 'note' ? p.blob : null;
}
/** When the commit (or tag) holding it was made, ISO 8601 in UTC, if known. */
export function dateOf(f) {
    const p = f.provenance;
    return (p.kind === 'commit' || p.kind === 'message' || p.kind === 'note') && p.date
        ? p.date
        : null;
}
/** Who made it, if known. */
export function authorOf(f) {
    const p = f.provenance;
    return (p.kind === 'commit' || p.kind === 'message' || p.kind === 'note') && p.author
        ? p.author
        : null;
}
