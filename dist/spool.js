// Output too large to hold, kept in a file no one else can open: created in a private folder and
// unlinked at once, so it is gone when its descriptor closes, even if the process dies. Read back in
// passes of fixed-size chunks: memory stays flat however long the output is.
import { closeSync, fstatSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const CHUNK_BYTES = 1024 * 1024;
export class Spool {
    fd;
    leftover;
    closed = false;
    constructor(fd, 
    /** Where the file is, when it could not be unlinked while open (Windows): removed on close. */
    leftover) {
        this.fd = fd;
        this.leftover = leftover;
    }
    /** An empty spool, open for writing (by a child process) and reading. */
    static create() {
        const dir = mkdtempSync(join(tmpdir(), 'flora-keyscan-'));
        const file = join(dir, 'spool');
        const fd = openSync(file, 'w+', 0o600);
        try {
            rmSync(dir, { recursive: true });
            return new Spool(fd, null);
        }
        catch {
            return new Spool(fd, dir);
        }
    }
    get size() {
        return fstatSync(this.fd).size;
    }
    /** The whole content at once. */
    readAll() {
        const out = Buffer.allocUnsafe(this.size);
        let done = 0;
        while (done < out.length) {
            const n = readSync(this.fd, out, done, out.length - done, done);
            if (n === 0)
                break;
            done += n;
        }
        return out.subarray(0, done);
    }
    /**
     * Every line (without its newline), as a view valid until the next one. A line longer than a chunk
     * is read whole into a buffer of its own.
     */
    lines() {
        return this.records(10);
    }
    /** Every record ended by `separator` (without it), as `lines()` gives lines. */
    *records(separator) {
        for (const [buffer, end] of this.blocks(separator)) {
            let start = 0;
            for (let at = buffer.indexOf(separator); at !== -1 && at < end;) {
                yield buffer.subarray(start, at);
                start = at + 1;
                at = buffer.indexOf(separator, start);
            }
            if (start < end)
                yield buffer.subarray(start, end);
        }
    }
    /**
     * `records()` without a view per record: `record(buffer, start, end)` for each, the bytes valid
     * until it returns. For output of a million records, where a view each is most of the cost.
     */
    eachRecord(separator, record) {
        for (const [buffer, end] of this.blocks(separator)) {
            let start = 0;
            for (let at = buffer.indexOf(separator); at !== -1 && at < end;) {
                record(buffer, start, at);
                start = at + 1;
                at = buffer.indexOf(separator, start);
            }
            if (start < end)
                record(buffer, start, end);
        }
    }
    /**
     * The content in blocks of whole records: `buffer` up to `end` holds records each ended by
     * `separator`, but for the last block, whose last record may have none. The buffer grows to hold
     * a record longer than a chunk.
     */
    *blocks(separator) {
        let buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        let held = 0; // bytes of a record not yet ended, at the start of `buffer`
        for (let position = 0;;) {
            if (held === buffer.length) {
                const larger = Buffer.allocUnsafe(2 * buffer.length);
                buffer.copy(larger, 0, 0, held);
                buffer = larger;
            }
            const n = readSync(this.fd, buffer, held, buffer.length - held, position);
            position += n;
            const end = held + n;
            if (n === 0) {
                if (end > 0)
                    yield [buffer, end];
                return;
            }
            const whole = end > held ? buffer.lastIndexOf(separator, end - 1) + 1 : 0;
            if (whole > 0)
                yield [buffer, whole];
            buffer.copy(buffer, 0, whole, end);
            held = end - whole;
        }
    }
    /** Frees the file (once; later calls do nothing). */
    close() {
        if (this.closed)
            return;
        this.closed = true;
        closeSync(this.fd);
        if (this.leftover)
            rmSync(this.leftover, { recursive: true, force: true });
    }
}
