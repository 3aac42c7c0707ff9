// GitHub Actions workflow commands: one ::error annotation per finding, shown on the pull request.
import { pathOf } from '../findings.js';
import { printableCopy } from './escape.js';
import { evidencePhrase } from './evidence.js';
import { describeLocation } from './location.js';
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
export function formatGithub(input) {
    const report = printableCopy(input);
    const rules = new Map(report.rules.map((r) => [r.id, r]));
    const lines = report.findings.map((f) => {
        const rule = rules.get(f.ruleId);
        const title = escapeProperty(`${rule?.description.split(' (')[0] ?? f.ruleId} (${f.ruleId})`);
        const message = escapeData(`${f.redacted} at ${describeLocation(f)}. Provider: ${evidencePhrase(report, f)}. ${rule?.remediation ?? ''}`.trim());
        const path = f.provenance.kind === 'path' ? null : pathOf(f);
        // Inside an archive, the line is the entry's: the annotation names the file only.
        const place = path === null
            ? ''
            : f.inArchive
                ? `file=${escapeProperty(path)},`
                : `file=${escapeProperty(path)},line=${f.line},col=${f.column},`;
        return `::error ${place}title=${title}::${message}`;
    });
    for (const notice of report.notices)
        lines.push(`::warning title=flora-keyscan policy change (${escapeProperty(notice.file)})::${escapeData(notice.message)}`);
    const n = report.findings.length;
    lines.push(n
        ? `flora-keyscan: ${n} finding${n === 1 ? '' : 's'} (${report.mode})`
        : `flora-keyscan: no keys found (${report.mode})`);
    for (const s of [...report.stats.unreadable, ...report.stats.skipped])
        lines.push(`::warning title=flora-keyscan skipped a file::${escapeData(`${s.path}: ${s.reason}`)}`);
    return lines.join('\n') + '\n';
}
