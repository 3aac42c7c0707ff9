import { type Git } from '../git.js';
export declare const RAW_LOG_FORMAT = "--format=%x01%H%x00%P%x00%an%x00%at";
/**
 * Settings of the scanned repository that would change what git log prints, overridden: root commits
 * shown (log.showRoot), no colour, no signature lines (log.showSignature also runs gpg), no renames,
 * names in UTF-8 (i18n.logOutputEncoding=UTF-16 made headers unreadable).
 */
export declare const LOG_OUTPUT_FLAGS: string[];
export interface RawChange {
    oldOid: string;
    newOid: string;
    newMode: string;
    status: string;
    path: string;
    /** The path it had before, when rename detection (-M) found a rename or copy. */
    oldPath?: string;
}
export interface RawCommit {
    commit: string;
    parents: string[];
    author: string;
    date: string;
    changes: RawChange[];
}
/** ":<old mode> <new mode> <old id> <new id> <status>", as git's --raw writes a change. */
export declare function changeFields(line: string): Omit<RawChange, 'path' | 'oldPath'>;
export declare function parseRawLog(out: Buffer): RawCommit[];
/** Runs `git log` over `revs` with first-parent diffs of merges (content a merge brought counts). */
export declare function rawLog(git: Git, revs: string[], extra?: string[], input?: string): Promise<RawCommit[]>;
