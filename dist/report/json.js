import { authorOf, blobOf, commitOf, dateOf, pathOf } from '../findings.js';
import { incidentSummary, playbooks, prevention } from './playbook.js';
import { archiveEntries } from './location.js';
/**
 * A key inside an archive: `archive` is the chain of archives from the repository's file (`path`)
 * in, `entry` the file inside the innermost that holds the key (`line` and `column` are in it).
 */
function archiveJson(f) {
    if (!f.inArchive)
        return {};
    const outer = pathOf(f) ?? blobOf(f) ?? '';
    const entries = archiveEntries(outer, f.inArchive);
    return { archive: [outer, ...entries.slice(0, -1)], entry: entries.at(-1) };
}
/** One finding as the JSON contract spells it: its provenance flattened into path, commit, blob. */
function findingJson(f) {
    const author = authorOf(f);
    return {
        ruleId: f.ruleId,
        provider: f.provider,
        severity: f.severity,
        environment: f.environment,
        secretSha256: f.secretSha256,
        redacted: f.redacted,
        path: pathOf(f),
        ...archiveJson(f),
        line: f.line,
        column: f.column,
        commit: commitOf(f),
        ...(blobOf(f) ? { blob: blobOf(f) } : {}),
        ...(f.provenance.kind === 'message' ? { location: f.provenance.part ?? 'message' } : {}),
        ...(f.provenance.kind === 'path' ? { location: 'path' } : {}),
        ...(f.provenance.kind === 'ref' ? { location: 'ref', ref: f.provenance.ref } : {}),
        ...(f.provenance.kind === 'note' ? { location: 'note', note: f.provenance.note } : {}),
        ...(f.byteOffset !== undefined ? { byteOffset: f.byteOffset } : {}),
        ...(f.encoding ? { encoding: f.encoding } : {}),
        ...(author ? { author, date: dateOf(f) } : {}),
        entropy: f.entropy,
        exposure: f.exposure,
        ...(f.committedIn ? { committedIn: f.committedIn } : {}),
        providerEvidence: f.providerEvidence,
        ...(f.publicExample ? { publicExample: true } : {}),
        verification: f.verification,
        ...(f.suppressedBy ? { suppressedBy: f.suppressedBy } : {}),
    };
}
export function formatJson(report) {
    const { stats } = report;
    const body = {
        schemaVersion: 1,
        tool: report.tool,
        mode: report.mode,
        findings: report.findings.map(findingJson),
        preExisting: report.preExisting.map(findingJson),
        suppressed: report.suppressed.map(findingJson),
        notices: report.notices,
        stats: {
            findings: report.findings.length,
            uniqueSecrets: new Set(report.findings.map((f) => f.secretSha256)).size,
            ...stats,
        },
        ...(report.history
            ? { history: report.history, incident: incidentSummary(report.findings, report.history) }
            : {}),
        playbook: playbooks(report),
        ...(report.findings.length ? { prevention: prevention(report) } : {}),
        warnings: report.warnings,
    };
    return JSON.stringify(body, null, 2) + '\n';
}
