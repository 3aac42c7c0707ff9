import { type Env, type Git } from '../git.js';
import { type LedgerUse } from './object-read.js';
import type { Source } from './source.js';
export interface HistoryOptions {
    allObjects: boolean;
    /** Threads reading pack files. */
    threads: number;
    /** Download the objects a partial clone lacks before scanning. */
    fetchMissing: boolean;
    env: Env;
    /** CPUs this scan may use: one more than `threads` lets attribution start before it is needed. */
    cores: number;
    /** What an earlier scan of these packs proved, and where this scan's ledger goes (audits). */
    ledger?: LedgerUse;
}
export declare const SHALLOW_WARNING = "this is a shallow clone: history before its first commit was not scanned. Run git fetch --unshallow (or clone without --depth) for a full audit.";
export declare function historySource(git: Git, options: HistoryOptions): Promise<Source>;
