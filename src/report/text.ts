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
import { blockedFooter } from '../messages.js';
import { evidencePhrase, providerName } from './evidence.js';
import { groupBySecret, type SecretGroup } from './group.js';
import { printableCopy } from './escape.js';
import { describeLocation, shortId } from './location.js';
import {
  gitignoreStep,
  incidentSummary,
  prevention,
  settingsFiles,
  splitPlaybook,
  type PlaybookStep,
} from './playbook.js';
import type { Report, RuleSummary, ScanStats } from './types.js';

type Colors = ReturnType<typeof createColors>;

/** Enough skipped files to act on; the JSON report lists all of them. */
const LIST_LIMIT = 20;
/** Keys named in the heading of shared advice. */
const ADVICE_NAMES = 5;
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

/** How far a key got, in words: "committed in 05c61d0a1b, not pushed". */
function exposurePhrase(g: SecretGroup, c: Colors): string {
  const id = shortId(g.occurrences.map(commitOf).find(Boolean) ?? g.occurrences[0]?.committedIn);
  switch (g.exposure) {
    case 'working-copy':
      return 'in the working copy only, never committed';
    case 'staged':
      return 'staged, not committed yet';
    case 'committed':
      return `committed${id ? ` in ${id}` : ''}, not pushed`;
    case 'pushed':
      return c.yellow(`pushed${id ? ` (${id})` : ''}: a remote has it`);
    default:
      return 'only in objects no branch or tag reaches';
  }
}

function refName(ref: string): string {
  return ref.replace(/^refs\/(heads|tags|remotes)\//, (_, kind: string) =>
    kind === 'heads' ? '' : `${kind === 'tags' ? 'tag ' : 'remote '}`,
  );
}

/** One line: when it was first committed, whether HEAD still has it, which refs reach it. */
function historyLine(g: SecretGroup, facts: HistoryFacts, c: Colors): string {
  const first = g.occurrences.find((f) => commitOf(f));
  const parts: string[] = [];
  if (first) {
    const date = dateOf(first);
    const author = authorOf(first);
    parts.push(
      `first committed in ${shortId(commitOf(first))}${date ? ` on ${date.slice(0, 10)}` : ''}${author ? ` by ${author}` : ''}`,
    );
  }
  parts.push(`still at HEAD: ${facts.atHeadBySecret[g.secretSha256] ? c.red('yes') : 'no'}`);
  const refs = facts.refsBySecret[g.secretSha256] ?? [];
  const shown = refs.slice(0, REF_LIMIT).map(refName).join(', ');
  const more = refs.length > REF_LIMIT ? ` (+${refs.length - REF_LIMIT} more)` : '';
  parts.push(refs.length ? `in ${shown}${more}` : c.dim('in no ref'));
  return `  ${parts.join(' · ')}`;
}

function incidentLines(report: Report, c: Colors): string[] {
  const s = incidentSummary(report.findings, report.history!);
  const refs = s.refs.length
    ? s.refs.slice(0, REF_LIMIT).map(refName).join(', ') +
      (s.refs.length > REF_LIMIT ? ` (+${s.refs.length - REF_LIMIT} more)` : '')
    : 'none (unreachable objects only)';
  const groups = groupBySecret(report.findings);
  const pushed = groups.filter((g) => g.exposure === 'pushed').length;
  return [
    c.bold('Incident summary'),
    `  unique keys: ${s.uniqueKeys}${report.verified ? `, live: ${s.live ? c.red(String(s.live)) : '0'}` : ' (not verified: run with --verify to learn which are live)'}`,
    `  committed between ${s.firstCommitDate?.slice(0, 10) ?? '?'} and ${s.lastCommitDate?.slice(0, 10) ?? '?'}; refs: ${refs}`,
    `  pushed: ${pushed ? c.yellow(`${pushed} of ${groups.length} keys are on a remote: revoke first, then purge`) : `none (no remote-tracking ref reaches them${s.hasRemote ? '' : '; no remote configured'})`}`,
  ];
}

/** A key: what it is, whose (and why), how far it got and its verdict, and every place it is. */
function keyLines(
  report: Report,
  g: SecretGroup,
  rule: RuleSummary | undefined,
  c: Colors,
): string[] {
  const what = rule?.description.split(' (')[0] ?? g.ruleId;
  const lines = [
    `${c.bold(g.redacted)}  ${what}  ${c.dim(`[${g.ruleId}]`)}`,
    `  ${evidencePhrase(report, g)} · ${exposurePhrase(g, c)} · ${verdict(report, g, c)}`,
  ];
  if (report.history) lines.push(historyLine(g, report.history, c));
  for (const f of g.occurrences) lines.push(`    ${describeLocation(f)}`);
  return lines;
}

function keyNames(groups: SecretGroup[]): string {
  const names = groups.slice(0, ADVICE_NAMES).map((g) => g.redacted);
  const more = groups.length > ADVICE_NAMES ? ` and ${groups.length - ADVICE_NAMES} more` : '';
  return names.join(', ') + more;
}

interface Bucket {
  groups: SecretGroup[];
  steps: PlaybookStep[];
}

