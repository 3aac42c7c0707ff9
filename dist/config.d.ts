import { type PolicyFiles } from './policy-files.js';
import type { ExtraRule } from './rules/load.js';
import { type Pattern } from './rules/pattern.js';
export interface Config {
    /** Where it was read from, for messages; null when there is none. */
    source: string | null;
    rules: ExtraRule[];
    /** Regular expressions (RE2); a secret matching any of them is not reported. */
    allowlist: Pattern[];
    /** Path globs never scanned. */
    exclude: string[];
    /** Overrides every rule's minimum entropy. */
    minEntropy?: number;
    maxFileSize?: number;
}
/** `200MB`, `512k`, `1048576` → bytes. */
export declare function parseSize(text: string, what: string): number;
export declare function parseConfig(raw: unknown, where: string): Config;
export declare function emptyConfig(): Config;
/**
 * --config FILE wins (the command line is the user's); else the repository's flora-keyscan.config.json,
 * else its package.json's "flora-keyscan" key, as `files` has them.
 */
export declare function loadConfig(files: PolicyFiles, explicit: string | undefined, cwd: string): Config;
