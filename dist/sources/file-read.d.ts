import type { ContentGate } from '../scan/gate.js';
import type { SourceItem } from './source.js';
export declare function readChunks(path: string): Generator<Buffer>;
/**
 * Reads one file. Synchronous on purpose: for thousands of small files sync reads are several times
 * faster than the promise API, and a CLI has nothing else to do meanwhile.
 */
export declare function readFileItem(root: string, path: string, maxFileSize: number, 
/** Where to read `size` bytes: a fresh buffer unless given. */
bufferFor?: (size: number) => Buffer): SourceItem | null;
/**
 * Reads files into one reused buffer (fresh memory for every file cost a page fault per 4 KiB: a
 * third of the time spent reading an npm tree) and proves most of them free with the gate: those are
 * only counted; the bytes of the rest are copied out, theirs to keep.
 */
export declare class GatedReader {
    private readonly root;
    private readonly maxFileSize;
    private readonly gate;
    private scratch;
    constructor(root: string, maxFileSize: number, gate: ContentGate);
    /** The file as an item, or `{ freeBytes }` when the engine would find nothing in it; null: gone. */
    read(path: string): SourceItem | {
        freeBytes: number;
    } | null;
    private room;
}
