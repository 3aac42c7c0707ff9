import type { Env, Git } from '../git.js';
import type { ContentGate } from '../scan/gate.js';
export type StoredObject = {
    oid: string;
    type: 'blob' | 'commit' | 'tag';
    size: number;
} & ({
    bytes: Buffer;
}
/**
 * A blob the engine's gate proves holds no match (Engine.mayMatch is false). Its oid may be left
 * empty. `count` > 1: that many blobs of `size` bytes in all, proven so by an earlier scan.
 */
 | {
    provenFree: true;
    count?: number;
} | {
    error: string;
});
/**
 * What one scan of a repository's packs proved, for the next scan under the same rules: a pack file
 * is named by its checksum, so the same name is the same objects. Each pack's delta trees of blobs
 * that gave the engine nothing to look at are summed (never read again); blobs the gate could not
 * prove clean, or could not read, are named, and the trees that hold them are read again. Commits
 * and tags are always read. No content and no key is in it.
 */
export interface PackLedger {
    /** Packs in the order they were read (an object in two packs is read from the first). */
    packs: {
        name: string;
        objects: number;
        bytes: number;
    }[];
    /** Blobs to read again (hex ids). */
    notable: string[];
}
/** No version larger than this is assembled: it is named as unreadable instead. */
export declare const MAX_OBJECT_BYTES: number;
export interface LooseObject {
    oid: string;
    path: string;
}
/** Where the object database is: its pack indexes and loose objects. Plain data, for worker threads. */
export interface StoreLocation {
    idxFiles: string[];
    loose: LooseObject[];
    hashBytes: number;
}
/** Which share of the work one reader does: loose objects go to share 0, delta trees round-robin. */
export interface Share {
    index: number;
    of: number;
}
export declare class ObjectStore {
    private readonly indexes;
    private readonly loose;
    /** Pack files that could not be opened, with the reason. */
    private readonly unopened;
    private readonly heldBasesBytes;
    private readonly bombBytes;
    private packs;
    /** One buffer per depth of a delta tree, reused across trees. */
    private readonly pool;
    /** This scan's ledger, kept when asked for (see `ledger()`). */
    private recorded;
    /** Packs an earlier scan proved, with the clean trees of blobs it summed; and the blobs to read again. */
    private readonly reuse;
    private notable;
    private constructor();
    /**
     * Starts keeping this scan's ledger, and takes what `earlier` proved of packs read in the same
     * order then: those come first, in that order, and their clean trees of blobs are not read again.
     * One reader only (no shares).
     */
    useLedger(earlier: PackLedger | null): void;
    /** What this scan proved, once `objects()` has been read to the end; null unless asked for. */
    ledger(): PackLedger | null;
    /**
     * Reads the pack indexes; each pack's own headers are read when the walk reaches packs.
     * `heldBasesBytes`: how much assembled delta bases may take before the oldest are dropped;
     * `bombBytes`: how much a delta tree's whole-read versions may take before it is a pack bomb.
     */
    static open(location: StoreLocation, { heldBasesBytes, bombBytes }?: {
        heldBasesBytes?: number | undefined;
        bombBytes?: number | undefined;
    }): ObjectStore;
    /** How many objects all shares together deliver (trees are not read); null until packs are open. */
    total(): number | null;
    close(): void;
    private openPacks;
    /**
     * Every blob, commit and tag once: loose objects first (often the newest: a fresh leak is found,
     * and attributed, soonest), then each pack's delta trees in pack order. Buffers are views valid until
     * the next object is asked for.
     */
    objects(gate: ContentGate, share?: Share): Generator<StoredObject>;
    /** Positions of `pack` that hold a blob to read again. */
    private marked;
    /** Passes a delta tree's objects on, summing it into `ledger` if the gate proved all of it clean. */
    private recordTree;
    /** One whole object and every delta built on it, depth first, each base assembled once. */
    private deltaTree;
}
/**
 * Where the repository's objects are, or null when they must be read through git: objects borrowed
 * from another repository (alternates), or a pack index this reader does not know.
 */
export declare function locateObjectStore(git: Git, env: Env): Promise<StoreLocation | null>;
