// `flora-keyscan audit [REPO...]`: many repositories (named, from a file, or listed by GitHub), each
// mirrored into a cache folder and scanned like `history`, `--jobs` at a time, into one report. A
// repository that cannot be fetched or read is reported with its error; the others go on.

import { appendFileSync, readFileSync } from 'node:fs';
import { availableParallelism, homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Flags, Invocation, Io } from '../cli/io.js';
import { wholeNumber } from '../cli/numbers.js';
import { UsageError, UserError } from '../errors.js';
import { NO_FILES } from '../policy-files.js';
import type { RuleSpec } from '../rules/types.js';
import { inWords } from '../safe-write.js';
import { runJobs, type Outcome } from '../audit/jobs.js';
import {
  auditExitCode,
  auditReport,
  failedEntry,
  scannedEntry,
  type AuditReport,
  type RepositoryEntry,
} from '../audit/report.js';
import {
  dedupe,
  inShard,
  parseShard,
  parseTarget,
  repoLines,
  type Target,
} from '../audit/targets.js';
import { chooseFormat, deliver, exitCode, useColor } from './output.js';
import { checkReportFlags, policyFor } from './setup.js';

/** Where mirrors live unless --cache says: the user's cache folder ($XDG_CACHE_HOME or ~/.cache). */
export function defaultCache(env: Io['env']): string {
  const base = env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache');
  return join(base, 'flora-keyscan', 'mirrors');
}

async function listTargets(args: string[], flags: Flags, io: Io): Promise<Target[]> {
  const targets = args.map((a) => parseTarget(a, io.cwd));
  if (flags.repos !== undefined) {
    let text: string;
    try {
      text = readFileSync(resolve(io.cwd, flags.repos), 'utf8');
    } catch (error) {
      throw new UserError(`cannot read --repos ${flags.repos}: ${inWords(error)}`);
    }
    targets.push(...repoLines(text).map((l) => parseTarget(l, io.cwd)));
  }
  for (const kind of ['org', 'user'] as const) {
    const name = flags[`github-${kind}`];
    if (name === undefined) continue;
    const { listGithub } = await import('../audit/github.js');
    targets.push(
      ...(await listGithub({
        kind,
        name,
        apiUrl: flags['github-api-url'] ?? 'https://api.github.com',
        includeForks: flags['include-forks'] === true,
        includeArchived: flags['include-archived'] === true,
        env: io.env,
        signal: io.signal,
      })),
    );
  }
  return dedupe(targets);
}

