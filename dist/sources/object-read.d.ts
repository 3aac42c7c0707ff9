import { OidList, type Git } from '../git.js';
import type { ContentGate } from '../scan/gate.js';
import { type PackLedger, type StoreLocation } from './object-store.js';
import type { CommitMeta, Progress, SourceItem } from './source.js';
/** A commit's or tag's author and date (ISO 8601, UTC) for a finding's provenance. */
export declare function whoAndWhen(meta: CommitMeta | undefined): {
    author?: string;
    date?: string;
};
type ProgressSink = (done: Progress, total: Progress) => void;
export interface ObjectList {
    /** Blobs, commits and tags in pack order (trees hold no secrets and are not read). */
    oids: OidList;
    bytes: number;
}
/** Lists every object in the database, packed or loose, reachable or not. */
export declare function listAllObjects(git: Git): Promise<ObjectList>;
/**
 * What a commit or tag object says: who, when, its parents, its header (author, committer and tagger
 * lines, an embedded merged tag) and the message (after the header's blank line).
 */
export declare function parseCommitLike(oid: string, bytes: Buffer, isTag: boolean): {
    meta: CommitMeta;
    header: Buffer;
    message: Buffer;
};
/** An earlier scan's ledger to reuse, and where this scan's goes (object-store.ts, PackLedger). */
export interface LedgerUse {
    earlier: PackLedger | null;
    keep: (ledger: PackLedger) => void;
}
/**
 * Every blob, commit and tag of the object database read in-process (sources/object-store.ts), by
 * `threads` threads: blobs the gate proves clean arrive counted, not one by one.
 */
export declare function readStore(location: StoreLocation, gate: ContentGate, threads: number, progress?: ProgressSink, ledger?: LedgerUse): AsyncGenerator<SourceItem>;
/** Every listed object through `git cat-file --batch`: blobs as they are, commits and tags as their message. */
export declare function readThroughGit(git: Git, list: ObjectList, progress?: ProgressSink): AsyncGenerator<SourceItem>;
export {};
