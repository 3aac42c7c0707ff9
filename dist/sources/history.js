// The whole history: every blob, commit message and tag message in the object database, read once;
// findings are then attributed to the commits that introduced them (history/attribution.ts). With
// --all-objects, objects no ref reaches count too. Git's walk of every tree runs side by side with
// the scan: it gives blob paths for attribution, every file name (a key can be one), and the objects
// a partial clone lacks, which are named, never fetched (unless --fetch-missing asks first).
import { GitError, hasCommit } from '../git.js';
import { Attributor } from '../history/attribute.js';
import { CommitTable } from '../history/commit-table.js';
import { attributeHistory } from '../history/attribution.js';
import { hasAnyRef, isShallow, refTips } from '../history/facts.js';
import { fetchMissing, missingWarning, partialClone, } from '../history/partial.js';
import { Walk } from '../history/walk.js';
import { locateObjectStore } from './object-store.js';
import { listAllObjects, readStore, readThroughGit } from './object-read.js';
import { commitFiles } from './tree-files.js';
import { exposeHistory } from '../exposure.js';
export const SHALLOW_WARNING = 'this is a shallow clone: history before its first commit was not scanned. Run git fetch --unshallow (or clone without --depth) for a full audit.';
const NO_COMMITS = 'the repository has no commits yet: there is no history to scan (flora-keyscan staged checks what you are about to commit).';
/** `first`, then what `then` gives once `first` is done, without a generator in between (a hop per item costs). */
function concat(first, then) {
    return {
        [Symbol.asyncIterator]() {
            const head = first[Symbol.asyncIterator]();
            let tail = null;
            return {
                async next() {
                    if (tail === null) {
                        const step = await head.next();
                        if (!step.done)
                            return step;
                        tail = await then();
                    }
                    return tail.length
                        ? { done: false, value: tail.shift() }
                        : { done: true, value: undefined };
                },
                async return() {
                    await head.return?.();
                    return { done: true, value: undefined };
                },
            };
        },
    };
}
/**
 * After the objects: what the walk found missing, every file name, and every ref's name (branches,
 * tags, notes, remote-tracking refs: names anyone can give, pushed along with what they point at).
 */
async function afterTheObjects(walking, tips) {
    const walk = await walking;
    const missing = walk.missing.map((oid) => ({
        provenance: { kind: 'blob', blob: oid, path: null },
        missing: 'not in this repository',
    }));
    const refs = tips.map(({ ref }) => ({
        provenance: { kind: 'ref', ref, path: null },
        bytes: Buffer.from(ref),
    }));
    return [...missing, ...refs, { paths: walk.paths() }];
}
function settleWarnings(unreachable, walk, partial) {
    const out = [];
    if (unreachable)
        out.push(`${unreachable} more finding${unreachable === 1 ? ' is' : 's are'} in objects no ref reaches (amended commits, deleted branches, dropped stashes): run with --all-objects to see them.`);
    if (walk.missing.length)
        out.push(missingWarning(walk.missing.length, partial));
    return out;
}
function notAttributed(raw, why) {
    return {
        findings: raw,
        warnings: [`${why}: findings are named by blob id, not attributed to commits.`],
        incomplete: true,
    };
}
/** The commit each finding is in; an unreachable blob has none, and HEAD's tree is the best guess. */
async function historyTree(git) {
    return commitFiles(git, (await hasCommit(git)) ? 'HEAD' : null);
}
async function settleWith(raw, read, walk, partial) {
    const unattributed = (why) => notAttributed(raw, why);
    if (walk.error)
        return unattributed(`git could not walk the history (${walk.error})`);
    try {
        const attributed = await attributeHistory(raw, read);
        await exposeHistory(read.git, attributed.findings, attributed.facts);
        return {
            findings: attributed.findings,
            warnings: settleWarnings(attributed.unreachable, walk, partial),
            facts: attributed.facts,
        };
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        return unattributed(`attributing the findings failed (${error.message})`);
    }
}
export async function historySource(git, options) {
    const shallow = await isShallow(git);
    const empty = !options.allObjects && !(await hasAnyRef(git));
    const tips = await refTips(git);
    const partial = await partialClone(git);
    const commits = new CommitTable();
    let walking = Promise.resolve(Walk.empty());
    let attributor = null;
    async function items(context) {
        if (empty)
            return (async function* () { })();
        walking = Walk.run(git);
        void walking.then(() => context.phase?.('walked every tree'));
        if (options.fetchMissing && partial) {
            const before = await walking;
            await fetchMissing(git, partial, before.missing);
            before.close();
            walking = Walk.run(git);
        }
        attributor = new Attributor(git, walking, options.cores > options.threads);
        // The object database read in-process when we can (much faster), else through git.
        const store = await locateObjectStore(git, options.env);
        context.phase?.(store ? 'opened the object store' : 'listing objects');
        const read = store
            ? readStore(store, context.gate, options.threads, context.progress, options.ledger)
            : readThroughGit(git, await listAllObjects(git), context.progress);
        const after = () => (context.phase?.('read every object'), afterTheObjects(walking, tips));
        return concat(read, after);
    }
    async function settle(raw) {
        if (empty || !attributor)
            return { findings: raw, warnings: [] };
        const read = { git, commits, tips, attributor, allObjects: options.allObjects, shallow };
        return settleWith(raw, read, await walking, partial);
    }
    /** Called by the pipeline after settling, or after a failed scan: git's log may still run. */
    function close() {
        attributor?.close();
        void walking.then((walk) => walk.close());
    }
    return {
        mode: options.allObjects ? 'all-objects' : 'history',
        scope: `${options.allObjects ? 'every object in the repository' : 'history (every ref)'} of ${git.dir}`,
        root: git.dir,
        exposure: 'history',
        tree: await historyTree(git),
        warnings: [...(shallow ? [SHALLOW_WARNING] : []), ...(empty ? [NO_COMMITS] : [])],
        items,
        onCommit: (meta) => commits.add(meta),
        onFinding(f) {
            if (f.provenance.kind === 'blob')
                attributor?.add(f.provenance.blob);
        },
        settle,
        close,
    };
}