function checkAuditFlags(args: string[], flags: Flags): void {
  if (!args.length && !flags.repos && !flags['github-org'] && !flags['github-user'])
    throw new UsageError(
      'audit needs repositories: REPO arguments, --repos FILE, --github-org ORG or --github-user USER',
    );
  if (
    (flags['include-forks'] || flags['include-archived']) &&
    !flags['github-org'] &&
    !flags['github-user']
  )
    throw new UsageError(
      '--include-forks and --include-archived apply to --github-org and --github-user',
    );
  if (flags['github-api-url'] && !/^https?:\/\//.test(flags['github-api-url']))
    throw new UsageError('--github-api-url must be an http(s) URL');
}

/** --verify: each unique key across every repository probed once, its verdict on all its findings. */
async function verifyAll(outcomes: Outcome[], flags: Flags, io: Io): Promise<void> {
  const scans = outcomes.flatMap((o) => ('scan' in o ? [o.scan] : []));
  if (!flags.verify || scans.length === 0) return;
  const rules = new Map<string, RuleSpec>();
  for (const s of scans) for (const r of s.rules) if (!rules.has(r.id)) rules.set(r.id, r);
  const { probeOptions } = await import('./setup.js');
  const { verifyFindings } = await import('../verify/verify-findings.js');
  const probe = await probeOptions(flags, io, [...rules.values()]);
  await verifyFindings(
    scans.flatMap((s) => s.secrets),
    [...rules.values()],
    probe,
  );
  for (const s of scans) {
    s.secrets.forEach((f, i) => (s.report.findings[i]!.verification = f.verification));
    s.report.verified = true;
  }
}

function entryOf(outcome: Outcome, flags: Flags): RepositoryEntry {
  if ('error' in outcome) return failedEntry(outcome.target.repository, outcome.error);
  const { report } = outcome.scan;
  const entry = scannedEntry(outcome.target.repository, report, exitCode(report, flags));
  const { missing, unreadable, incomplete } = report.stats;
  // Scanned, but not all of it: said in the entry, and its exit code is 2 (see exitCode).
  if (missing.length || unreadable.length || incomplete)
    entry.error = `incomplete: ${missing.length} object(s) missing, ${unreadable.length} unreadable (listed in stats)`;
  return entry;
}

async function auditAll(targets: Target[], flags: Flags, io: Io): Promise<AuditReport> {
  const cache = resolve(io.cwd, flags.cache ?? defaultCache(io.env));
  const jobs = flags.jobs ? wholeNumber(flags.jobs, '--jobs', 1, 256) : availableParallelism();
  const progress = io.stderr.isTTY === true && !flags.quiet;
  let done = 0;
  const outcomes = await runJobs(
    targets,
    jobs,
    { cache, flags, env: io.env, cwd: io.cwd },
    io,
    (o) => {
      done++;
      if (progress)
        io.stderr.write(
          `flora-keyscan: [${done}/${targets.length}] ${o.target.repository}: ${'error' in o ? 'failed' : `${new Set(o.scan.report.findings.map((f) => f.secretSha256)).size} key(s)`}\n`,
        );
    },
  );
  await verifyAll(outcomes, flags, io);
  return auditReport(outcomes.map((o) => entryOf(o, flags)));
}

/** Under GitHub Actions: the table in the job summary, the numbers in the step outputs. A write that fails is said, not fatal. */
async function tellCi(report: AuditReport, code: number, io: Io): Promise<void> {
  const { auditStepOutputs, auditStepSummary } = await import('../audit/render.js');
  for (const [file, text, what] of [
    [io.env.GITHUB_STEP_SUMMARY, () => auditStepSummary(report, code), 'the job summary'],
    [io.env.GITHUB_OUTPUT, () => auditStepOutputs(report), 'the step outputs'],
  ] as const) {
    if (!file) continue;
    try {
      appendFileSync(file, text());
    } catch (error) {
      io.stderr.write(`flora-keyscan: cannot write ${what}: ${inWords(error)}\n`);
    }
  }
}

/** Prints an audit report in the chosen format; a one-line summary on stderr when the report is not text on stdout. */
export async function emitAudit(report: AuditReport, flags: Flags, io: Io): Promise<number> {
  const format = chooseFormat(flags, io);
  const toFile = flags.output !== undefined;
  const code = auditExitCode(report);
  const { renderAudit } = await import('../audit/render.js');
  if (!(flags.quiet && code === 0 && format === 'text' && !toFile))
    deliver(
      await renderAudit(report, format, {
        color: useColor(flags, io, toFile),
        playbook: !flags['no-playbook'],
      }),
      flags,
      io,
    );
  await tellCi(report, code, io);
  const s = report.summary;
  if ((toFile || format !== 'text') && !(flags.quiet && code === 0))
    io.stderr.write(
      `flora-keyscan: audit of ${s.repositories} repositories: ${s.uniqueSecrets} key(s) in ${s.findings} place(s), ${s.failed} failed; exit ${code}.${toFile ? ` Report: ${flags.output}` : ''}\n`,
    );
  return code;
}

export async function runAudit({ args, flags }: Invocation, io: Io): Promise<number> {
  checkAuditFlags(args, flags);
  const shard = flags.shard !== undefined ? parseShard(flags.shard) : null;
  // The report flags (format, --fail-on, --output's folder, probe settings) fail before any fetch.
  await checkReportFlags(flags, io, policyFor(NO_FILES, flags, io));
  const listed = await listTargets(args, flags, io);
  const targets = shard ? listed.filter((t) => inShard(t.repository, shard)) : listed;
  return emitAudit(await auditAll(targets, flags, io), flags, io);
}
