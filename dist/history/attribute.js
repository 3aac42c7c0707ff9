// Which commits introduced a blob, and at which path. Run only for blobs that held a secret.
//
// A full `git log --all --find-object` diffs every commit's tree (a minute on git.git), so we first
// learn a path of each blob from git's walk of every tree (walk.ts, which also tells what is
// reachable), then ask a path-limited log. If a candidate's parent already held the blob under another path (a
// rename or copy), that path is added and the log asked again, until the first introduction is found.
import { splitNul } from '../git.js';
import { rawLog } from './rawlog.js';
const INTRODUCING = /^[AMT]/;
const MAX_RENAME_ROUNDS = 6;
function candidates(log, blobs) {
    const out = [];
    for (const c of log)
        for (const ch of c.changes)
            if (blobs.has(ch.newOid) && INTRODUCING.test(ch.status))
                out.push({ c, blob: ch.newOid, path: ch.path });
    return out;
}
/** `rev:path` → object id (or null), many at once through one cat-file process. */
async function lookUp(git, specs) {
    if (specs.length === 0)
        return [];
    const out = (await git.run(['cat-file', '--batch-check=%(objectname)'], specs.join('\n') + '\n'))
        .toString('utf8')
        .split('\n');
    return specs.map((_, i) => (/^[0-9a-f]{40,64}$/.test(out[i] ?? '') ? out[i] : null));
}
/** Paths at which `tree-ish` holds any of `blobs`. */
async function pathsHolding(git, treeish, blobs) {
    const found = new Map();
    for (const entry of splitNul(await git.run(['ls-tree', '-r', '-z', treeish]))) {
        const tab = entry.indexOf('\t');
        const oid = entry.slice(0, tab).split(' ')[2] ?? '';
        if (blobs.has(oid))
            found.set(oid, [...(found.get(oid) ?? []), entry.slice(tab + 1)]);
    }
    return found;
}
/** Drops candidates a merge carried in: another parent already had that blob at that path. */
async function withoutMergeCarried(git, list) {
    const answers = await lookUp(git, list.flatMap(({ c, path }) => c.parents.slice(1).map((p) => `${p}:${path}`)));
    let k = 0;
    return list.filter(({ c, blob }) => !answers.slice(k, (k += c.parents.length - 1)).includes(blob));
}
const introduction = ({ c, blob, path }) => ({
    blob,
    commit: c.commit,
    path,
    author: c.author,
    date: c.date,
});
/**
 * Keeps only true introductions: not carried in by a merge, and not already in the first parent
 * under another path. Reports those other paths, so the caller can look further back.
 */
async function confirm(git, list, blobs) {
    const kept = [];
    const earlierPaths = [];
    const parentCache = new Map();
    for (const candidate of await withoutMergeCarried(git, list)) {
        const { c, blob } = candidate;
        const first = c.parents[0];
        if (first) {
            if (!parentCache.has(first))
                parentCache.set(first, await pathsHolding(git, first, blobs));
            const elsewhere = parentCache.get(first).get(blob);
            if (elsewhere?.length) {
                earlierPaths.push(...elsewhere);
                continue;
            }
        }
        kept.push(introduction(candidate));
    }
    return { kept, earlierPaths };
}
function dedupe(list) {
    const seen = new Set();
    return list.filter((i) => {
        const key = `${i.blob} ${i.commit} ${i.path}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Introductions of reachable blobs, found through path-limited logs of every ref. */
export async function attributeReachable(git, blobs, walk) {
    const known = walk.pathsOf(blobs);
    const targets = new Set(known.keys());
    if (targets.size === 0)
        return [];
    const paths = new Set(known.values());
    const finds = [...targets].map((b) => `--find-object=${b}`);
    let found = [];
    for (let round = 0; round < MAX_RENAME_ROUNDS; round++) {
        const log = await rawLog(git, ['--all', '--', ...paths], finds);
        const { kept, earlierPaths } = await confirm(git, candidates(log, targets), targets);
        found = kept;
        const fresh = earlierPaths.filter((p) => !paths.has(p));
        if (fresh.length === 0)
            break;
        for (const p of fresh)
            paths.add(p);
    }
    return dedupe(found);
}
/** Introductions inside commits no ref reaches (amended, dropped stashes, deleted branches). */
export async function attributeUnreachable(git, blobs, unreachableCommits) {
    if (blobs.size === 0 || unreachableCommits.length === 0)
        return [];
    const finds = [...blobs].map((b) => `--find-object=${b}`);
    const log = await rawLog(git, ['--no-walk', '--stdin', '--'], finds, unreachableCommits.join('\n') + '\n');
    return dedupe((await withoutMergeCarried(git, candidates(log, blobs))).map(introduction));
}
/**
 * Attributes matched blobs while the scan goes on: once git's walk of every tree (started by the
 * history source, side by side with the scan) is done, the blobs matched so far go to one
 * path-limited log, and each time a log finishes, those matched since go to the next.
 */
export class Attributor {
    git;
    walking;
    matched = new Set();
    sent = new Set();
    batches = [];
    walk = null;
    running = null;
    constructor(git, walking) {
        this.git = git;
        this.walking = walking;
        walking.then((walk) => {
            this.walk = walk;
            this.next();
        }, () => { });
    }
    /** A blob that matched: to be attributed as soon as the walk allows. */
    add(blob) {
        this.matched.add(blob);
        this.next();
    }
    get blobs() {
        return this.matched;
    }
    next() {
        if (this.running || !this.walk)
            return;
        const blobs = new Set([...this.matched].filter((b) => !this.sent.has(b)));
        if (blobs.size === 0)
            return;
        for (const b of blobs)
            this.sent.add(b);
        const batch = attributeReachable(this.git, blobs, this.walk);
        this.batches.push(batch);
        this.running = batch
            .then(() => { }, () => { })
            .finally(() => {
            this.running = null;
            this.next();
        });
    }
    /** Waits for the walk and every log: where each matched blob was introduced. */
    async finish() {
        const walk = await this.walking;
        this.walk = walk;
        this.next();
        while (this.running)
            await this.running;
        return { walk, introductions: (await Promise.all(this.batches)).flat() };
    }
}
