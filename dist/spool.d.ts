export declare class Spool {
    readonly fd: number;
    /** Where the file is, when it could not be unlinked while open (Windows): removed on close. */
    private readonly leftover;
    private closed;
    private constructor();
    /** An empty spool, open for writing (by a child process) and reading. */
    static create(): Spool;
    get size(): number;
    /** The whole content at once. */
    readAll(): Buffer;
    /**
     * Every line (without its newline), as a view valid until the next one. A line longer than a chunk
     * is read whole into a buffer of its own.
     */
    lines(): Generator<Buffer>;
    /** Every record ended by `separator` (without it), as `lines()` gives lines. */
    records(separator: number): Generator<Buffer>;
    /**
     * `records()` without a view per record: `record(buffer, start, end)` for each, the bytes valid
     * until it returns. For output of a million records, where a view each is most of the cost.
     */
    eachRecord(separator: number, record: (buffer: Buffer, start: number, end: number) => void): void;
    /**
     * The content in blocks of whole records: `buffer` up to `end` holds records each ended by
     * `separator`, but for the last block, whose last record may have none. The buffer grows to hold
     * a record longer than a chunk.
     */
    private blocks;
    /** Frees the file (once; later calls do nothing). */
    close(): void;
}
