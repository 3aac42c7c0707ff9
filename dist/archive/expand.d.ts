import { type ArchiveFormat } from './sniff.js';
export interface ArchiveLimits {
    /** How many archives deep to open: 1 opens only the outermost; 0 opens none. */
    depth: number;
    /** Bytes all entries of one outermost archive may expand to, in all. */
    maxBytes: number;
    /** Expanded bytes per byte of the outermost archive, past RATIO_FLOOR_BYTES. */
    maxRatio: number;
    /** Entries read from one outermost archive, nested ones included. */
    maxEntries: number;
}
export declare const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits;
export type ArchiveItem = 
/** Content to scan: an entry, or (`container`) a nested archive's own bytes. */
{
    entry: string[];
    bytes: Buffer;
    container?: true;
}
/** Something not read, and why. */
 | {
    entry: string[];
    skipped: string;
};
/**
 * The name of what a gzip holds when its header records none: its own name without .gz (.tgz gives
 * .tar). The outermost gzip's entry is named '' instead, the same in every source (history reads
 * blobs before it knows their paths): reports name it from the file's path (report/location.ts).
 */
export declare function gunzippedName(outer: string): string;
export declare function notOpened(format: ArchiveFormat): string;
/**
 * Every entry of the archive `bytes` (of format `format`), nested archives opened to the depth the
 * limits allow. The chains name entries only: the archive itself is the scanned file.
 */
export declare function expandArchive(bytes: Buffer, format: ArchiveFormat, limits: ArchiveLimits): Generator<ArchiveItem>;
