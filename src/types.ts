// Plain data shared by every module. Nothing here does work.

export type Environment = 'live' | 'test';
export type Severity = 'critical' | 'high' | 'medium' | 'low';
export type ScanMode = 'worktree' | 'staged' | 'history' | 'all-objects';

/** A rule as written in rules/*.json or a config file, after validation. */
export interface RuleSpec {
  id: string;
  description: string;
  /** Who issues the secret. Only `flora` keys are ever sent to FLORA's API. */
  provider: string;
  severity: Severity;
  environment?: Environment;
  /** Literals (case-insensitive); content holding none of them is never run through the pattern. */
  keywords: string[];
  /** Regular expression with a named group `secret` and optionally `body` (what entropy is measured on). */
  pattern: string;
  minEntropy: number;
  /** Reject bodies that look like placeholders (repeats, sequences, stop words). */
  placeholderCheck: boolean;
  stopwords: string[];
  /** Words near the match that tie it to this rule's provider. */
  context?: { pattern: string; lines: number; required: boolean };
  /** A secret matching this pattern belongs to this rule whatever its context (e.g. Stripe's `sk_live_51…`). */
  shape?: string;
  verify?: ProbeSpec;
  remediation?: string;
  /** Breaks ties when several rules match the same secret with equal evidence; higher wins. */
  priority: number;
  examples: string[];
  negativeExamples: string[];
  /** Where the rule came from, for error messages. */
  source: string;
}

/** The live-key probe, as data in the rule (see src/verify). */
export interface ProbeSpec {
  method: 'GET' | 'HEAD';
  path: string;
  headers: Record<string, string>;
  live: number[];
  inactive: number[];
}

/** Where a piece of content came from. */
export type Provenance =
  | { kind: 'file'; path: string }
  | { kind: 'blob'; path: string | null; blob: string; commit: string | null }
  | { kind: 'message'; commit: string; objectType: 'commit' | 'tag' };

export interface Location {
  path: string | null;
  line: number;
  column: number;
  /** Set for binary content, where line/column are counted in bytes. */
  byteOffset?: number;
  commit: string | null;
  blob?: string;
  author?: string;
  date?: string;
  /** `message` when the secret is in a commit or tag message. */
  where?: 'file' | 'message';
  /** How the secret was encoded at this location, if it was. */
  encoding?: string;
}

export interface Verification {
  status: 'live' | 'inactive' | 'unknown' | 'skipped';
  httpStatus: number | null;
  code: string | null;
  requestId: string | null;
  checkedAt: string | null;
  reason: string | null;
}

export interface Finding extends Location {
  ruleId: string;
  provider: string;
  severity: Severity;
  environment: Environment | null;
  /** The full secret. Kept in memory for verification and the purge kit; reporters never print it. */
  secret: string;
  /** The exact encoded text the secret was found in (as secret as the secret; purge kit only). */
  encodedText?: string;
  secretSha256: string;
  redacted: string;
  entropy: number;
  verification: Verification | null;
}

export interface SkippedItem {
  path: string;
  reason: string;
}

export interface ScanStats {
  filesScanned: number;
  bytesScanned: number;
  suppressed: number;
  ignored: number;
  skipped: SkippedItem[];
  unreadable: SkippedItem[];
  /** Files or blobs in which encoded text was decoded and scanned. */
  decoded: number;
  /** Files too large to hold, scanned chunk by chunk. */
  streamed: number;
  utf16: number;
  binary: number;
  durationMs: number;
  /** Set when Ctrl-C stopped the scan before the end. */
  interrupted?: boolean;
}

/** What a reporter needs to know of a rule. */
export interface RuleSummary {
  id: string;
  description: string;
  provider: string;
  severity: Severity;
  remediation?: string;
}

export interface Report {
  mode: ScanMode;
  tool: { name: string; version: string };
  rules: RuleSummary[];
  root: string | null;
  findings: Finding[];
  stats: ScanStats;
  warnings: string[];
  /** True when --verify ran: every FLORA finding then carries a verdict. */
  verified?: boolean;
  /** Extra facts about a history scan (refs, HEAD presence, remotes). */
  history?: HistoryFacts;
}

export interface HistoryFacts {
  /** secretSha256 → refs whose history reaches a commit holding it. */
  refsBySecret: Record<string, string[]>;
  /** secretSha256 → whether HEAD's tree still holds it. */
  atHeadBySecret: Record<string, boolean>;
  hasRemote: boolean;
  shallow: boolean;
}
