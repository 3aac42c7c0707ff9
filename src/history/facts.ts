// Facts about a repository that a history report states: which refs reach a commit, what HEAD still
// holds, whether there is a remote, whether the clone is shallow.

import { git, gitRaw, hasCommit, splitNul } from '../git.js';

export async function isShallow(root: string): Promise<boolean> {
  return (await git(['rev-parse', '--is-shallow-repository'], root)).toString('utf8').trim() === 'true';
}

export async function hasRemote(root: string): Promise<boolean> {
  return (await git(['remote'], root)).toString('utf8').trim().length > 0;
}

export async function hasAnyRef(root: string): Promise<boolean> {
  return (await git(['for-each-ref', '--count=1', '--format=%(refname)'], root)).toString('utf8').trim().length > 0;
}

/** Blob ids in HEAD's tree (empty when there is no HEAD). */
export async function blobsAtHead(root: string): Promise<Set<string>> {
  if (!(await hasCommit(root))) return new Set();
  return new Set(splitNul(await git(['ls-tree', '-r', '-z', 'HEAD'], root)).map((e) => e.split('\t')[0]!.split(' ')[2]!));
}

export interface RefTip {
  ref: string;
  /** The object the ref points at (a tag object for annotated tags). */
  object: string;
  /** The commit it leads to, tags peeled. */
  commit: string;
}

export async function refTips(root: string): Promise<RefTip[]> {
  const out = (await git(['for-each-ref', '--format=%(refname) %(objectname) %(*objectname)'], root)).toString('utf8');
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [ref = '', object = '', peeled] = line.split(' ');
      return { ref, object, commit: peeled || object };
    });
}

/**
 * Which refs reach a commit, or point at a tag object. `git for-each-ref --contains` takes 12 s per
 * commit on git.git (1,000 refs, no commit-graph); listing the commit's descendants once and matching
 * ref tips against them takes well under one.
 */
export class RefReach {
  private readonly cache = new Map<string, string[]>();
  constructor(private readonly root: string, private readonly tips: RefTip[]) {}

  async refs(object: string, isTag: boolean): Promise<string[]> {
    const cached = this.cache.get(object);
    if (cached) return cached;
    let refs: string[];
    if (isTag) refs = this.tips.filter((t) => t.object === object).map((t) => t.ref);
    else {
      const result = await gitRaw(['rev-list', '--ancestry-path', '--all', `^${object}`], this.root);
      const below = new Set(result.stdout.toString('utf8').split('\n').filter(Boolean));
      below.add(object);
      refs = this.tips.filter((t) => below.has(t.commit)).map((t) => t.ref);
    }
    this.cache.set(object, refs);
    return refs;
  }
}
