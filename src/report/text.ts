// The report for people: secrets grouped, most urgent first, each with where it is and what to do.

import { createColors } from 'picocolors';
import {
  authorOf,
  commitOf,
  dateOf,
  SUPPRESSION_SOURCES,
  type SuppressionSource,
  type Verification,
} from '../findings.js';
import type { HistoryFacts } from '../history/facts.js';
import { stagedBlocked } from '../messages.js';
import { evidencePhrase, providerName } from './evidence.js';
import { groupBySecret, type SecretGroup } from './group.js';
import { printableCopy } from './escape.js';
import { describeLocation, shortId } from './location.js';
import { incidentSummary, keyHome, playbookFor, prevention } from './playbook.js';
import type { Report, RuleSummary, ScanStats } from './types.js';

type Colors = ReturnType<typeof createColors>;

/** Enough skipped files to act on; the JSON report lists all of them. */
const LIST_LIMIT = 20;
/** Refs are listed up to this many; the JSON report has them all. */
const REF_LIMIT = 6;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

function verdict(report: Report, g: SecretGroup, c: Colors): string {
  const v: Verification | null = g.verification;
  if (!v && report.verified) {
    const checked =
      [
        ...new Set(
          report.rules.filter((r) => r.verifiable).map((r) => providerName(report, r.provider)),
        ),
      ].join(' or ') || 'any API';
    return c.dim(
      `not probed: a ${providerName(report, g.provider)} key is never sent to ${checked}`,
    );
  }
  if (!v) return c.dim('not verified (use --verify)');
  const id = v.requestId ? ` request-id ${v.requestId}` : '';
  switch (v.status) {
    case 'live':
      return c.bold(c.red('LIVE')) + c.red(` — the key works (HTTP ${v.httpStatus})`) + id;
    case 'inactive':
      return c.green('inactive') + ` (HTTP ${v.httpStatus}${v.code ? ` ${v.code}` : ''})` + id;
    case 'skipped':
      return c.dim(`not probed: ${v.reason}`);
    default:
      return c.yellow('unknown') + ` (${v.reason ?? 'no answer'})` + id;
  }
}

function historyLines(g: SecretGroup, facts: HistoryFacts, c: Colors): string[] {
  const first = g.occurrences.find((f) => commitOf(f));
  const out: string[] = [];
  if (first) {
    const date = dateOf(first);
    const author = authorOf(first);
    out.push(
      `  first committed in ${shortId(commitOf(first))}${date ? ` on ${date.slice(0, 10)}` : ''}${author ? ` by ${author}` : ''}`,
    );
  }
  const atHead = facts.atHeadBySecret[g.secretSha256];
  out.push(`  still at HEAD: ${atHead ? c.red('yes') : 'no'}`);
  const refs = facts.refsBySecret[g.secretSha256] ?? [];
  const shown = refs
    .slice(0, REF_LIMIT)
    .map((r) =>
      r.replace(/^refs\/(heads|tags|remotes)\//, (_, kind: string) =>
        kind === 'heads' ? '' : `${kind === 'tags' ? 'tag ' : 'remote '}`,
      ),
    );
  out.push(
    `  reachable from: ${refs.length ? shown.join(', ') + (refs.length > REF_LIMIT ? ` (+${refs.length - REF_LIMIT} more)` : '') : c.dim('no ref (only in unreachable objects)')}`,
  );
  return out;
}

function incidentLines(report: Report, c: Colors): string[] {
  const s = incidentSummary(report.findings, report.history!);
  const refs = s.refs.length
    ? s.refs.slice(0, REF_LIMIT).join(', ') +
      (s.refs.length > REF_LIMIT ? ` (+${s.refs.length - REF_LIMIT} more)` : '')
    : 'none (unreachable objects only)';
  return [
    c.bold('Incident summary'),
    `  unique keys: ${s.uniqueKeys}${report.verified ? `, live: ${s.live ? c.red(String(s.live)) : '0'}` : ' (not verified: run with --verify to learn which are live)'}`,
    `  committed between ${s.firstCommitDate?.slice(0, 10) ?? '?'} and ${s.lastCommitDate?.slice(0, 10) ?? '?'}`,
    `  refs affected: ${refs}`,
    `  remote: ${s.hasRemote ? c.yellow('yes: assume anything pushed is public; revoke first, then purge') : 'none configured'}`,
  ];
}

