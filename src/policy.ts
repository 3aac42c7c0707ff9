// The scan's policy: rules (shipped and from the config), the config's excludes and allowlist, and the
// ignore file, read from where the command says (policy-files.ts); and the filters that apply them.
// Every suppression is counted by its source and the suppressed findings kept for the report: a
// repository that switches its own scan off cannot do it without a word of it.

import { loadConfig, parseSize, type Config } from './config.js';
import { pathOf, type SecretFinding, type SuppressionSource } from './findings.js';
import { compileGlobs } from './glob.js';
import { applyIgnore, loadIgnore, type IgnoreList } from './ignore.js';
import { IGNORE_FILE, type PolicyFiles } from './policy-files.js';
import type { ScanStats } from './report/types.js';
import { loadRuleBook } from './rules/load.js';
import type { RuleBook, RuleSpec } from './rules/types.js';
import { DEFAULT_ARCHIVE_LIMITS } from './archive/expand.js';
import { Engine } from './scan/engine.js';
import { ContentGate } from './scan/gate.js';

export interface Policy {
  files: PolicyFiles;
  config: Config;
  ignore: IgnoreList;
  book: RuleBook;
  engine: Engine;
  /**
   * The shipped rules as shipped, when the config changed them (replaced one, or set minEntropy):
   * what they find and the config's rules do not is a suppression. Null otherwise.
   */
  shadow: Engine | null;
  /** What content may hold a match: the engine's gate, and the shadow's too. */
  gate: ContentGate;
  maxFileSize: number;
  /** Why a path is never scanned (the config's `exclude`, the ignore file's `path:`), or null. */
  excludedBy(path: string): SuppressionSource | null;
}

export interface PolicyOptions {
  files: PolicyFiles;
  /** --config FILE, resolved against `cwd`. */
  configFile?: string;
  cwd: string;
  decode: boolean;
  /** --max-archive-depth: how many archives deep to open (default 3; 0: none). */
  archiveDepth?: number;
  /** --max-file-size, which wins over the config's. */
  maxFileSize?: string;
}

/** Shipped rules the config replaced or weakened. */
function changedShippedRules(shipped: RuleSpec[], config: Config, effective: RuleSpec[]): string[] {
  const replaced = shipped.filter((r) => !effective.some((e) => e.id === r.id && e.shipped));
  return config.minEntropy !== undefined ? shipped.map((r) => r.id) : replaced.map((r) => r.id);
}

export function loadPolicy(options: PolicyOptions): Policy {
  const config = loadConfig(options.files, options.configFile, options.cwd);
  const ignore = loadIgnore(options.files);
  const loaded = loadRuleBook(config.rules);
  const rules = loaded.rules.map((r) =>
    config.minEntropy === undefined ? r : { ...r, minEntropy: config.minEntropy },
  );
  const archives =
    options.archiveDepth === undefined
      ? DEFAULT_ARCHIVE_LIMITS
      : { ...DEFAULT_ARCHIVE_LIMITS, depth: options.archiveDepth };
  const engine = new Engine(rules, { decode: options.decode, archives });
  const shipped = loadRuleBook().rules;
  const shadow = changedShippedRules(shipped, config, loaded.rules).length
    ? new Engine(shipped, { decode: options.decode, archives })
    : null;
  const gate = shadow
    ? new ContentGate([...engine.gate.literals, ...shadow.gate.literals], {
        archives: engine.gate.archives,
      })
    : engine.gate;
  const maxFileSize = options.maxFileSize
    ? parseSize(options.maxFileSize, '--max-file-size')
    : (config.maxFileSize ?? Number.POSITIVE_INFINITY);
  const excluded = compileGlobs(config.exclude);
  const excludedBy = (path: string): SuppressionSource | null =>
    excluded?.(path) ? 'config-exclude' : ignore.skipPath?.(path) ? 'ignore-path' : null;
  return {
    files: options.files,
    config,
    ignore,
    book: { ...loaded, rules },
    engine,
    shadow,
    gate,
    maxFileSize,
    excludedBy,
  };
}

export interface Filtered {
  kept: SecretFinding[];
  suppressed: { finding: SecretFinding; by: SuppressionSource }[];
}

/**
 * Drops findings under excluded paths (sources that learn paths late, like history, read them
 * anyway), those the config's allowlist accepts and those the ignore file accepts, each counted by
 * source; with `reportUnused`, names ignore entries that matched nothing.
 */
export function applyPolicy(
  findings: SecretFinding[],
  policy: Policy,
  stats: ScanStats,
  warnings: string[],
  reportUnused: boolean,
): Filtered {
  const suppressed: Filtered['suppressed'] = [];
  const drop = (f: SecretFinding, by: SuppressionSource) => {
    suppressed.push({ finding: f, by });
    stats.suppressedBy[by]++;
  };
  const afterPolicy = findings.filter((f) => {
    const path = pathOf(f);
    const excluded = path === null ? null : policy.excludedBy(path);
    if (excluded) return (drop(f, excluded), false);
    if (policy.config.allowlist.some((re) => re.test(f.secret)))
      return (drop(f, 'allowlist'), false);
    return true;
  });
  const { kept, ignored } = applyIgnore(afterPolicy, policy.ignore);
  for (const f of ignored) drop(f, 'ignore-file');
  stats.ignored += ignored.length;
  if (reportUnused) {
    for (const e of policy.ignore.entries)
      if (!e.used && e.secretSha256)
        warnings.push(`unused ignore entry ${IGNORE_FILE}:${e.line}: ${e.text}`);
  }
  return { kept, suppressed };
}
