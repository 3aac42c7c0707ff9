export type OpenedFormat = 'zip' | 'gzip' | 'tar';
export type ClosedFormat = '7z' | 'rar' | 'xz' | 'bzip2' | 'zstd';
export type ArchiveFormat = OpenedFormat | ClosedFormat;
/**
 * Bytes from the start that decide whether content may be an archive (see gate.ts). Tar is not
 * among them: its magic sits at byte 257, and every tar header holds zero bytes, which the gate
 * passes anyway.
 */
export declare const MAGIC_PREFIX_BYTES = 6;
/** Whether content may be an archive: cheap, and never false for one sniffArchive recognises. */
export declare function mayBeArchive(bytes: Buffer): boolean;
/** A tar header: its checksum (the sum of its bytes, the checksum field read as spaces) holds. */
export declare function isTarHeader(bytes: Buffer, at?: number): boolean;
export declare function sniffArchive(bytes: Buffer): ArchiveFormat | null;
export declare const OPENED: ReadonlySet<ArchiveFormat>;
