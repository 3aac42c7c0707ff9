export declare const OBJ_COMMIT = 1;
export declare const OBJ_TREE = 2;
export declare const OBJ_TAG = 4;
export declare const TYPE_NAMES: Record<number, 'commit' | 'tree' | 'blob' | 'tag'>;
/** The pack or its index is not something we can read (a format we do not know, or damage). */
export declare class PackFormatError extends Error {
    name: string;
}
/** A pack's index (.idx, version 2): its object ids, sorted, and their offsets in the pack. */
export declare class PackIndex {
    readonly packPath: string;
    readonly buffer: Buffer;
    readonly hashBytes: number;
    readonly count: number;
    readonly oidsAt: number;
    private readonly offsetsAt;
    private constructor();
    /** Reads `pack-*.idx`; throws PackFormatError for anything but a whole version 2 index. */
    static open(idxPath: string, hashBytes: number): PackIndex;
    /** Offsets by index position. Packs over 2 GiB keep large offsets in a second table, flagged by the high bit. */
    offsets(): Float64Array;
    oidAt(position: number): string;
    /** Index position of `oid` (binary search in the sorted ids, narrowed by the fan-out table), or -1. */
    positionOf(oid: Buffer): number;
    has(oid: Buffer): boolean;
}
/**
 * One pack, its objects in pack order (`k` = position by offset). Bases of offset deltas come before
 * their deltas, so the objects form trees of deltas rooted at whole objects.
 */
export declare class Pack {
    readonly index: PackIndex;
    readonly count: number;
    readonly packPath: string;
    /** Object type per position; deltas carry the type of the whole object at their chain's root. */
    readonly type: Uint8Array;
    readonly size: Float64Array;
    /** Position of each delta's base, -1 for whole objects and for bases missing from this pack. */
    readonly base: Int32Array;
    readonly isDelta: Uint8Array;
    /** The deltas built on each object, as ranges of `children` (firstChild[k]..firstChild[k+1]). */
    readonly firstChild: Int32Array;
    readonly children: Int32Array;
    private readonly dataStart;
    private readonly dataEnd;
    private readonly idxPosition;
    private readonly fd;
    private window;
    private windowStart;
    private windowEnd;
    /** Reads every object's header (one sequential pass over the pack); throws PackFormatError. */
    constructor(index: PackIndex);
    close(): void;
    oid(k: number): string;
    /** Bytes the object takes in the pack (header aside). */
    packedSize(k: number): number;
    /** The object's zlib data, inflated: the whole object, or for a delta its instructions. */
    inflate(k: number): Buffer;
    /** One sequential pass over the pack in large reads, parsing each object's header. */
    private readHeaders;
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
