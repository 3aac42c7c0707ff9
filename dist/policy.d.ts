import { type Config } from './config.js';
import { type SecretFinding, type SuppressionSource } from './findings.js';
import { type IgnoreList } from './ignore.js';
import { type PolicyFiles } from './policy-files.js';
import type { ScanStats } from './report/types.js';
import type { RuleBook } from './rules/types.js';
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
export declare function loadPolicy(options: PolicyOptions): Policy;
export interface Filtered {
    kept: SecretFinding[];
    suppressed: {
        finding: SecretFinding;
        by: SuppressionSource;
    }[];
}
/**
 * Drops findings under excluded paths (sources that learn paths late, like history, read them
 * anyway), those the config's allowlist accepts and those the ignore file accepts, each counted by
 * source; with `reportUnused`, names ignore entries that matched nothing.
 */
export declare function applyPolicy(findings: SecretFinding[], policy: Policy, stats: ScanStats, warnings: string[], reportUnused: boolean): Filtered;
