// Facts about a repository that a history report states: which refs reach a commit, what HEAD still
// holds, whether there is a remote, whether the clone is shallow.
import { hasCommit, splitNul } from '../git.js';
/** Facts keyed by a secret's old hash move to its new one (`renamed`: old → new). */
export function rekeyFacts(facts, renamed) {
    for (const [from, to] of renamed) {
        if (from in facts.refsBySecret)
            facts.refsBySecret[to] = [
                ...new Set([...(facts.refsBySecret[to] ?? []), ...facts.refsBySecret[from]]),
            ].sort();
        if (from in facts.atHeadBySecret)
            facts.atHeadBySecret[to] = facts.atHeadBySecret[to] || facts.atHeadBySecret[from];
    }
}
export async function isShallow(git) {
    return (await git.text(['rev-parse', '--is-shallow-repository'])) === 'true';
}
export async function hasRemote(git) {
    return (await git.text(['remote'])).length > 0;
}
export async function hasAnyRef(git) {
    return (await git.text(['for-each-ref', '--count=1', '--format=%(refname)'])).length > 0;
}
/** Blob ids in HEAD's tree (empty when there is no HEAD). */
export async function blobsAtHead(git) {
    if (!(await hasCommit(git)))
        return new Set();
    return new Set(splitNul(await git.run(['ls-tree', '-r', '-z', 'HEAD'])).map((e) => e.split('\t')[0].split(' ')[2]));
}
export async function refTips(git) {
    const out = (await git.run(['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)'])).toString('utf8');
    return out
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [ref = '', object = '', peeled] = line.split(' ');
        return { ref, object, commit: peeled || object };
    });
}
/** Commits with their children, and which of them any ref reaches. */
export class CommitGraph {
    index;
    firstChild;
    children;
    reached;
    constructor(index, firstChild, children, reached) {
        this.index = index;
        this.firstChild = firstChild;
        this.children = children;
        this.reached = reached;
    }
    /**
     * From commits and their parents (space-separated): those `tips` reach, or all of them when `tips`
     * is null. Parents not listed (past a shallow clone's edge) are left out.
     */
    static fromParents(commits, tips) {
        const index = new Map();
        const parentLists = [];
        for (const [commit, parents] of commits) {
            index.set(commit, index.size);
            parentLists.push(parents);
        }
        const edges = []; // [parent, child] pairs
        parentLists.forEach((parents, child) => {
            for (const p of parents ? parents.split(' ') : []) {
                const parent = index.get(p);
                if (parent !== undefined)
                    edges.push(parent, child);
            }
        });
        const firstChild = new Int32Array(index.size + 1);
        for (let e = 0; e < edges.length; e += 2)
            firstChild[edges[e] + 1]++;
        for (let c = 0; c < index.size; c++)
            firstChild[c + 1] = firstChild[c + 1] + firstChild[c];
        const children = new Int32Array(edges.length / 2);
        const fill = firstChild.slice(0, index.size);
        for (let e = 0; e < edges.length; e += 2)
            children[fill[edges[e]]++] = edges[e + 1];
        const reached = new Uint8Array(index.size).fill(tips ? 0 : 1);
        const pending = (tips ?? [])
            .map((t) => index.get(t))
            .filter((i) => i !== undefined);
        for (const i of pending)
            reached[i] = 1;
        while (pending.length) {
            const at = pending.pop();
            for (const p of parentLists[at] ? parentLists[at].split(' ') : []) {
                const parent = index.get(p);
                if (parent !== undefined && !reached[parent]) {
                    reached[parent] = 1;
                    pending.push(parent);
                }
            }
        }
        return new CommitGraph(index, firstChild, children, reached);
    }
    /** Every commit any ref reaches, from one `git rev-list --all --parents` (0.7 s on git.git). */
    static async read(git) {
        const lines = (await git.toFile(['rev-list', '--all', '--parents']))
            .toString('latin1')
            .split('\n');
        const space = (line) => (line.indexOf(' ') === -1 ? line.length : line.indexOf(' '));
        return CommitGraph.fromParents(lines
            .filter(Boolean)
            .map((line) => [line.slice(0, space(line)), line.slice(space(line) + 1)]), null);
    }
    /** Whether any ref reaches `commit`. */
    has(commit) {
        const i = this.index.get(commit);
        return i !== undefined && this.reached[i] === 1;
    }
    /** `commit` and every commit built on it. */
    descendants(commit) {
        const start = this.index.get(commit);
        const seen = new Uint8Array(this.index.size);
        if (start === undefined)
            return () => false;
        const pending = [start];
        seen[start] = 1;
        while (pending.length) {
            const at = pending.pop();
            for (let i = this.firstChild[at]; i < this.firstChild[at + 1]; i++) {
                const child = this.children[i];
                if (!seen[child]) {
                    seen[child] = 1;
                    pending.push(child);
                }
            }
        }
        return (c) => {
            const i = this.index.get(c);
            return i !== undefined && seen[i] === 1;
        };
    }
}
/**
 * Which refs reach a commit, or point at a tag object. `git for-each-ref --contains` takes 12 s per
 * commit on git.git (1,000 refs, no commit-graph) and a descendants walk per commit 0.6 s; the commit
 * graph is built once instead.
 */
export class RefReach {
    git;
    tips;
    cache = new Map();
    commits = null;
    constructor(git, tips) {
        this.git = git;
        this.tips = tips;
    }
    /** Uses a graph built from commits already read (a whole-history scan reads them all). */
    useGraph(graph) {
        this.commits = Promise.resolve(graph);
    }
    /** The commit graph, read from git when no graph was given. */
    graph() {
        this.commits ??= CommitGraph.read(this.git);
        return this.commits;
    }
    async refs(object, isTag) {
        const cached = this.cache.get(object);
        if (cached)
            return cached;
        let refs;
        if (isTag)
            refs = this.tips.filter((t) => t.object === object).map((t) => t.ref);
        else {
            const below = (await this.graph()).descendants(object);
            refs = this.tips.filter((t) => below(t.commit)).map((t) => t.ref);
        }
        this.cache.set(object, refs);
        return refs;
    }
}
