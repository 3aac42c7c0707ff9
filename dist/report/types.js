// A report: what one scan found and what it could not read. Reporters are pure functions of it, and
// its findings carry no secret (findings.ts `Finding`), so a reporter cannot print one.
import { SUPPRESSION_SOURCES } from '../findings.js';
export function emptyStats() {
    return {
        filesScanned: 0,
        bytesScanned: 0,
        suppressed: 0,
        ignored: 0,
        suppressedBy: Object.fromEntries(SUPPRESSION_SOURCES.map((s) => [s, 0])),
        skipped: [],
        unreadable: [],
        missing: [],
        decoded: 0,
        streamed: 0,
        utf16: 0,
        utf32: 0,
        binary: 0,
        archives: 0,
        archiveEntries: 0,
        durationMs: 0,
    };
}
