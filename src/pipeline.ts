// The one pipeline every scanning command runs: a source's items through the engine, its settling
// (history attribution), the policy's filters, the optional live-key probe, and the report.

import {
  dateOf,
  pathOf,
  withoutSecret,
  type Finding,
  type SecretFinding,
  type SuppressionSource,
} from './findings.js';
import { factsFor } from './history/attribution.js';
import { rekeyFacts, type HistoryFacts } from './history/facts.js';
import { ProviderSettler } from './provider-evidence.js';
import { applyPolicy, type Policy } from './policy.js';
import { emptyStats, type Notice, type Report, type ScanStats } from './report/types.js';
import { scanItems, type Scanned } from './scan/run.js';
import type { Progress, Settled, Source, SourceContext } from './sources/source.js';
import type { VerifyOptions } from './verify/verify-findings.js';
import { toolVersion } from './version.js';

export interface PipelineOptions {
  policy: Policy;
  signal?: AbortSignal;
  progress?: (done: Progress, total: Progress) => void;
  phase?: (name: string) => void;
  /** Probe settings when --verify was given; without them no network request is made. */
  probe?: VerifyOptions | null;
  reportUnusedIgnores?: boolean;
  /** Notices the command found before scanning (a pull request that changes the policy). */
  notices?: Notice[];
  /** Keys an earlier version already held count as findings too (--all-content). */
  allContent?: boolean;
  /** The scan guards a commit or a push: said in the report. */
  blocking?: 'commit' | 'push';
}

export interface PipelineResult {
  report: Report;
  /** The same findings with their secrets, in the same order: for the purge kit only. */
  secrets: SecretFinding[];
}

type Suppressed = { finding: SecretFinding; by: SuppressionSource };

/** Oldest first (a working tree has no dates), then by path and line. */
function byDate(a: SecretFinding, b: SecretFinding): number {
  const time = (f: SecretFinding) => {
    const d = dateOf(f);
    return d ? Date.parse(d) : 0;
  };
  return time(a) - time(b) || (pathOf(a) ?? '').localeCompare(pathOf(b) ?? '') || a.line - b.line;
}

/** Secrets that occur in the name of an entry inside an archive (found in the archive's own bytes). */
function inEntryNames(findings: SecretFinding[], stats: ScanStats): SecretFinding[] {
  const names = [
    ...findings.flatMap((f) => f.inArchive ?? []),
    ...stats.skipped.filter((s) => s.path.includes('!')).map((s) => s.path),
  ];
  if (names.length === 0) return [];
  const bySecret = new Map(findings.map((f) => [f.secret, f]));
  return [...bySecret.values()].filter((f) => names.some((n) => n.includes(f.secret)));
}

/**
 * A key in a file or ref name would be printed in full wherever that name is: as the path or ref of
 * its own finding, of any other finding in that file, in the lists of skipped files and of the refs
 * that reach each key. Every such name is redacted, and so is the name of an entry inside an archive.
 */
function redactNamedSecrets(
  findings: SecretFinding[],
  stats: ScanStats,
  facts: HistoryFacts | undefined,
): void {
  const named = [
    ...findings.filter((f) => f.provenance.kind === 'path' || f.provenance.kind === 'ref'),
    ...inEntryNames(findings, stats),
  ];
  // An identity line (author, committer, tagger) can hold any key found anywhere in the scan.
  const redactAny = (text: string) =>
    findings.reduce((t, f) => t.replaceAll(f.secret, f.redacted), text);
  for (const f of findings) {
    const p = f.provenance;
    if ((p.kind === 'commit' || p.kind === 'message' || p.kind === 'note') && p.author)
      f.provenance = { ...p, author: redactAny(p.author) } as typeof p;
  }
  if (named.length === 0) return;
  const redact = (path: string) => named.reduce((p, f) => p.replaceAll(f.secret, f.redacted), path);
  for (const f of findings) {
    if (f.inArchive) f.inArchive = f.inArchive.map(redact);
    if (f.provenance.kind === 'ref')
      f.provenance = { ...f.provenance, ref: redact(f.provenance.ref) };
    else if (f.provenance.kind !== 'message')
      f.provenance = {
        ...f.provenance,
        path: f.provenance.path === null ? null : redact(f.provenance.path),
      } as typeof f.provenance;
  }
  for (const list of [stats.skipped, stats.unreadable, stats.missing])
    for (const item of list) item.path = redact(item.path);
  if (facts)
    for (const [sha, refs] of Object.entries(facts.refsBySecret))
      facts.refsBySecret[sha] = refs.map(redact);
}

function ruleSummaries(policy: Policy): Report['rules'] {
  return policy.book.rules.map((r) => ({
    id: r.id,
    description: r.description,
    provider: r.provider,
    severity: r.severity,
    remediation: r.remediation,
    verifiable: r.verify !== undefined,
  }));
}