/** Steps in buckets of keys that share them, in first-seen order (a key's own name aside). */
function bucketed(groups: SecretGroup[], stepsOf: (g: SecretGroup) => PlaybookStep[]): Bucket[] {
  const buckets = new Map<string, Bucket>();
  for (const g of groups) {
    const steps = stepsOf(g);
    if (steps.length === 0) continue;
    const key = JSON.stringify(
      steps.map((s) => [s.id, s.title, s.detail.replaceAll(g.redacted, '')]),
    );
    const bucket = buckets.get(key) ?? { groups: [], steps };
    bucket.groups.push(g);
    buckets.set(key, bucket);
  }
  return [...buckets.values()];
}

/**
 * Advice, each piece once: a key's own steps (revoke, rotate) for each set of keys that share them,
 * then the steps about where keys are (purge, rewrite, remove) for each set they apply to, then the
 * settings files to keep out of git, all in one step.
 */
function adviceLines(report: Report, groups: SecretGroup[], c: Colors): string[] {
  const parts = new Map(groups.map((g) => [g, splitPlaybook(report, g)]));
  const lines: string[] = [];
  const print = (heading: string, bucket: Bucket) => {
    lines.push(c.cyan(heading));
    const [first, ...more] = bucket.groups;
    bucket.steps.forEach((s, i) => {
      const detail =
        first && more.length ? s.detail.replaceAll(first.redacted, 'each key') : s.detail;
      lines.push(`  ${i + 1}. ${c.bold(s.title)}: ${detail}`);
    });
    lines.push('');
  };
  const own = bucketed(groups, (g) => parts.get(g)!.own);
  const place = bucketed(groups, (g) => parts.get(g)!.place.filter((s) => s.id !== 'gitignore'));
  const same = (a: Bucket, b: Bucket) =>
    a.groups.length === b.groups.length && a.groups.every((g, i) => b.groups[i] === g);
  // Keys whose own steps and place steps go to the same set of keys get them in one list.
  for (const b of own) {
    const rest = place.findIndex((p) => same(p, b));
    const steps = rest === -1 ? b.steps : [...b.steps, ...place.splice(rest, 1)[0]!.steps];
    print(`What to do about ${keyNames(b.groups)}:`, { groups: b.groups, steps });
  }
  for (const b of place) print(`What to do about ${keyNames(b.groups)}:`, b);
  const settings = [
    ...new Set(groups.flatMap((g) => (g.exposure === 'working-copy' ? settingsFiles(g) : []))),
  ];
  if (settings.length)
    print('And the settings files:', { groups: [], steps: [gitignoreStep(settings)] });
  return lines;
}

/** Keys the change does not add (staged, pre-push): one line each, not blocking. */
function preExistingLines(report: Report, c: Colors): string[] {
  if (report.preExisting.length === 0) return [];
  const lines = [
    c.yellow(
      `Already committed before this change, not blocking (--all-content blocks on them; audit with flora-keyscan history):`,
    ),
  ];
  for (const g of groupBySecret(report.preExisting))
    lines.push(`  ${g.redacted}  ${describeLocation(g.occurrences[0]!)}  ${exposurePhrase(g, c)}`);
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
    stats.utf32 && `${stats.utf32} UTF-32`,
    stats.binary && `${stats.binary} binary`,
    stats.archives &&
      `${plural(stats.archives, 'archive')} opened (${stats.archiveEntries} ${stats.archiveEntries === 1 ? 'entry' : 'entries'} scanned)`,
    stats.streamed && `${stats.streamed} streamed in chunks`,
  ].filter(Boolean);
  lines.push(
    c.dim(
      `Scanned ${plural(stats.filesScanned, report.mode === 'worktree' ? 'file' : 'object')} (${humanBytes(stats.bytesScanned)}) in ${stats.durationMs} ms${extra.length ? `; ${extra.join(', ')}` : ''}.`,
    ),
  );
  return lines;
}

export interface TextOptions {
  color: boolean;
  /** Print the advice (what to do, prevention); false for --no-playbook. */
  playbook?: boolean;
}

export function formatText(input: Report, options: TextOptions): string {
  const report = printableCopy(input);
  const c = createColors(options.color);
  const advise = options.playbook !== false;
  const rules = new Map<string, RuleSummary>(report.rules.map((r) => [r.id, r]));
  const groups = groupBySecret(report.findings);
  const lines: string[] = [...noticeLines(report, c)];
  if (report.history && groups.length) lines.push(...incidentLines(report, c), '');
  if (groups.length === 0) lines.push(c.green(`✔ No keys found in the ${report.scope}.`), '');
  else {
    lines.push(
      c.red(
        c.bold(
          `✖ ${plural(groups.length, 'secret')} found in ${plural(report.findings.length, 'place')} (${report.scope})`,
        ),
      ),
      '',
    );
    for (const g of groups) lines.push(...keyLines(report, g, rules.get(g.ruleId), c));
    lines.push('');
    if (advise) lines.push(...adviceLines(report, groups, c));
  }
  lines.push(...preExistingLines(report, c));
  if (groups.length && report.blocking) lines.push(c.red(blockedFooter(report.blocking)), '');
  if (groups.length && advise) {
    // Inside a hook, the hook is installed: its own line would be noise.
    const steps = prevention(report).filter((s) => !report.blocking || s.id !== 'hook');
    lines.push(
      c.cyan('Prevent the next one:'),
      ...steps.map((s) => `  - ${s.title}: ${s.detail}`),
      '',
    );
  }
  lines.push(...statsLines(report, c));
  return lines.join('\n') + '\n';
}
