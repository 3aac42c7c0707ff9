// An audit report in each format: JSON as it is; text as a table of repositories then each
// repository's report as `history` prints it; SARIF with one run per repository; GitHub annotations
// of every repository.
import { FORMATS } from '../report/formats.js';
import { printable } from '../report/escape.js';
import { cell } from '../report/summary.js';
import { entryReport } from './report.js';
function uniqueKeys(entry, keep = () => true) {
    return new Set(entry.findings.filter(keep).map((f) => f.secretSha256)).size;
}
/** The earliest commit date of a repository's findings, as a day. */
function firstSeen(entry) {
    const dates = entry.findings.map((f) => f.date).filter(Boolean);
    return dates.length ? dates.sort()[0].slice(0, 10) : '—';
}
function row(entry) {
    if (entry.status === 'failed')
        return [entry.repository, 'failed', '', '', ''];
    const verified = entry.verified === true;
    return [
        entry.repository,
        `${uniqueKeys(entry)}${entry.error ? ' (incomplete)' : ''}`,
        verified
            ? String(uniqueKeys(entry, (f) => f.verification?.status === 'live'))
            : '—',
        String(uniqueKeys(entry, (f) => f.exposure === 'pushed')),
        firstSeen(entry),
    ];
}
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
    return rows.map((r) => r
        .map((cell, i) => cell.padEnd(widths[i]))
        .join('  ')
        .trimEnd());
}
async function text(report, options) {
    const render = await FORMATS.text.report();
    const s = report.summary;
    const lines = [
        `Audit of ${s.repositories} repositor${s.repositories === 1 ? 'y' : 'ies'}: ${s.uniqueSecrets} key(s) found; ${s.scanned} scanned, ${s.failed} failed.`,
        '',
        ...table([
            ['REPOSITORY', 'KEYS', 'LIVE', 'PUSHED', 'FIRST SEEN'],
            ...report.repositories.map((e) => row({ ...e, repository: printable(e.repository) })),
        ]),
        '',
    ];
    for (const entry of report.repositories) {
        lines.push(`== ${printable(entry.repository)}`, '');
        if (entry.status === 'failed')
            lines.push(`failed: ${printable(entry.error ?? '')}`, '');
        else
            lines.push(render(entryReport(entry), options));
    }
    return lines.join('\n');
}
async function sarif(report) {
    const render = await FORMATS.sarif.report();
    const runs = report.repositories
        .filter((e) => e.status === 'scanned')
        .map((e) => {
        const run = JSON.parse(render(entryReport(e), { color: false }))
            .runs[0];
        return { ...run, properties: { repository: e.repository } };
    });
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs,
    };
    return JSON.stringify(log, null, 2) + '\n';
}
async function github(report, options) {
    const render = await FORMATS.github.report();
    return report.repositories
        .map((e) => e.status === 'failed'
        ? `::error title=flora-keyscan audit::${e.repository.replace(/[%\r\n]/g, '')}: ${(e.error ?? '').replace(/[%\r\n]/g, ' ')}\n`
        : render(entryReport(e), options))
        .join('');
}
export async function renderAudit(report, format, options) {
    if (format === 'json')
        return JSON.stringify(report, null, 2) + '\n';
    if (format === 'sarif')
        return sarif(report);
    if (format === 'github')
        return github(report, options);
    return text(report, options);
}
/** The markdown GitHub shows on the run's page ($GITHUB_STEP_SUMMARY): the table of repositories. */
export function auditStepSummary(report, code) {
    const s = report.summary;
    const lines = [
        `### flora-keyscan audit: ${s.uniqueSecrets} key(s) in ${s.repositories} repositories`,
        '',
        `${s.scanned} scanned, ${s.failed} failed · exit ${code}`,
        '',
        '| repository | keys | live | pushed | first seen |',
        '| --- | --- | --- | --- | --- |',
        ...report.repositories.map((e) => {
            const [repository = '', ...counts] = row(e); // counts and dates are ours; the name is not
            return `| ${cell(repository)} | ${counts.join(' | ')} |`;
        }),
    ];
    const failed = report.repositories.filter((e) => e.error);
    if (failed.length)
        lines.push('', ...failed.map((e) => `- ${cell(e.repository)}: ${cell(e.error)}`));
    return lines.join('\n') + '\n';
}
/** Step outputs ($GITHUB_OUTPUT): numbers only, as for a single scan, and the failed repositories' count. */
export function auditStepOutputs(report) {
    const s = report.summary;
    return `findings=${s.uniqueSecrets}\nlive-keys=${s.live}\nfailed-repositories=${s.failed}\n`;
}