interface Outcome {
  findings: SecretFinding[];
  preExisting: SecretFinding[];
  suppressed: Suppressed[];
  stats: ScanStats;
  warnings: string[];
  settled: Settled;
}

/** The report of what was found and read; its findings carry no secret. */
function makeReport(
  source: Source,
  policy: Policy,
  outcome: Outcome,
  options: PipelineOptions,
): Report {
  const { findings, preExisting, suppressed, stats, warnings, settled } = outcome;
  return {
    mode: source.mode,
    scope: source.scope,
    exposure: source.exposure,
    tool: { name: 'flora-keyscan', version: toolVersion() },
    rules: ruleSummaries(policy),
    providers: policy.book.providers,
    root: source.root,
    findings: findings.map(withoutSecret),
    preExisting: preExisting.map(withoutSecret),
    suppressed: suppressed.map(({ finding, by }): Finding => ({
      ...withoutSecret(finding),
      suppressedBy: by,
    })),
    stats,
    warnings,
    notices: options.notices ?? [],
    ...(options.blocking ? { blocking: options.blocking } : {}),
    ...(options.probe ? { verified: true } : {}),
    ...(settled.facts
      ? { history: factsFor(settled.facts, new Set(findings.map((f) => f.secretSha256))) }
      : {}),
  };
}

/**
 * Settled findings to reported ones: their providers (path and repository evidence), the policy's
 * filters, and which are what the change adds (the rest pre-existed, unless --all-content).
 */
async function decide(
  source: Source,
  settled: Settled,
  options: PipelineOptions,
  stats: ScanStats,
  warnings: string[],
) {
  const { policy } = options;
  const earlier = new Set(options.allContent ? [] : (settled.preExisting ?? []));
  const settler = new ProviderSettler(
    policy.book.rules,
    policy.book.providers,
    source.tree ?? null,
  );
  const attributed = await settler.settle([...settled.findings, ...(settled.preExisting ?? [])]);
  // A rival with a longer match changes the secret: history facts follow it.
  if (settled.facts) rekeyFacts(settled.facts, settler.renamed);
  const filtered = applyPolicy(
    attributed,
    policy,
    stats,
    warnings,
    options.reportUnusedIgnores === true,
  );
  return {
    findings: filtered.kept.filter((f) => !earlier.has(f)).sort(byDate),
    preExisting: filtered.kept.filter((f) => earlier.has(f)).sort(byDate),
    policySuppressed: filtered.suppressed,
  };
}

/** The scan and what the source makes of its findings; what the source runs beside is stopped either way. */
async function scanAndSettle(
  source: Source,
  context: SourceContext,
  stats: ScanStats,
  options: PipelineOptions,
): Promise<{ scanned: Scanned; settled: Settled }> {
  try {
    const scanned = await scanItems(context.engine, await source.items(context), stats, {
      onFinding: source.onFinding,
      onCommit: source.onCommit,
      signal: options.signal,
      shadow: options.policy.shadow,
    });
    options.phase?.('scanned');
    const settled: Settled = source.settle
      ? await source.settle(scanned.findings, context)
      : { findings: scanned.findings, warnings: [] };
    options.phase?.('settled');
    return { scanned, settled };
  } finally {
    source.close?.();
  }
}

export async function runPipeline(
  source: Source,
  options: PipelineOptions,
): Promise<PipelineResult> {
  const started = performance.now();
  const { policy } = options;
  const stats = emptyStats();
  const warnings = [...(source.warnings ?? [])];
  const context: SourceContext = {
    engine: policy.engine,
    gate: policy.gate,
    excludedBy: policy.excludedBy,
    maxFileSize: policy.maxFileSize,
    signal: options.signal,
    progress: options.progress,
    phase: options.phase,
  };
  const { scanned, settled } = await scanAndSettle(source, context, stats, options);
  warnings.push(...settled.warnings);
  if (settled.incomplete) stats.incomplete = true;
  const { findings, preExisting, policySuppressed } = await decide(
    source,
    settled,
    options,
    stats,
    warnings,
  );
  const suppressed = [...scanned.suppressed, ...policySuppressed];
  if (options.probe) {
    const { verifyFindings } = await import('./verify/verify-findings.js');
    await verifyFindings(findings, policy.book.rules, options.probe);
  }
  if (stats.interrupted)
    warnings.push('interrupted (Ctrl-C): the scan stopped early and is incomplete.');
  redactNamedSecrets(
    [...findings, ...preExisting, ...suppressed.map((s) => s.finding)],
    stats,
    settled.facts,
  );
  stats.durationMs = Math.round(performance.now() - started);
  return {
    report: makeReport(
      source,
      policy,
      { findings, preExisting, suppressed, stats, warnings, settled },
      options,
    ),
    secrets: findings,
  };
}
