import { type ArchiveLimits } from '../archive/expand.js';
import { type ArchiveFormat } from '../archive/sniff.js';
import type { Provenance } from '../findings.js';
import type { ScanOutcome } from './engine.js';
/** What the engine learnt of an archive: counted and named in the report (see run.ts). */
export interface ArchiveSummary {
    format: ArchiveFormat;
    /** False for a format we do not open, and for an archive we could not read at all. */
    opened: boolean;
    /** Entries scanned, nested ones included. */
    entries: number;
    /** What was not read, by its chain of entries (empty: the archive itself), and why. */
    skipped: {
        entry: string[];
        reason: string;
    }[];
}
type ScanContent = (bytes: Buffer, provenance: Provenance) => ScanOutcome;
/** The format of content to open as an archive, or null. Names and messages are never archives. */
export declare function archiveFormat(bytes: Buffer, provenance: Provenance): ArchiveFormat | null;
export declare function scanArchive(bytes: Buffer, format: ArchiveFormat, provenance: Provenance, limits: ArchiveLimits, scanContent: ScanContent): ScanOutcome;
/** An archive streamed as it is: a format we do not open, or one larger than we hold. */
export declare function unopened(format: ArchiveFormat, maxBytes: number): ArchiveSummary;
export type Held = {
    whole: Buffer;
} | {
    rest: Iterable<Buffer>;
    format: ArchiveFormat | null;
};
/**
 * Content that arrives in chunks: held whole when it is an archive we open and no larger than
 * `maxBytes` (to be opened), else given back to be scanned chunk by chunk, with its format if it is
 * an archive (named as not opened).
 */
export declare function holdArchive(chunks: Iterable<Buffer>, maxBytes: number): Held;
export {};
