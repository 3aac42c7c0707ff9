// A report: what one scan found and what it could not read. Reporters are pure functions of it, and
// its findings carry no secret (findings.ts `Finding`), so a reporter cannot print one.

import { SUPPRESSION_SOURCES, type Finding, type SuppressionSource } from '../findings.js';
import type { HistoryFacts } from '../history/facts.js';
import type { ProviderSpec, Severity } from '../rules/types.js';
import type { Exposure, ScanMode } from '../sources/source.js';

export interface SkippedItem {
  path: string;
  reason: string;
}

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  /** Findings on lines marked flora-keyscan:allow. */
  suppressed: number;
  /** Findings accepted by the ignore file. */
  ignored: number;
  /** Every suppression by its source: findings, or for excluded paths, files not scanned. */
  suppressedBy: Record<SuppressionSource, number>;
  skipped: SkippedItem[];
  unreadable: SkippedItem[];
  /** Objects the repository should have and does not (a partial clone): named, not scanned. */
  missing: SkippedItem[];
  /** Files or blobs in which encoded text was decoded and scanned. */
  decoded: number;
  /** Files too large to hold, scanned chunk by chunk. */
  streamed: number;
  utf16: number;
  utf32: number;
  binary: number;
  /** Files opened as archives (zip, gzip, tar), and the entries scanned in them, nested ones included. */
  archives: number;
  archiveEntries: number;
  durationMs: number;
  /** Set when Ctrl-C stopped the scan before the end. */
  interrupted?: boolean;
  /** Set when a step after reading failed (attribution): findings are reported as far as known. */
  incomplete?: boolean;
}

/** What a reporter needs to know of a rule. */
export interface RuleSummary {
  id: string;
  description: string;
  provider: string;
  severity: Severity;
  remediation?: string;
  /** The rule can ask the provider whether a key is live. */
  verifiable: boolean;
}

/** Something the reader must know that is not a finding: a pull request that changes the scan's own policy. */
export interface Notice {
  kind: 'policy-change';
  /** The file (or package.json key) it is about. */
  file: string;
  message: string;
}

export interface Report {
  mode: ScanMode;
  /** What was scanned, for people ("working tree of /repo"). */
  scope: string;
  /** Where the keys this scan finds can be: decides the advice. */
  exposure: Exposure;
  tool: { name: string; version: string };
  rules: RuleSummary[];
  providers: ProviderSpec[];
  root: string | null;
  findings: Finding[];
  /**
   * Keys the scanned change does not add (staged, pre-push): an earlier version of their file already
   * held them. Listed, not blocking (--all-content makes them findings).
   */
  preExisting: Finding[];
  /** Findings kept out of the results (inline allow, ignore file, allowlist, excluded paths, changed rules). */
  suppressed: Finding[];
  stats: ScanStats;
  warnings: string[];
  notices: Notice[];
  /** Set when the scan guards a commit or a push (the hooks): findings block it. */
  blocking?: 'commit' | 'push';
  /** True when --verify ran: every finding of a verifiable rule then carries a verdict. */
  verified?: boolean;
  /** Extra facts about a history scan (refs, HEAD presence, remotes). */
  history?: HistoryFacts;
}

export function emptyStats(): ScanStats {
  return {
    filesScanned: 0,
    bytesScanned: 0,
    suppressed: 0,
    ignored: 0,
    suppressedBy: Object.fromEntries(SUPPRESSION_SOURCES.map((s) => [s, 0])) as Record<
      SuppressionSource,
      number
    >,
    skipped: [],
    unreadable: [],
    missing: [],
    decoded: 0,
    streamed: 0,
    utf16: 0,
    utf32: 0,
    binary: 0,
    archives: 0,
    archiveEntries: 0,
    durationMs: 0,
  };
}
