export declare const OBJ_COMMIT = 1;
export declare const OBJ_TREE = 2;
export declare const OBJ_BLOB = 3;
export declare const OBJ_TAG = 4;
export declare const TYPE_NAMES: Record<number, 'commit' | 'tree' | 'blob' | 'tag'>;
/** The pack or its index is not something we can read (a format we do not know, or damage). */
export declare class PackFormatError extends Error {
    name: string;
}
/** Offsets in a pack: 4 bytes each while the pack is under 4 GiB, 8 past that. */
type Offsets = Uint32Array | Float64Array;
/**
 * A pack's index (.idx, version 2): its object ids, sorted, and their offsets in the pack. The ids
 * (20 bytes an object) are read from the file when asked for, not held: a single-pack history scan
 * names only its commits and a few blobs. `holdIds()` reads them all into memory where lookups are
 * many (a pack read after others asks each object whether an earlier pack has it). The CRCs are
 * never read; the offsets only until the pack is open.
 */
export declare class PackIndex {
    readonly packPath: string;
    private readonly fd;
    /** The 256 cumulative counts by first byte. */
    private readonly fanout;
    readonly hashBytes: number;
    readonly count: number;
    private offsetTable;
    private ids;
    private readonly idBuffer;
    private constructor();
    /** Reads `pack-*.idx`; throws PackFormatError for anything but a whole version 2 index. */
    static open(idxPath: string, hashBytes: number): PackIndex;
    /** Reads every id into memory, for many lookups; `release()` lets them go. */
    holdIds(): void;
    release(): void;
    get holdsIds(): boolean;
    private closed;
    /** Closes the index file (once: a descriptor closed twice may by then be another file's). */
    close(): void;
    /** Offsets by index position, handed over once (the pack keeps them in its own order). */
    takeOffsets(): Offsets;
    /** The id at `position`: a view valid until the next call. */
    private idAt;
    oidAt(position: number): string;
    /** Index position of `oid` (binary search in the sorted ids, narrowed by the fan-out table), or -1. */
    positionOf(oid: Buffer): number;
    has(oid: Buffer): boolean;
}
/**
 * One pack, its objects in pack order (`k` = position by offset). Bases of offset deltas come before
 * their deltas, so the objects form trees of deltas rooted at whole objects. Held in ~18 bytes an
 * object beside the index's ids: an offset, a header length, a type, the delta tree, an id position.
 */
export declare class Pack {
    readonly index: PackIndex;
    readonly count: number;
    readonly packPath: string;
    /** Offset of each object, in pack order, then the trailer's: object k's data ends at offset[k + 1]. */
    private readonly offset;
    private readonly headerLength;
    /** Type per position (deltas carry the type of the whole object at their chain's root) | DELTA. */
    private readonly kind;
    /** The deltas built on each object, as ranges of `children` (firstChild[k]..firstChild[k+1]). */
    readonly firstChild: Int32Array;
    readonly children: Int32Array;
    private readonly idxPosition;
    private readonly fd;
    private window;
    private windowStart;
    private windowEnd;
    /** Reads every object's header (one sequential pass over the pack); throws PackFormatError. */
    constructor(index: PackIndex);
    close(): void;
    /** The object's type (1 commit … 4 tag); for a delta its chain root's, 0 if that has none. */
    type(k: number): number;
    isDelta(k: number): boolean;
    oid(k: number): string;
    /** For each index position, the object's position in the pack. */
    positionsToK(): Int32Array;
    /** Bytes the object takes in the pack (header aside). */
    packedSize(k: number): number;
    /** The size its header gives: the whole object's, or for a delta the size of its instructions. */
    size(k: number): number;
    /** The object's zlib data, inflated: the whole object, or for a delta its instructions. */
    inflate(k: number): Buffer;
    /** Pack bytes start..end, through a read-ahead window. */
    private read;
    /** One sequential pass over the pack in large reads, parsing each object's header. */
    private readHeaders;
    /** The bases of deltas that name theirs by id ([k, where the id is in the pack] pairs). */
    private resolveRefBases;
    /**
     * A delta's type is its chain root's; a chain that loops (a delta based on itself, or two on each
     * other) or ends without a base has none (0). Each object is walked once: linear in the pack.
     */
    private resolveTypes;
}
/**
 * Inflates zlib data that must give exactly `declared` bytes, and never more: a zlib bomb (data that
 * inflates far beyond what its header says) stops at the declared size, in milliseconds and bounded
 * memory, as an unreadable object. `what` names it in the error.
 */
export declare function inflateBounded(data: Buffer, declared: number, what: () => string): Buffer;
/** Whether `idxPath` starts like a version 2 pack index, the only version this reader knows. */
export declare function isVersion2Index(idxPath: string): boolean;
/**
 * Where a delta's result can hold a keyword its base cannot: the inserted bytes, and the seams between
 * instructions. `edges` collects, in order, every insert and every copy whole, except that a long copy
 * keeps only `reach` bytes at each end around a separator byte: any keyword of up to `reach + 1`
 * bytes in the result either lies inside one copy (so in the base) or is in `edges` unbroken.
 */
export interface DeltaEdges {
    reach: number;
    separator: number;
    buffer: Buffer;
    length: number;
}
/** The target's size as the delta declares it. */
export declare function deltaTargetSize(delta: Buffer): number;
/**
 * Applies `delta` to `base`: into `out` when given (sized deltaTargetSize), and collecting the edges
 * when asked. Throws PackFormatError when the delta does not fit its base.
 */
export declare function applyDelta(base: Buffer, delta: Buffer, out: Buffer | null, edges: DeltaEdges | null): void;
export {};
