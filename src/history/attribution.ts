// Raw findings of a whole-history scan (blobs and messages, as the object database holds them) turned
// into attributed ones: each occurrence at the commit that introduced it, with its path, author and
// date; findings in objects no ref reaches counted (or, with --all-objects, kept); and the facts a
// history report states. Returns values; calls git only through the Attributor and the facts.

import { exposureOf, type Provenance, type SecretFinding } from '../findings.js';
import type { Git } from '../git.js';
import { whoAndWhen } from '../sources/object-read.js';
import { attributeUnreachable, type Attributor, type Introduction } from './attribute.js';
import type { CommitTable } from './commit-table.js';
import {
  blobsAtHead,
  CommitGraph,
  hasRemote,
  RefReach,
  type HistoryFacts,
  type RefTip,
} from './facts.js';

export interface HistoryRead {
  git: Git;
  /** Every commit and tag object the scan read. */
  commits: CommitTable;
  tips: RefTip[];
  attributor: Attributor;
  allObjects: boolean;
  shallow: boolean;
}

export interface Attributed {
  findings: SecretFinding[];
  /** Findings only in objects no ref reaches (left out without --all-objects). */
  unreachable: number;
  facts: HistoryFacts;
}

const at = (f: SecretFinding, provenance: Provenance): SecretFinding => ({
  ...f,
  provenance,
  exposure: exposureOf(provenance),
});

function fromIntroduction(f: SecretFinding, i: Introduction): SecretFinding {
  return at(f, {
    kind: 'commit',
    blob: i.blob,
    path: i.path,
    commit: i.commit,
    author: i.author,
    date: i.date,
  });
}

/** A path in a notes tree: the id of the annotated object, maybe fanned out (`ab/cdef…`). */
const NOTE_PATH = /^(?:[0-9a-f]{2}\/)*[0-9a-f]+$/;

/**
 * A blob introduced by a commit only notes refs reach, at a path that is an object id, is a note on
 * that object: named as such, not as a file named by a commit id.
 */
async function noteOrFile(
  f: SecretFinding,
  i: Introduction,
  reach: RefReach,
): Promise<SecretFinding> {
  const annotated = i.path.replace(/\//g, '');
  const refs = NOTE_PATH.test(i.path) ? await reach.refs(i.commit, false) : [];
  if (
    (annotated.length !== 40 && annotated.length !== 64) ||
    refs.length === 0 ||
    !refs.every((r) => r.startsWith('refs/notes/'))
  )
    return fromIntroduction(f, i);
  const { blob, commit, author, date } = i;
  return at(f, { kind: 'note', note: annotated, blob, path: null, commit, author, date });
}

/** Which refs reach what, from the parents of the commits the scan read (no git walk needed). */
async function reachability(
  read: HistoryRead,
): Promise<{ graph: CommitGraph; refReach: RefReach; tags: Set<string> }> {
  const head = (await read.git.raw(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])).stdout
    .toString('utf8')
    .trim();
  const graph = CommitGraph.fromTable(read.commits, [
    ...read.tips.map((t) => t.commit),
    ...(head ? [head] : []),
  ]);
  const refReach = new RefReach(read.git, read.tips);
  refReach.useGraph(graph);
  const tags = new Set<string>();
  for (let row = 0; row < read.commits.size; row++)
    if (read.commits.isTag(row)) tags.add(read.commits.oidAt(row));
  return { graph, refReach, tags };
}

