// Opens an archive and everything nested in it, to a depth, within one budget per outermost archive:
// total bytes expanded, expansion ratio, entries. Yields each entry to scan with the chain of names
// that leads to it, and names everything it does not read (a cap reached, an encrypted entry, a
// method or format we do not open): nothing is left out silently.
import { gunzipSync } from 'node:zlib';
import { OPENED, sniffArchive } from './sniff.js';
import { tarEntries } from './tar.js';
import { ArchiveError, inflateLimited, readZipEntry, TooLarge, ZIP_METHODS, zipEntries, } from './zip.js';
export const DEFAULT_ARCHIVE_LIMITS = {
    depth: 3,
    maxBytes: 256 * 1024 * 1024,
    maxRatio: 100,
    maxEntries: 100_000,
};
/** Small archives of repetitive text compress far more than 100 to 1: below this, no ratio is a bomb. */
const RATIO_FLOOR_BYTES = 4 * 1024 * 1024;
const mib = (n) => `${Math.round(n / (1024 * 1024))} MiB`;
class Budget {
    limits;
    archiveBytes;
    expanded = 0;
    entries = 0;
    /** Set once a cap is reached: nothing more is read. */
    full = null;
    maxExpanded;
    constructor(limits, archiveBytes) {
        this.limits = limits;
        this.archiveBytes = archiveBytes;
        this.maxExpanded = Math.min(limits.maxBytes, Math.max(RATIO_FLOOR_BYTES, limits.maxRatio * archiveBytes));
    }
    get room() {
        return this.maxExpanded - this.expanded;
    }
    /** Why the byte cap stops an entry: the total, or the ratio (a small archive that expands far). */
    byteCap() {
        return this.maxExpanded === this.limits.maxBytes
            ? `the archive expands past ${mib(this.limits.maxBytes)} in all (cap per archive): not read, nor the entries after it`
            : `the archive expands more than ${this.limits.maxRatio}× its ${this.archiveBytes} bytes (a decompression bomb?): not read, nor the entries after it`;
    }
}
/**
 * The name of what a gzip holds when its header records none: its own name without .gz (.tgz gives
 * .tar). The outermost gzip's entry is named '' instead, the same in every source (history reads
 * blobs before it knows their paths): reports name it from the file's path (report/location.ts).
 */