function groupLines(
  report: Report,
  g: SecretGroup,
  rule: RuleSummary | undefined,
  c: Colors,
): string[] {
  const lines = [
    `${c.bold(g.redacted)}  ${rule?.description ?? g.ruleId}  ${c.dim(`[${g.ruleId}]`)}`,
    `  provider: ${evidencePhrase(report, g)}`,
    `  ${verdict(report, g, c)}`,
  ];
  if (report.history) lines.push(...historyLines(g, report.history, c));
  for (const f of g.occurrences) lines.push(`    ${describeLocation(f)}`);
  lines.push(`  ${c.cyan('What to do:')}`);
  playbookFor(report, g).steps.forEach((s, i) =>
    lines.push(`    ${i + 1}. ${c.bold(s.title)}: ${s.detail}`),
  );
  return [...lines, ''];
}

const SUPPRESSION_WORDS: Record<SuppressionSource, string> = {
  'inline-allow': 'allowed by flora-keyscan:allow',
  'ignore-file': 'accepted by .flora-keyscan-ignore',
  allowlist: "matched by the config's allowlist",
  'config-exclude': "in paths the config's exclude leaves out",
  'ignore-path': 'in paths .flora-keyscan-ignore leaves out',
  'rule-override':
    'found by the shipped rules, not by the config rules that replace or weaken them',
};

/** "2 allowed by flora-keyscan:allow, 1 matched by the config's allowlist", or empty. */
function suppressionSummary(stats: ScanStats): string {
  return SUPPRESSION_SOURCES.filter((s) => stats.suppressedBy[s] > 0)
    .map((s) => `${stats.suppressedBy[s]} ${SUPPRESSION_WORDS[s]}`)
    .join(', ');
}

function noticeLines(report: Report, c: Colors): string[] {
  return report.notices.flatMap((n) => [c.yellow(c.bold(`notice: ${n.message}`)), '']);
}

function statsLines(report: Report, c: Colors): string[] {
  const { stats } = report;
  const lines: string[] = [];
  for (const warning of report.warnings) lines.push(c.yellow(`warning: ${warning}`));
  const suppressed = suppressionSummary(stats);
  if (suppressed) lines.push(c.yellow(`Suppressed, not reported: ${suppressed}.`));
  for (const [label, list] of [
    ['could not be read', stats.unreadable],
    ['skipped', stats.skipped],
    ['missing from the repository (not scanned)', stats.missing],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(c.yellow(`${plural(list.length, 'file')} ${label}:`));
    for (const item of list.slice(0, LIST_LIMIT)) lines.push(`    ${item.path} — ${item.reason}`);
    if (list.length > LIST_LIMIT)
      lines.push(`    … and ${list.length - LIST_LIMIT} more (see --format json)`);
  }
  const extra = [
    stats.decoded && `${stats.decoded} with encoded text decoded`,
    stats.utf16 && `${stats.utf16} UTF-16`,
    stats.binary && `${stats.binary} binary`,
    stats.streamed && `${stats.streamed} streamed in chunks`,
  ].filter(Boolean);
  lines.push(
    c.dim(
      `Scanned ${plural(stats.filesScanned, report.mode === 'worktree' ? 'file' : 'object')} (${humanBytes(stats.bytesScanned)}) in ${stats.durationMs} ms${extra.length ? `; ${extra.join(', ')}` : ''}.`,
    ),
  );
  return lines;
}

export function formatText(input: Report, options: { color: boolean }): string {
  const report = printableCopy(input);
  const c = createColors(options.color);
  const rules = new Map<string, RuleSummary>(report.rules.map((r) => [r.id, r]));
  const groups = groupBySecret(report.findings);
  const lines: string[] = [...noticeLines(report, c)];
  if (report.history && groups.length) lines.push(...incidentLines(report, c), '');
  if (groups.length === 0) {
    lines.push(c.green(`✔ No keys found in the ${report.scope}.`));
  } else {
    lines.push(
      c.red(
        c.bold(
          `✖ ${plural(groups.length, 'secret')} found in ${plural(report.findings.length, 'place')} (${report.scope})`,
        ),
      ),
      '',
    );
    for (const g of groups) lines.push(...groupLines(report, g, rules.get(g.ruleId), c));
    if (report.mode === 'staged')
      lines.push(stagedBlocked(keyHome(report, groups[0]!.provider)), '');
    lines.push(
      c.cyan('Prevent the next one:'),
      ...prevention(report).map((s) => `  - ${s.title}: ${s.detail}`),
      '',
    );
  }
  lines.push(...statsLines(report, c));
  return lines.join('\n') + '\n';
}
