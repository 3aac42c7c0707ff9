// One report for an audit: every repository's history report (the history JSON contract, each finding
// naming its repository), or its error. It is plain JSON, so that shard reports merge into exactly the
// report one unsharded run writes; every format renders from it, each repository through the
// reporter `history` uses.

import type { Finding, Provenance } from '../findings.js';
import { formatJson } from '../report/json.js';
import type { Report, ScanStats } from '../report/types.js';
import { toolVersion } from '../version.js';

type Json = Record<string, unknown>;

export interface RepositoryEntry {
  repository: string;
  status: 'scanned' | 'failed';
  error?: string;
  /** What `history` would have exited with for this repository alone. */
  exitCode: number;
  findings: (Json & { repository: string })[];
  stats?: Json;
  [field: string]: unknown;
}

export interface AuditSummary {
  repositories: number;
  scanned: number;
  failed: number;
  findings: number;
  uniqueSecrets: number;
  live: number;
  pushed: number;
}

export interface AuditReport {
  schemaVersion: 1;
  mode: 'audit';
  tool: { name: string; version: string };
  repositories: RepositoryEntry[];
  summary: AuditSummary;
}

/** A repository's history report as an entry: the history JSON, findings tagged with the repository. */
export function scannedEntry(
  repository: string,
  report: Report,
  exitCode: number,
): RepositoryEntry {
  const body = JSON.parse(formatJson(report)) as Json;
  delete body.schemaVersion;
  delete body.tool;
  delete body.mode;
  const tag = (list: unknown) => (list as Json[]).map((f) => ({ ...f, repository }));
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

export function failedEntry(repository: string, error: string): RepositoryEntry {
  return { repository, status: 'failed', error, exitCode: 2, findings: [] };
}

function summarize(repositories: RepositoryEntry[]): AuditSummary {
  const findings = repositories.flatMap((r) => r.findings);
  const keys = (list: Json[]) => new Set(list.map((f) => f.secretSha256)).size;
  return {
    repositories: repositories.length,
    scanned: repositories.filter((r) => r.status === 'scanned').length,
    failed: repositories.filter((r) => r.status === 'failed').length,
    findings: findings.length,
    uniqueSecrets: keys(findings),
    live: keys(findings.filter((f) => (f.verification as Json | null)?.status === 'live')),
    pushed: keys(findings.filter((f) => f.exposure === 'pushed')),
  };
}

export function auditReport(repositories: RepositoryEntry[]): AuditReport {
  return {
    schemaVersion: 1,
    mode: 'audit',
    tool: { name: 'flora-keyscan', version: toolVersion() },
    repositories,
    summary: summarize(repositories),
  };
}

/** 2 when a repository failed or its scan was incomplete, else 1 when one has findings that fail, else 0. */
export function auditExitCode(report: AuditReport): number {
  return Math.max(0, ...report.repositories.map((r) => r.exitCode));
}

/** A finding of the JSON contract back as reporters take it (the inverse of report/json.ts). */
function findingFromJson(j: Json): Finding {
  const s = (k: string) => j[k] as string;
  const author = j.author ? { author: s('author'), date: s('date') } : {};
  const provenance: Provenance =
    j.location === 'message'
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
            ? { kind: 'blob', blob: s('blob'), path: j.path as string | null }
            : { kind: 'file', path: s('path') };
  const {
    repository: _r,
    path: _p,
    commit: _c,
    blob: _b,
    location: _l,
    author: _a,
    date: _d,
    ...rest
  } = j;
  return { ...(rest as unknown as Finding), provenance };
}

/** A scanned entry as the Report `history` would have printed. */
export function entryReport(entry: RepositoryEntry): Report {
  const stats = { ...(entry.stats as Json) };
  delete stats.findings;
  delete stats.uniqueSecrets;
  return {
    mode: 'history',
    scope: entry.scope as string,
    exposure: entry.exposure as Report['exposure'],
    tool: { name: 'flora-keyscan', version: toolVersion() },
    rules: entry.rules as Report['rules'],
    providers: entry.providers as Report['providers'],
    root: entry.repository,
    findings: entry.findings.map(findingFromJson),
    preExisting: (entry.preExisting as Json[]).map(findingFromJson),
    suppressed: (entry.suppressed as Json[]).map(findingFromJson),
    stats: stats as unknown as ScanStats,
    warnings: entry.warnings as string[],
    notices: entry.notices as Report['notices'],
    ...(entry.verified ? { verified: true } : {}),
    ...(entry.history ? { history: entry.history as Report['history'] } : {}),
  };
}