export function gunzippedName(outer) {
    const base = outer.slice(outer.lastIndexOf('/') + 1);
    if (/\.tgz$/i.test(base))
        return base.slice(0, -4) + '.tar';
    return /\.gz$/i.test(base) && base.length > 3 ? base.slice(0, -3) : `${base} (gunzipped)`;
}
/** The name of what a gzip holds: the name its header records, else from the gzip's name. */
function nameInGzip(bytes, outer) {
    const flags = bytes[3];
    let at = 10;
    if (flags & 4)
        at += 2 + bytes.readUInt16LE(Math.min(at, bytes.length - 2));
    if (flags & 8 && at < bytes.length) {
        const end = bytes.indexOf(0, at);
        if (end !== -1 && end - at <= 1024)
            return bytes.toString('utf8', at, end);
    }
    return outer ? gunzippedName(outer) : '';
}
class Expander {
    budget;
    constructor(budget) {
        this.budget = budget;
    }
    /** An entry's content: scanned as it is, or opened when it is an archive itself. */
    *content(bytes, chain, depth) {
        const format = sniffArchive(bytes);
        if (!format)
            return yield { entry: chain, bytes };
        if (!OPENED.has(format)) {
            yield { entry: chain, bytes };
            return yield { entry: chain, skipped: notOpened(format) };
        }
        if (depth >= this.budget.limits.depth) {
            yield { entry: chain, bytes };
            return yield {
                entry: chain,
                skipped: `a ${format} archive nested deeper than ${this.budget.limits.depth} (--max-archive-depth): not opened`,
            };
        }
        yield { entry: chain, bytes, container: true };
        yield* this.open(bytes, format, chain, depth + 1);
    }
    /** The entries of one archive (depth counts it), or why it could not be read. */
    *open(bytes, format, chain, depth) {
        try {
            if (format === 'zip')
                yield* this.zip(bytes, chain, depth);
            else if (format === 'gzip')
                yield* this.gzip(bytes, chain, depth);
            else
                yield* this.tar(bytes, chain, depth);
        }
        catch (error) {
            if (!(error instanceof ArchiveError))
                throw error;
            yield { entry: chain, skipped: `not a readable ${format} archive: ${error.message}` };
        }
    }
    /** Counts an entry; false (and the reason, once) when the entry cap or a byte cap stops reading. */
    *admit(chain) {
        const budget = this.budget;
        if (budget.full)
            return false;
        if (budget.entries >= budget.limits.maxEntries) {
            budget.full = `more than ${budget.limits.maxEntries} entries (cap per archive): the rest not read`;
            yield { entry: chain, skipped: budget.full };
            return false;
        }
        budget.entries++;
        return true;
    }
    *zip(bytes, chain, depth) {
        const overlap = { first: null, more: 0 };
        yield* this.zipItems(bytes, chain, depth, overlap);
        if (overlap.first) {
            const more = overlap.more ? ` (and ${overlap.more} more entries like it)` : '';
            const skipped = `its data is an earlier entry's: entries overlap${more}, not read again`;
            yield { entry: overlap.first, skipped };
        }
    }
    *zipItems(bytes, chain, depth, overlap) {
        const readAt = new Set();
        for (const entry of zipEntries(bytes)) {
            // A folder holds no data; a name ending in '/' that does is read like any entry.
            if (entry.name.endsWith('/') && entry.compressedSize === 0 && entry.declaredSize === 0)
                continue;
            const here = [...chain, entry.name];
            // Central entries sharing one local header are one entry listed many times (a bomb's trick):
            // named once, all together, at the end.
            if (readAt.has(entry.localOffset)) {
                if (overlap.first)
                    overlap.more++;
                else
                    overlap.first = here;
                continue;
            }
            readAt.add(entry.localOffset);
            if (!(yield* this.admit(here)))
                return;
            const unreadable = entry.encrypted
                ? 'an encrypted zip entry: not read'
                : entry.method !== 0 && entry.method !== 8
                    ? `compressed with ${ZIP_METHODS[entry.method] ?? `method ${entry.method}`}, which flora-keyscan does not read`
                    : null;
            if (unreadable) {
                yield { entry: here, skipped: unreadable };
                continue;
            }
            // Stored entries count too: overlapping ones would otherwise rescan the same bytes for free.
            const read = this.expand(here, () => entry.declaredSize > this.budget.room ? null : readZipEntry(bytes, entry, this.budget.room));
            if (read instanceof Array)
                return yield* read;
            yield* this.content(read, here, depth);
        }
    }
    *gzip(bytes, chain, depth) {
        const name = nameInGzip(bytes, chain[chain.length - 1] ?? '');
        if (!(yield* this.admit([...chain, name])))
            return;
        const read = this.expand([...chain, name], () => inflateLimited(() => gunzipSync(bytes, { maxOutputLength: Math.max(1, this.budget.room) })));
        if (read instanceof Array)
            return yield* read;
        // A .tar.gz is one archive: its files are named right after it. The tar's own bytes are scanned
        // too, for what its entries do not show (padding, after the end blocks, links, long names).
        if (sniffArchive(read) === 'tar') {
            yield { entry: [...chain, name], bytes: read, container: true };
            yield* this.open(read, 'tar', chain, depth);
        }
        else
            yield* this.content(read, [...chain, name], depth);
    }
    *tar(bytes, chain, depth) {
        for (const { name, data } of tarEntries(bytes)) {
            const here = [...chain, name];
            if (!(yield* this.admit(here)))
                return;
            yield* this.content(data, here, depth);
        }
    }
    /**
     * Expands one entry within the budget: its bytes, or (an array) what to report when a byte cap
     * stops it. `read` returns null for an entry that claims more than the room left.
     */
    expand(chain, read) {
        let out;
        try {
            out = read();
        }
        catch (error) {
            if (!(error instanceof TooLarge))
                throw error;
            out = null;
        }
        if (out === null) {
            this.budget.full = this.budget.byteCap();
            return [{ entry: chain, skipped: this.budget.full }];
        }
        this.budget.expanded += out.length;
        return out;
    }
}
export function notOpened(format) {
    return `archive not opened: ${format} is not a format flora-keyscan reads (zip, gzip, tar)`;
}
/**
 * Every entry of the archive `bytes` (of format `format`), nested archives opened to the depth the
 * limits allow. The chains name entries only: the archive itself is the scanned file.
 */
export function* expandArchive(bytes, format, limits) {
    if (!OPENED.has(format))
        return yield { entry: [], skipped: notOpened(format) };
    yield* new Expander(new Budget(limits, bytes.length)).open(bytes, format, [], 1);
}
