export declare class Spool {
    readonly fd: number;
    /** Where the file is, when it could not be unlinked while open (Windows): removed on close. */
    private readonly leftover;
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
    close(): void;
}
