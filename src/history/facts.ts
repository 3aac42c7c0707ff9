// Facts about a repository that a history report states: which refs reach a commit, what HEAD still
// holds, whether there is a remote, whether the clone is shallow.

import { hasCommit, splitNul, type Git } from '../git.js';

/** Extra facts about a history scan, in its report. */
export interface HistoryFacts {
  /** secretSha256 → refs whose history reaches a commit holding it. */
  refsBySecret: Record<string, string[]>;
  /** secretSha256 → whether HEAD's tree still holds it. */
  atHeadBySecret: Record<string, boolean>;
  hasRemote: boolean;
  shallow: boolean;
}

/** Facts keyed by a secret's old hash move to its new one (`renamed`: old → new). */
export function rekeyFacts(facts: HistoryFacts, renamed: ReadonlyMap<string, string>): void {
  for (const [from, to] of renamed) {
    if (from in facts.refsBySecret)
      facts.refsBySecret[to] = [
        ...new Set([...(facts.refsBySecret[to] ?? []), ...facts.refsBySecret[from]!]),
      ].sort();
    if (from in facts.atHeadBySecret)
      facts.atHeadBySecret[to] = facts.atHeadBySecret[to] || facts.atHeadBySecret[from]!;
  }
}

export async function isShallow(git: Git): Promise<boolean> {
  return (await git.text(['rev-parse', '--is-shallow-repository'])) === 'true';
}

export async function hasRemote(git: Git): Promise<boolean> {
  return (await git.text(['remote'])).length > 0;
}

export async function hasAnyRef(git: Git): Promise<boolean> {
  return (await git.text(['for-each-ref', '--count=1', '--format=%(refname)'])).length > 0;
}

/** Blob ids in HEAD's tree (empty when there is no HEAD). */
export async function blobsAtHead(git: Git): Promise<Set<string>> {
  if (!(await hasCommit(git))) return new Set();
  return new Set(
    splitNul(await git.run(['ls-tree', '-r', '-z', 'HEAD'])).map(
      (e) => e.split('\t')[0]!.split(' ')[2]!,
    ),
  );
}

export interface RefTip {
  ref: string;
  /** The object the ref points at (a tag object for annotated tags). */
  object: string;
  /** The commit it leads to, tags peeled. */
  commit: string;
}

export async function refTips(git: Git): Promise<RefTip[]> {
  const out = (
    await git.run(['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)'])
  ).toString('utf8');
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
  private constructor(
    private readonly index: Map<string, number>,
    private readonly firstChild: Int32Array,
    private readonly children: Int32Array,
    private readonly reached: Uint8Array,
  ) {}

  /**
   * From commits and their parents (space-separated): those `tips` reach, or all of them when `tips`
   * is null. Parents not listed (past a shallow clone's edge) are left out.
   */
  static fromParents(commits: Iterable<[string, string]>, tips: string[] | null): CommitGraph {
    const index = new Map<string, number>();
    const parentLists: string[] = [];
    for (const [commit, parents] of commits) {
      index.set(commit, index.size);
      parentLists.push(parents);
    }
    const edges: number[] = []; // [parent, child] pairs
    parentLists.forEach((parents, child) => {
      for (const p of parents ? parents.split(' ') : []) {
        const parent = index.get(p);
        if (parent !== undefined) edges.push(parent, child);
      }
    });
    const firstChild = new Int32Array(index.size + 1);
    for (let e = 0; e < edges.length; e += 2) firstChild[edges[e]! + 1]!++;
    for (let c = 0; c < index.size; c++) firstChild[c + 1] = firstChild[c + 1]! + firstChild[c]!;
    const children = new Int32Array(edges.length / 2);
    const fill = firstChild.slice(0, index.size);
    for (let e = 0; e < edges.length; e += 2) children[fill[edges[e]!]!++] = edges[e + 1]!;
    const reached = new Uint8Array(index.size).fill(tips ? 0 : 1);
    const pending = (tips ?? [])
      .map((t) => index.get(t))
      .filter((i): i is number => i !== undefined);
    for (const i of pending) reached[i] = 1;
    while (pending.length) {
      const at = pending.pop()!;
      for (const p of parentLists[at] ? parentLists[at]!.split(' ') : []) {
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
  static async read(git: Git): Promise<CommitGraph> {
    const lines = (await git.toFile(['rev-list', '--all', '--parents']))
      .toString('latin1')
      .split('\n');
    const space = (line: string) => (line.indexOf(' ') === -1 ? line.length : line.indexOf(' '));
    return CommitGraph.fromParents(
      lines
        .filter(Boolean)
        .map((line) => [line.slice(0, space(line)), line.slice(space(line) + 1)]),
      null,
    );
  }

  /** Whether any ref reaches `commit`. */
  has(commit: string): boolean {
    const i = this.index.get(commit);
    return i !== undefined && this.reached[i] === 1;
  }

  /** `commit` and every commit built on it. */
  descendants(commit: string): (c: string) => boolean {
    const start = this.index.get(commit);
    const seen = new Uint8Array(this.index.size);
    if (start === undefined) return () => false;
    const pending = [start];
    seen[start] = 1;
    while (pending.length) {
      const at = pending.pop()!;
      for (let i = this.firstChild[at]!; i < this.firstChild[at + 1]!; i++) {
        const child = this.children[i]!;
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
  private readonly cache = new Map<string, string[]>();
  private commits: Promise<CommitGraph> | null = null;
  constructor(
    private readonly git: Git,
    private readonly tips: RefTip[],
  ) {}

  /** Uses a graph built from commits already read (a whole-history scan reads them all). */
  useGraph(graph: CommitGraph): void {
    this.commits = Promise.resolve(graph);
  }

  /** The commit graph, read from git when no graph was given. */
  graph(): Promise<CommitGraph> {
    this.commits ??= CommitGraph.read(this.git);
    return this.commits;
  }

  async refs(object: string, isTag: boolean): Promise<string[]> {
    const cached = this.cache.get(object);
    if (cached) return cached;
    let refs: string[];
    if (isTag) refs = this.tips.filter((t) => t.object === object).map((t) => t.ref);
    else {
      const below = (await this.graph()).descendants(object);
      refs = this.tips.filter((t) => below(t.commit)).map((t) => t.ref);
    }
    this.cache.set(object, refs);
    return refs;
  }
}
