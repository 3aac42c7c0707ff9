// The scan's policy: rules (shipped and from the config), the config's excludes and allowlist, and the
// ignore file; and the filters that apply them to findings, each counted.

import { loadConfig, parseSize, type Config } from './config.js';
import { pathOf, type SecretFinding } from './findings.js';
import { compileGlobs } from './glob.js';
import { applyIgnore, IGNORE_FILE, loadIgnore, type IgnoreList } from './ignore.js';
import type { ScanStats } from './report/types.js';
import { loadRuleBook } from './rules/load.js';
import type { RuleBook } from './rules/types.js';
import { Engine } from './scan/engine.js';

export interface Policy {
  config: Config;
  ignore: IgnoreList;
  book: RuleBook;
  engine: Engine;
  maxFileSize: number;
  /** Paths never scanned: the config's `exclude` and the ignore file's `path:` entries. */
  skipPath?: (path: string) => boolean;
}

export interface PolicyOptions {
  /** --config FILE, resolved against `cwd`. */
  configFile?: string;
  cwd: string;
  decode: boolean;
  /** --max-file-size, which wins over the config's. */
  maxFileSize?: string;
}

export function loadPolicy(root: string, options: PolicyOptions): Policy {
  const config = loadConfig(root, options.configFile, options.cwd);
  const ignore = loadIgnore(root);
  const loaded = loadRuleBook(config.rules);
  const rules = loaded.rules.map((r) =>
    config.minEntropy === undefined ? r : { ...r, minEntropy: config.minEntropy },
  );
  const book = { ...loaded, rules };
  const engine = new Engine(rules, { decode: options.decode });
  const maxFileSize = options.maxFileSize
    ? parseSize(options.maxFileSize, '--max-file-size')
    : (config.maxFileSize ?? Number.POSITIVE_INFINITY);
  const excluded = compileGlobs(config.exclude);
  const skipPath =
    excluded && ignore.skipPath
      ? (p: string) => excluded(p) || ignore.skipPath!(p)
      : (excluded ?? ignore.skipPath);
  return { config, ignore, book, engine, maxFileSize, skipPath };
}

/**
 * Drops findings under skipped paths (sources that learn paths late, like history, read them anyway),
 * those the config's allowlist accepts (counted as suppressed) and those the ignore file accepts
 * (counted as ignored); with `reportUnused`, names ignore entries that matched nothing.
 */
export function applyPolicy(
  findings: SecretFinding[],
  policy: Policy,
  stats: ScanStats,
  warnings: string[],
  reportUnused: boolean,
): SecretFinding[] {
  const skip = policy.skipPath;
  const inScope = skip ? findings.filter((f) => pathOf(f) === null || !skip(pathOf(f)!)) : findings;
  const allowed = policy.config.allowlist;
  const afterAllow = allowed.length
    ? inScope.filter((f) => {
        const hit = allowed.some((re) => re.test(f.secret));
        if (hit) stats.suppressed++;
        return !hit;
      })
    : inScope;
  const { kept, ignored } = applyIgnore(afterAllow, policy.ignore);
  stats.ignored += ignored;
  if (reportUnused) {
    for (const e of policy.ignore.entries)
      if (!e.used && e.secretSha256)
        warnings.push(`unused ignore entry ${IGNORE_FILE}:${e.line}: ${e.text}`);
  }
  return kept;
}
