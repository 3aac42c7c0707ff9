// Small files of the tree a finding was read from (manifests, env templates), for provider evidence:
// the working tree, the index, or a commit. The repository is untrusted: only regular files are read,
// never through a link, never more than SMALL_FILE_BYTES; anything else is as good as absent.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { commitOf } from '../findings.js';
import { OidList } from '../git.js';
export const SMALL_FILE_BYTES = 1024 * 1024;
export function treeFileKey(file) {
    return `${file.tree}\0${file.path}`;
}
/** A regular file's bytes, or null when it is absent, a link, special, or larger than `limit`. */
export function readSmallFile(path, limit = SMALL_FILE_BYTES) {
    let fd;
    try {
        // Non-blocking, so that a FIFO cannot hang the scan; not through a link at the last step.
        fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    }
    catch {
        return null;
    }
    try {
        const info = fstatSync(fd);
        if (!info.isFile() || info.size > limit)
            return null;
        const bytes = Buffer.allocUnsafe(info.size);
        let filled = 0;
        for (let n = 1; filled < info.size && n > 0; filled += n)
            n = readSync(fd, bytes, filled, info.size - filled, filled);
        return bytes.subarray(0, filled);
    }
    catch {
        return null;
    }
    finally {
        closeSync(fd);
    }
}
/** The working tree under `root`: a file counts only when its folder really is inside `root`. */
export function worktreeFiles(root) {
    let top;
    try {
        top = realpathSync(root);
    }
    catch {
        top = root;
    }
    const inside = (path) => {
        try {
            const folder = realpathSync(dirname(join(top, path)));
            return folder === top || folder.startsWith(top + sep);
        }
        catch {
            return false;
        }
    };
    return {
        treeOf: () => '',
        read: async (wanted) => {
            const out = new Map();
            let total = 0;
            for (const file of wanted) {
                if (total >= TREE_FILES_BUDGET || !inside(file.path))
                    continue;
                const bytes = readSmallFile(join(top, file.path));
                if (!bytes)
                    continue;
                total += bytes.length;
                out.set(treeFileKey(file), { id: `file:${file.path}`, bytes });
            }
            return out;
        },
    };
}
/**
 * Objects named `rev:path` (`:path` for the index), sizes checked before any is read: by name, each
 * blob of at most `limit` bytes (each distinct blob read once, at most `budget` bytes in all), and null
 * for anything else that exists (larger, past the budget, a folder, unreadable). Absent names are left
 * out; so is a name with a line break (cat-file reads one per line).
 */
export async function readRevisionBlobs(git, names, limit, budget = Infinity) {
    const asked = [...new Set(names)].filter((n) => !/[\n\r]/.test(n));
    const out = new Map();
    if (asked.length === 0)
        return out;
    const listing = await git.raw(['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], asked.join('\n') + '\n');
    if (listing.code !== 0)
        return out;
    const namesOf = new Map();
    let total = 0;
    listing.stdout
        .toString('utf8')
        .split('\n')
        .slice(0, asked.length)
        .forEach((line, i) => {
        const [oid = '', type, size] = line.split(' ');
        // "<name> missing" names the path asked for: only a real object id counts.
        if (!/^[0-9a-f]{40,64}$/.test(oid))
            return;
        out.set(asked[i], null);
        if (type !== 'blob' || Number(size) > limit)
            return;
        if (!namesOf.has(oid)) {
            if (total + Number(size) > budget)
                return;
            total += Number(size);
            namesOf.set(oid, []);
        }
        namesOf.get(oid).push(asked[i]);
    });
    // An object git cannot read (corrupt, truncated) is as good as absent; reading goes on.
    for await (const object of git.readObjectsResilient(OidList.of([...namesOf.keys()]))) {
        if (!object.bytes)
            continue;
        const blob = { id: object.oid, bytes: Buffer.from(object.bytes) };
        for (const name of namesOf.get(object.oid) ?? [])
            out.set(name, blob);
    }
    return out;
}
/** Manifests read for one scan, in all: enough for any real repository, a bound for a hostile one. */
const TREE_FILES_BUDGET = 64 * 1024 * 1024;
async function readRevisionFiles(git, wanted) {
    const name = (f) => `${f.tree === ':' ? '' : f.tree}:${f.path}`;
    const blobs = await readRevisionBlobs(git, wanted.map(name), SMALL_FILE_BYTES, TREE_FILES_BUDGET);
    const out = new Map();
    for (const f of wanted) {
        const blob = blobs.get(name(f));
        if (blob)
            out.set(treeFileKey(f), blob);
    }
    return out;
}
/** The index, as the staged scan reads it. */
export function indexFiles(git) {
    return { treeOf: () => ':', read: (wanted) => readRevisionFiles(git, wanted) };
}
/** The commit each finding was attributed to; `fallback` (HEAD) for findings that have none. */
export function commitFiles(git, fallback) {
    return {
        treeOf: (f) => commitOf(f) ?? fallback,
        read: (wanted) => readRevisionFiles(git, wanted),
    };
}
