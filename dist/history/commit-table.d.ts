import type { CommitMeta } from '../sources/source.js';
export declare class CommitTable {
    /** Bytes per id: 20 (SHA-1) or 32 (SHA-256), learnt from the first id added. */
    private hashBytes;
    private rows;
    private oids;
    /** Row of each id, by open addressing on the id's first bytes; EMPTY where none. */
    private slots;
    /** 32 minus log2 of the slots: the top bits of a mixed id pick its slot. */
    private slotShift;
    /** Parents of row r are parentOids[parentStart[r]..parentStart[r + 1]), binary ids back to back. */
    private parentStart;
    private parentOids;
    private parentBytes;
    private authorOf;
    private readonly authors;
    private readonly authorIndex;
    /** Seconds since 1970 where they fit 32 bits (until 2106); NO_TIME where none, else in oddTimes. */
    private timeOf;
    /** Times before 1970 or after 2106 (a commit can claim any), and where the object names none. */
    private readonly oddTimes;
    private tagRows;
    get size(): number;
    /** Adds a commit or tag; an id already held keeps its first entry (an object in two packs). */
    add(meta: CommitMeta): void;
    /** The row of `oid`, or -1. */
    rowOf(oid: string): number;
    has(oid: string): boolean;
    get(oid: string): CommitMeta | undefined;
    oidAt(row: number): string;
    isTag(row: number): boolean;
    /**
     * Every row's parent rows at once, for walks of the whole graph: those of row r are
     * `rows[start[r]..start[r + 1])`. Tags have none here; parents the table does not hold (past a
     * shallow clone's edge) are left out.
     */
    allParentRows(): {
        start: Int32Array;
        rows: Int32Array;
    };
    meta(row: number): CommitMeta;
    private authorId;
    /**
     * Multiply-shift hashing with multipliers drawn for this process: ids are chosen by whoever wrote
     * the commits, and anyone can make thousands of commits whose ids share their low bits (a few
     * hundred thousand tries each), which would make a table keyed by those bits quadratic.
     */
    private slotOf;
    /** The row of the id at `from` in `id` (a whole id by default). */
    private rowOfId;
    private insert;
    /** Room for `rows` rows, the hash table at most three quarters full. */
    private reserve;
}