/** Attributes every raw finding of a whole-history scan. */
export async function attributeHistory(
  raw: SecretFinding[],
  read: HistoryRead,
): Promise<Attributed> {
  // Nothing found: no graph to build (0.6 s for git.git's 200k commits), no HEAD to list.
  if (raw.length === 0) {
    const facts = { refsBySecret: {}, atHeadBySecret: {}, shallow: read.shallow };
    return {
      findings: [],
      unreachable: 0,
      facts: { ...facts, hasRemote: await hasRemote(read.git) },
    };
  }
  const { graph, refReach, tags } = await reachability(read);
  const { walk, introductions } = await read.attributor.finish();
  if (read.allObjects) {
    const unreachableCommits: string[] = [];
    for (let row = 0; row < read.commits.size; row++) {
      const oid = read.commits.oidAt(row);
      if (!read.commits.isTag(row) && !graph.has(oid)) unreachableCommits.push(oid);
    }
    introductions.push(
      ...(await attributeUnreachable(read.git, new Set(read.attributor.blobs), unreachableCommits)),
    );
  }
  const byBlob = new Map<string, Introduction[]>();
  for (const i of introductions) byBlob.set(i.blob, [...(byBlob.get(i.blob) ?? []), i]);
  const findings: SecretFinding[] = [];
  const blobPaths = walk.pathsOf(
    new Set(raw.flatMap((f) => (f.provenance.kind === 'blob' ? [f.provenance.blob] : []))),
  );
  let unreachable = 0;
  for (const f of raw) {
    const p = f.provenance;
    if (p.kind === 'message') {
      const reached = tags.has(p.commit)
        ? (await refReach.refs(p.commit, true)).length > 0
        : graph.has(p.commit);
      const meta = read.commits.get(p.commit);
      if (reached || read.allObjects) findings.push(at(f, { ...p, ...whoAndWhen(meta) }));
      else unreachable++;
    } else if (p.kind === 'blob') {
      const intros = byBlob.get(p.blob);
      const path = blobPaths.get(p.blob);
      if (intros?.length) for (const i of intros) findings.push(await noteOrFile(f, i, refReach));
      else if (read.allObjects)
        findings.push(f); // in no commit we can find: the blob id is all we have
      else if (path !== undefined) findings.push(at(f, { ...p, path }));
      else unreachable++;
    } else {
      findings.push(f); // a key in a file name: the name is where it is
    }
  }
  return {
    findings,
    unreachable,
    facts: await gatherFacts(read.git, findings, tags, refReach, read.shallow),
  };
}

/** Which refs reach each secret, whether HEAD still holds it, whether there is a remote. */
export async function gatherFacts(
  git: Git,
  findings: SecretFinding[],
  tags: Set<string>,
  reach: RefReach,
  shallow: boolean,
): Promise<HistoryFacts> {
  const remote = hasRemote(git);
  const headBlobs = await blobsAtHead(git);
  const refsBySecret: Record<string, string[]> = {};
  const atHeadBySecret: Record<string, boolean> = {};
  for (const f of findings) {
    const p = f.provenance;
    const refs = new Set(refsBySecret[f.secretSha256] ?? []);
    const commit =
      p.kind === 'commit' || p.kind === 'message' || p.kind === 'note' ? p.commit : null;
    if (commit) for (const r of await reach.refs(commit, tags.has(commit))) refs.add(r);
    if (p.kind === 'ref') refs.add(p.ref); // the name is where the ref is: pushed if remote-tracking
    refsBySecret[f.secretSha256] = [...refs].sort();
    // "At HEAD" means in HEAD's files; a message stays in history, which the refs say.
    const atHead = (p.kind === 'commit' || p.kind === 'blob') && headBlobs.has(p.blob);
    atHeadBySecret[f.secretSha256] = (atHeadBySecret[f.secretSha256] ?? false) || atHead;
  }
  return { refsBySecret, atHeadBySecret, hasRemote: await remote, shallow };
}

/** The facts narrowed to the secrets still reported (after ignore entries and allowlists). */
export function factsFor(facts: HistoryFacts, kept: Set<string>): HistoryFacts {
  const pick = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).filter(([sha]) => kept.has(sha)));
  return {
    ...facts,
    refsBySecret: pick(facts.refsBySecret),
    atHeadBySecret: pick(facts.atHeadBySecret),
  };
}
