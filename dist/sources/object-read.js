// The object database as content for the engine: every blob, and every commit's and annotated tag's
// message, read once, from the pack files and loose objects directly (readStore, see object-store.ts)
// or, where that reader does not apply, streamed from one `git cat-file --batch` process
// (readThroughGit). Who made each commit or tag, when, and its parents arrive as items of their own.
import { OidList } from '../git.js';
import { isoUtcSeconds } from '../time.js';
import { ObjectStore, } from './object-store.js';
import { readInThreads } from './parallel-store.js';
/** A commit's or tag's author and date (ISO 8601, UTC) for a finding's provenance. */
export function whoAndWhen(meta) {
    return { author: meta?.author, date: meta?.time != null ? isoUtcSeconds(meta.time) : undefined };
}
/** Lists every object in the database, packed or loose, reachable or not. */
export async function listAllObjects(git) {
    const listing = await git.run([
        'cat-file',
        '--batch-all-objects',
        '--unordered',
        '--batch-check=%(objectname) %(objecttype) %(objectsize)',
    ]);
    // Parsed as bytes, in place: "<oid> <type> <size>\n" lines become "<oid>\n" lines of the same buffer.
    const starts = new Uint32Array(listing.length / 46 + 1);
    let count = 0;
    let bytes = 0;
    let write = 0;
    for (let line = 0; line < listing.length;) {
        const end = listing.indexOf(10, line);
        const stop = end === -1 ? listing.length : end;
        const space = listing.indexOf(32, line);
        const space2 = listing.indexOf(32, space + 1);
        if (space !== -1 && space < stop && listing.toString('latin1', space + 1, space2) !== 'tree') {
            starts[count++] = write;
            listing.copy(listing, write, line, space);
            write += space - line;
            listing[write++] = 10;
            bytes += Number(listing.toString('latin1', space2 + 1, stop));
        }
        line = stop + 1;
    }
    return {
        oids: OidList.fromLines(listing.subarray(0, write), starts.subarray(0, count), count),
        bytes,
    };
}
/**
 * What a commit or tag object says: who, when, its parents, its header (author, committer and tagger
 * lines, an embedded merged tag) and the message (after the header's blank line).
 */
export function parseCommitLike(oid, bytes, isTag) {
    const split = bytes.indexOf('\n\n');
    const headerBytes = bytes.subarray(0, split === -1 ? bytes.length : split);
    const header = headerBytes.toString('utf8');
    const message = split === -1 ? Buffer.alloc(0) : bytes.subarray(split + 2);
    const who = /^(?:author|tagger) (.*) <[^>]*> (\d+) ([+-]\d{4})$/m.exec(header);
    const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]).join(' ');
    return {
        meta: { oid, author: who?.[1] ?? '', time: who ? Number(who[2]) : null, parents, isTag },
        header: headerBytes,
        message,
    };
}
function* messageItems(oid, type, bytes) {
    const { meta, header, message } = parseCommitLike(oid, bytes, type === 'tag');
    yield { commit: meta };
    yield { provenance: { kind: 'message', commit: oid, objectType: type }, bytes: message };
    // Who made it is written by whoever made it: a key pasted as a name or an e-mail address.
    yield {
        provenance: { kind: 'message', commit: oid, objectType: type, part: 'header' },
        bytes: header,
    };
}
function storedObjects(location, gate, threads, total, ledger) {
    // Threads read shares of every pack: ledgers are kept and used by a single reader only.
    if (threads > 1)
        return {
            objects: readInThreads(location, gate, threads, (n) => (total.objects = n)),
            close: () => { },
            finished: () => { },
        };
    const store = ObjectStore.open(location);
    if (ledger)
        store.useLedger(ledger.earlier);
    const objects = (function* () {
        for (const object of store.objects(gate)) {
            total.objects ||= store.total() ?? 0;
            yield object;
        }
    })();
    return {
        objects,
        close: () => store.close(),
        finished: () => {
            const kept = store.ledger();
            if (kept && ledger)
                ledger.keep(kept);
        },
    };
}
/**
 * Every blob, commit and tag of the object database read in-process (sources/object-store.ts), by
 * `threads` threads: blobs the gate proves clean arrive counted, not one by one.
 */
export async function* readStore(location, gate, threads, progress, ledger) {
    const done = { objects: 0, bytes: 0 };
    const total = { objects: 0, bytes: 0 };
    const { objects, close, finished } = storedObjects(location, gate, threads, total, ledger);
    let turn = performance.now();
    let free = { objects: 0, bytes: 0 };
    const takeFree = () => {
        const item = { provenFree: free };
        free = { objects: 0, bytes: 0 };
        return item;
    };
    try {
        for await (const object of objects) {
            const count = 'provenFree' in object ? (object.count ?? 1) : 1;
            done.objects += count;
            done.bytes += object.size;
            if (done.objects % 256 === 0 && performance.now() - turn > 20) {
                // Reading in this thread is synchronous: let the event loop serve the git processes running
                // alongside (the attribution's tree walk) and Ctrl-C, a few times a second.
                if (free.objects)
                    yield takeFree();
                await new Promise((resolve) => setImmediate(resolve));
                turn = performance.now();
                progress?.(done, total);
            }
            if ('provenFree' in object) {
                free.objects += count;
                free.bytes += object.size;
                continue;
            }
            const provenance = { kind: 'blob', blob: object.oid, path: null };
            if ('error' in object)
                yield { provenance, unreadable: object.error };
            else if (object.type === 'blob')
                yield { provenance, bytes: object.bytes };
            else
                yield* messageItems(object.oid, object.type, object.bytes);
        }
        if (free.objects)
            yield takeFree();
        finished();
    }
    finally {
        close();
    }
    // Loose trees are counted ahead (telling them apart would mean reading them): now the total is known.
    total.objects = done.objects;
    progress?.(done, total);
}
/** Every listed object through `git cat-file --batch`: blobs as they are, commits and tags as their message. */
export async function* readThroughGit(git, list, progress) {
    const done = { objects: 0, bytes: 0 };
    const total = { objects: list.oids.length, bytes: list.bytes };
    for await (const object of git.readObjectsResilient(list.oids)) {
        done.objects++;
        done.bytes += object.bytes?.length ?? 0;
        if (done.objects % 2000 === 0)
            progress?.(done, total);
        const provenance = { kind: 'blob', blob: object.oid, path: null };
        // A partial clone's object git would have to download: named, not fetched.
        if (object.type === 'missing')
            yield { provenance, missing: 'not in this repository' };
        else if (!object.bytes)
            yield {
                provenance,
                unreadable: object.error ?? `git object ${object.oid} is ${object.type}`,
            };
        else if (object.type === 'blob')
            yield { provenance, bytes: object.bytes };
        else if (object.type === 'commit' || object.type === 'tag')
            yield* messageItems(object.oid, object.type, object.bytes);
    }
    progress?.(done, total);
}
