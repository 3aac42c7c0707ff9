// The scan's policy: rules (shipped and from the config), the config's excludes and allowlist, and the
// ignore file, read from where the command says (policy-files.ts); and the filters that apply them.
// Every suppression is counted by its source and the suppressed findings kept for the report: a
// repository that switches its own scan off cannot do it without a word of it.
import { loadConfig, parseSize } from './config.js';
import { pathOf } from './findings.js';
import { compileGlobs } from './glob.js';
import { applyIgnore, loadIgnore } from './ignore.js';
import { IGNORE_FILE } from './policy-files.js';
import { loadRuleBook } from './rules/load.js';
import { DEFAULT_ARCHIVE_LIMITS } from './archive/expand.js';
import { Engine } from './scan/engine.js';
import { ContentGate } from './scan/gate.js';
/** Shipped rules the config replaced or weakened. */
function changedShippedRules(shipped, config, effective) {
    const replaced = shipped.filter((r) => !effective.some((e) => e.id === r.id && e.shipped));
    return config.minEntropy !== undefined ? shipped.map((r) => r.id) : replaced.map((r) => r.id);
}
export function loadPolicy(options) {
    const config = loadConfig(options.files, options.configFile, options.cwd);
    const ignore = loadIgnore(options.files);
    const loaded = loadRuleBook(config.rules);
    const rules = loaded.rules.map((r) => config.minEntropy === undefined ? r : { ...r, minEntropy: config.minEntropy });
    const archives = options.archiveDepth === undefined
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
    const excludedBy = (path) => excluded?.(path) ? 'config-exclude' : ignore.skipPath?.(path) ? 'ignore-path' : null;
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
/**
 * Drops findings under excluded paths (sources that learn paths late, like history, read them
 * anyway), those the config's allowlist accepts and those the ignore file accepts, each counted by
 * source; with `reportUnused`, names ignore entries that matched nothing.
 */
export function applyPolicy(findings, policy, stats, warnings, reportUnused) {
    const suppressed = [];
    const drop = (f, by) => {
        suppressed.push({ finding: f, by });
        stats.suppressedBy[by]++;
    };
    const afterPolicy = findings.filter((f) => {
        const path = pathOf(f);
        const excluded = path === null ? null : policy.excludedBy(path);
        if (excluded)
            return (drop(f, excluded), false);
        if (policy.config.allowlist.some((re) => re.test(f.secret)))
            return (drop(f, 'allowlist'), false);
        return true;
    });
    const { kept, ignored } = applyIgnore(afterPolicy, policy.ignore);
    for (const f of ignored)
        drop(f, 'ignore-file');
    stats.ignored += ignored.length;
    if (reportUnused) {
        for (const e of policy.ignore.entries)
            if (!e.used && e.secretSha256)
                warnings.push(`unused ignore entry ${IGNORE_FILE}:${e.line}: ${e.text}`);
    }
    return { kept, suppressed };
}
