// What every scanning command shares: config and rules, the report's format and destination,
// and the exit code.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Flags, Io } from '../cli.js';
import { loadConfig, parseSize, type Config } from '../config.js';
import { UsageError, UserError } from '../errors.js';
import { loadRules } from '../rules/load.js';
import { Engine } from '../scan/engine.js';
import type { Finding, Report, ScanStats } from '../types.js';
import { applyIgnore, IGNORE_FILE, loadIgnore, type IgnoreList } from '../ignore.js';
import { compileGlobs } from '../glob.js';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface Setup {
  config: Config;
  ignore: IgnoreList;
  engine: Engine;
  maxFileSize: number;
  /** Paths never scanned: the config's `exclude` and the ignore file's `path:` entries. */
  skipPath?: (path: string) => boolean;
}

export function setUp(root: string, flags: Flags, io: Io): Setup {
  const config = loadConfig(root, flags.config, io.cwd);
  const ignore = loadIgnore(root);
  const specs = loadRules(config.rules).map((r) => (config.minEntropy === undefined ? r : { ...r, minEntropy: config.minEntropy }));
  const engine = new Engine(specs, { decode: !flags['no-decode'] });
  const maxFileSize = flags['max-file-size'] ? parseSize(flags['max-file-size'], '--max-file-size') : (config.maxFileSize ?? Number.POSITIVE_INFINITY);
  const excluded = compileGlobs(config.exclude);
  const skipPath = excluded && ignore.skipPath ? (p: string) => excluded(p) || ignore.skipPath!(p) : (excluded ?? ignore.skipPath);
  return { config, ignore, engine, maxFileSize, skipPath };
}

/**
 * Drops findings the config's allowlist accepts (counted as suppressed) and those the ignore file
 * accepts (counted as ignored); with --report-unused-ignores, names entries that matched nothing.
 */
export function applyFilters(findings: Finding[], setup: Setup, stats: ScanStats, flags: Flags, warnings: string[]): Finding[] {
  const allowed = setup.config.allowlist;
  const afterAllow = allowed.length
    ? findings.filter((f) => {
        const hit = allowed.some((re) => re.test(f.secret));
        if (hit) stats.suppressed++;
        return !hit;
      })
    : findings;
  const { kept, ignored } = applyIgnore(afterAllow, setup.ignore);
  stats.ignored += ignored;
  if (flags['report-unused-ignores']) {
    for (const e of setup.ignore.entries) if (!e.used && e.secretSha256) warnings.push(`unused ignore entry ${IGNORE_FILE}:${e.line}: ${e.text}`);
  }
  return kept;
}

export function wholeNumber(text: string, flag: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
  return n;
}

/** Probe options from the flags and environment; checked before any scanning starts. */
export async function probeOptions(flags: Flags, io: Io) {
  const { checkBaseUrl, DEFAULT_BASE_URL } = await import('../verify/probe.js');
  return {
    baseUrl: checkBaseUrl(flags['api-base-url'] ?? io.env.FLORA_BASE_URL ?? DEFAULT_BASE_URL),
    timeoutMs: 1000 * (flags.timeout ? wholeNumber(flags.timeout, '--timeout', 1, 600) : 10),
    concurrency: flags.concurrency ? wholeNumber(flags.concurrency, '--concurrency', 1, 16) : 2,
    maxAttempts: 4,
    signal: io.signal,
  };
}

/** --verify: probe each unique FLORA key once; a no-op without the flag (no network at all). */
export async function verifyIfAsked(report: Report, setup: Setup, options: Awaited<ReturnType<typeof probeOptions>> | null): Promise<void> {
  if (!options) return;
  const { verifyFindings } = await import('../verify/verify-findings.js');
  await verifyFindings(report.findings, setup.engine.rules.map((r) => r.spec), options);
  report.verified = true;
}

export function chooseFormat(flags: Flags, io: Io): Format {
  const format = flags.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  return format as Format;
}

/** Colour only for a terminal, unless NO_COLOR or FORCE_COLOR say otherwise. */
export function useColor(flags: Flags, io: Io, toFile: boolean): boolean {
  if (flags['no-color'] || toFile || (io.env.NO_COLOR ?? '') !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return io.stdout.isTTY === true;
}

export async function render(report: Report, format: Format, color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../report/json.js')).formatJson(report);
    case 'sarif':
      return (await import('../report/sarif.js')).formatSarif(report);
    case 'github':
      return (await import('../report/github.js')).formatGithub(report);
    default:
      return (await import('../report/text.js')).formatText(report, { color });
  }
}

export async function emit(report: Report, flags: Flags, io: Io): Promise<void> {
  const format = chooseFormat(flags, io);
  const toFile = flags.output !== undefined;
  const quietAndClean = flags.quiet && report.findings.length === 0 && report.stats.unreadable.length === 0 && format === 'text';
  if (quietAndClean && !toFile) return;
  const text = await render(report, format, useColor(flags, io, toFile));
  if (toFile) {
    const file = resolve(io.cwd, flags.output!);
    try {
      writeFileSync(file, text);
    } catch (error) {
      throw new UserError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  } else io.stdout.write(text);
}

export function checkFailOn(flags: Flags): void {
  const failOn = flags['fail-on'] ?? 'any';
  if (failOn !== 'any' && failOn !== 'live') throw new UsageError(`--fail-on must be "any" or "live" (got "${failOn}")`);
  if (failOn === 'live' && !flags.verify) throw new UsageError('--fail-on live needs --verify: without a probe no key is known to be inactive');
}

/**
 * 2 when content went unread or Ctrl-C stopped the scan (it is incomplete, whatever it found); else 1 when findings fail
 * the run. With --fail-on live, only keys FLORA confirmed inactive are let through: a key that is
 * live, unknown or not a FLORA key still fails.
 */
export function exitCode(report: Report, flags: Flags): number {
  if (report.stats.unreadable.length > 0 || report.stats.interrupted) return 2;
  const failing = flags['fail-on'] === 'live' ? report.findings.filter((f) => f.verification?.status !== 'inactive') : report.findings;
  return failing.length > 0 ? 1 : 0;
}
