// What a CI log and a job summary say when the report itself goes to a file (SARIF for code
// scanning, JSON for a tool): one line on stderr, a markdown table for GitHub's job summary, and
// the step's outputs. Pure functions of a report and its exit code.

import { pathOf } from '../findings.js';
import { evidencePhrase } from './evidence.js';
import { groupBySecret } from './group.js';
import { describeLocation } from './location.js';
import { playbookFor } from './playbook.js';
import type { Report } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Why the run exits as it does, in words. */
function exitReason(report: Report, code: number): string {
  if (code === 0) return 'exit 0: no keys';
  if (code === 1) return 'exit 1: keys found';
  if (report.stats.interrupted) return 'exit 2: interrupted';
  if (report.stats.unreadable.length) return 'exit 2: content could not be read';
  return 'exit 2: the scan is incomplete';
}

/** "flora-keyscan: 3 keys in 2 files (1 live, 2 pushed); exit 1: keys found. Report: keys.sarif" */
export function summaryLine(report: Report, code: number, destination: string | null): string {
  const groups = groupBySecret(report.findings);
  const files = new Set(report.findings.map((f) => pathOf(f) ?? '')).size;
  const live = groups.filter((g) => g.verification?.status === 'live').length;
  const pushed = groups.filter((g) => g.exposure === 'pushed').length;
  const details = [
    live && `${live} live`,
    pushed && `${pushed} pushed`,
    report.preExisting.length && `${report.preExisting.length} already committed, not blocking`,
  ].filter(Boolean);
  const found = groups.length
    ? `${plural(groups.length, 'key')} in ${plural(files, 'place')}${details.length ? ` (${details.join(', ')})` : ''}`
    : 'no keys';
  return `flora-keyscan: ${found} in the ${report.scope}; ${exitReason(report, code)}.${destination ? ` Report: ${destination}` : ''}\n`;
}

/**
 * Step outputs for $GITHUB_OUTPUT (`name=value` lines): how many keys, how many confirmed live.
 * Numbers only, so nothing from the scanned repository can add or change an output.
 */
export function stepOutputs(report: Report): string {
  const groups = groupBySecret(report.findings);
  const live = groups.filter((g) => g.verification?.status === 'live').length;
  return `findings=${groups.length}\nlive-keys=${live}\n`;
}

/**
 * Text for a markdown table cell or list item, as a code span: file names, repository names and
 * what the report derives from them cannot become a link, an image, an autolink, HTML or emphasis
 * there. The fence is longer than any run of backticks inside; `\|` keeps a pipe from ending the
 * cell (GitHub's tables read it inside code spans too).
 */
export function cell(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${flat} ${fence}`;
}

/** The markdown GitHub shows on the run's page ($GITHUB_STEP_SUMMARY). */
export function stepSummary(report: Report, code: number): string {
  const groups = groupBySecret(report.findings);
  const lines = [
    `### flora-keyscan: ${groups.length ? plural(groups.length, 'key') + ' found' : 'no keys found'}`,
    '',
    `${cell(report.scope)} · ${exitReason(report, code)}`,
    '',
  ];
  if (groups.length) {
    lines.push(
      '| key | provider | where | exposure | verdict |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const g of groups)
      lines.push(
        `| ${cell(g.redacted)} | ${cell(evidencePhrase(report, g))} | ${cell(describeLocation(g.occurrences[0]!))}${g.occurrences.length > 1 ? ` (+${g.occurrences.length - 1})` : ''} | ${g.exposure} | ${g.verification?.status ?? 'not verified'} |`,
      );
    const next = new Map<string, string>();
    for (const g of groups)
      for (const s of playbookFor(report, g).steps) if (!next.has(s.id)) next.set(s.id, s.title);
    lines.push('', '**Next steps** (details in the report):', '');
    for (const title of next.values()) lines.push(`- ${cell(title)}`);
  }
  if (report.preExisting.length)
    lines.push(
      '',
      `${report.preExisting.length} key(s) already committed before this change: not blocking.`,
    );
  return lines.join('\n') + '\n';
}
