// One report for an audit: every repository's history report (the history JSON contract, each finding
// naming its repository), or its error. It is plain JSON, so that shard reports merge into exactly the
// report one unsharded run writes; every format renders from it, each repository through the
// reporter `history` uses.
import { formatJson } from '../report/json.js';
import { toolVersion } from '../version.js';
/** A repository's history report as an entry: the history JSON, findings tagged with the repository. */
export function scannedEntry(repository, report, exitCode) {
    const body = JSON.parse(formatJson(report));
    delete body.schemaVersion;
    delete body.tool;
    delete body.mode;
    const tag = (list) => list.map((f) => ({ ...f, repository }));
    return {
        repository,
        status: 'scanned',
        exitCode,
        ...body,
        findings: tag(body.findings),
        preExisting: tag(body.preExisting),
        suppressed: tag(body.suppressed),
        // What the reporters need beyond the history contract, to render this entry again after a merge.
        scope: report.scope,
        exposure: report.exposure,
        rules: report.rules,
        providers: report.providers,
        ...(report.verified ? { verified: true } : {}),
    };
}
export function failedEntry(repository, error) {
    return { repository, status: 'failed', error, exitCode: 2, findings: [] };
}
function summarize(repositories) {
    const findings = repositories.flatMap((r) => r.findings);
    const keys = (list) => new Set(list.map((f) => f.secretSha256)).size;
    return {
        repositories: repositories.length,
        scanned: repositories.filter((r) => r.status === 'scanned').length,
        failed: repositories.filter((r) => r.status === 'failed').length,
        findings: findings.length,
        uniqueSecrets: keys(findings),
        live: keys(findings.filter((f) => f.verification?.status === 'live')),
        pushed: keys(findings.filter((f) => f.exposure === 'pushed')),
    };
}
export function auditReport(repositories) {
    return {
        schemaVersion: 1,
        mode: 'audit',
        tool: { name: 'flora-keyscan', version: toolVersion() },
        repositories,
        summary: summarize(repositories),
    };
}
/** 2 when a repository failed or its scan was incomplete, else 1 when one has findings that fail, else 0. */
export function auditExitCode(report) {
    return Math.max(0, ...report.repositories.map((r) => r.exitCode));
}
/** A finding of the JSON contract back as reporters take it (the inverse of report/json.ts). */
function findingFromJson(j) {
    const s = (k) => j[k];
    const author = j.author ? { author: s('author'), date: s('date') } : {};
    const provenance = j.location === 'message'
        ? { kind: 'message', commit: s('commit'), objectType: 'commit', ...author }
        : j.location === 'path'
            ? { kind: 'path', path: s('path') }
            : j.commit
                ? {
                    kind: 'commit',
                    blob: s('blob'),
                    path: s('path'),
                    commit: s('commit'),
                    author: s('author') ?? '',
                    date: s('date') ?? '',
                }
                : j.blob
                    ? { kind: 'blob', blob: s('blob'), path: j.path }
                    : { kind: 'file', path: s('path') };
    const { repository: _r, path: _p, commit: _c, blob: _b, location: _l, author: _a, date: _d, ...rest } = j;
    return { ...rest, provenance };
}
/** A scanned entry as the Report `history` would have printed. */
export function entryReport(entry) {
    const stats = { ...entry.stats };
    delete stats.findings;
    delete stats.uniqueSecrets;
    return {
        mode: 'history',
        scope: entry.scope,
        exposure: entry.exposure,
        tool: { name: 'flora-keyscan', version: toolVersion() },
        rules: entry.rules,
        providers: entry.providers,
        root: entry.repository,
        findings: entry.findings.map(findingFromJson),
        preExisting: entry.preExisting.map(findingFromJson),
        suppressed: entry.suppressed.map(findingFromJson),
        stats: stats,
        warnings: entry.warnings,
        notices: entry.notices,
        ...(entry.verified ? { verified: true } : {}),
        ...(entry.history ? { history: entry.history } : {}),
    };
}
