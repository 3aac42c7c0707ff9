export declare class ArchiveError extends Error {
}
/** zlib's answer when the output would pass maxOutputLength. */
export declare class TooLarge extends Error {
}
export interface ZipEntry {
    name: string;
    method: number;
    encrypted: boolean;
    compressedSize: number;
    /** What the zip says it expands to: a claim, checked against the budget before inflating. */
    declaredSize: number;
    localOffset: number;
}
/** The entries, in the order the central directory lists them. */
export declare function zipEntries(bytes: Buffer): Generator<ZipEntry>;
/** An entry's bytes, at most `maxOutput` of them (else TooLarge). Stored and deflated entries only. */
export declare function readZipEntry(bytes: Buffer, entry: ZipEntry, maxOutput: number): Buffer;
/** Runs a zlib call bounded by maxOutputLength, telling a cap reached from corrupt data. */
export declare function inflateLimited(inflate: () => Buffer): Buffer;
export declare const ZIP_METHODS: Record<number, string>;
