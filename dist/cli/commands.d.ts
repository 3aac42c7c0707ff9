import type { Runner } from './io.js';
import type { OptionName } from './options.js';
export interface CommandEntry {
    usage: string;
    summary: string;
    flags: readonly OptionName[];
    /** Shown by `flora-keyscan COMMAND --help`. */
    examples: readonly string[];
    load: () => Promise<Runner>;
}
export declare const HISTORY_FLAGS: readonly ["all-objects", "fetch-missing", "since", "threads", "write-purge", "only-live", "verify-clean", "all-content"];
export declare const AUDIT_FLAGS: readonly ["repos", "cache", "no-cache", "jobs", "shard", "github-org", "github-user", "github-api-url", "include-forks", "include-archived"];
export declare const COMMANDS: Record<string, CommandEntry>;
