// The whole history: every blob, commit message and tag message in the object database, read once;
// findings are then attributed to the commits that introduced them (history/attribution.ts). With
// --all-objects, objects no ref reaches count too. Git's walk of every tree runs side by side with
// the scan: it gives blob paths for attribution, every file name (a key can be one), and the objects
// a partial clone lacks, which are named, never fetched (unless --fetch-missing asks first).

import type { SecretFinding } from '../findings.js';
import { GitError, hasCommit, type Env, type Git } from '../git.js';
import { Attributor } from '../history/attribute.js';
import { CommitTable } from '../history/commit-table.js';
import { attributeHistory, type HistoryRead } from '../history/attribution.js';
import { hasAnyRef, isShallow, refTips, type RefTip } from '../history/facts.js';
import {
  fetchMissing,
  missingWarning,
  partialClone,
  type PartialClone,
} from '../history/partial.js';
import { Walk } from '../history/walk.js';
import { locateObjectStore } from './object-store.js';
import { listAllObjects, readStore, readThroughGit, type LedgerUse } from './object-read.js';
import { commitFiles } from './tree-files.js';
import { exposeHistory } from '../exposure.js';
import type { Settled, Source, SourceContext, SourceItem } from './source.js';

export interface HistoryOptions {
  allObjects: boolean;
  /** Threads reading pack files. */
  threads: number;
  /** Download the objects a partial clone lacks before scanning. */
  fetchMissing: boolean;
  env: Env;
  /** CPUs this scan may use: one more than `threads` lets attribution start before it is needed. */
  cores: number;
  /** What an earlier scan of these packs proved, and where this scan's ledger goes (audits). */
  ledger?: LedgerUse;
}

export const SHALLOW_WARNING =
  'this is a shallow clone: history before its first commit was not scanned. Run git fetch --unshallow (or clone without --depth) for a full audit.';
const NO_COMMITS =
  'the repository has no commits yet: there is no history to scan (flora-keyscan staged checks what you are about to commit).';

/** `first`, then what `then` gives once `first` is done, without a generator in between (a hop per item costs). */
function concat<T>(first: AsyncIterable<T>, then: () => Promise<T[]>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const head = first[Symbol.asyncIterator]();
      let tail: T[] | null = null;
      return {
        async next(): Promise<IteratorResult<T>> {
          if (tail === null) {
            const step = await head.next();
            if (!step.done) return step;
            tail = await then();
          }
          return tail.length
            ? { done: false, value: tail.shift()! }
            : { done: true, value: undefined };
        },
        async return(): Promise<IteratorResult<T>> {
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
async function afterTheObjects(walking: Promise<Walk>, tips: RefTip[]): Promise<SourceItem[]> {
  const walk = await walking;
  const missing = walk.missing.map((oid): SourceItem => ({
    provenance: { kind: 'blob', blob: oid, path: null },
    missing: 'not in this repository',
  }));
  const refs = tips.map(({ ref }): SourceItem => ({
    provenance: { kind: 'ref', ref, path: null },
    bytes: Buffer.from(ref),
  }));
  return [...missing, ...refs, { paths: walk.paths() }];
}

function settleWarnings(unreachable: number, walk: Walk, partial: PartialClone | null): string[] {
  const out: string[] = [];
  if (unreachable)
    out.push(
      `${unreachable} more finding${unreachable === 1 ? ' is' : 's are'} in objects no ref reaches (amended commits, deleted branches, dropped stashes): run with --all-objects to see them.`,
    );
  if (walk.missing.length) out.push(missingWarning(walk.missing.length, partial));
  return out;
}

function notAttributed(raw: SecretFinding[], why: string): Settled {
  return {
    findings: raw,
    warnings: [`${why}: findings are named by blob id, not attributed to commits.`],
    incomplete: true,
  };
}

/** The commit each finding is in; an unreachable blob has none, and HEAD's tree is the best guess. */
async function historyTree(git: Git) {
  return commitFiles(git, (await hasCommit(git)) ? 'HEAD' : null);
}

async function settleWith(
  raw: SecretFinding[],
  read: HistoryRead,
  walk: Walk,
  partial: PartialClone | null,
): Promise<Settled> {
  const unattributed = (why: string) => notAttributed(raw, why);
  if (walk.error) return unattributed(`git could not walk the history (${walk.error})`);
  try {
    const attributed = await attributeHistory(raw, read);
    await exposeHistory(read.git, attributed.findings, attributed.facts);
    return {
      findings: attributed.findings,
      warnings: settleWarnings(attributed.unreachable, walk, partial),
      facts: attributed.facts,
    };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return unattributed(`attributing the findings failed (${error.message})`);
  }
}

export async function historySource(git: Git, options: HistoryOptions): Promise<Source> {
  const shallow = await isShallow(git);
  const empty = !options.allObjects && !(await hasAnyRef(git));
  const tips = await refTips(git);
  const partial = await partialClone(git);
  const commits = new CommitTable();
  let walking: Promise<Walk> = Promise.resolve(Walk.empty());
  let attributor: Attributor | null = null;

  async function items(context: SourceContext): Promise<AsyncIterable<SourceItem>> {
    if (empty) return (async function* () {})();
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

  async function settle(raw: SecretFinding[]): Promise<Settled> {
    if (empty || !attributor) return { findings: raw, warnings: [] };
    const read = { git, commits, tips, attributor, allObjects: options.allObjects, shallow };
    return settleWith(raw, read, await walking, partial);
  }

  /** Called by the pipeline after settling, or after a failed scan: git's log may still run. */
  function close(): void {
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
    onFinding(f: SecretFinding) {
      if (f.provenance.kind === 'blob') attributor?.add(f.provenance.blob);
    },
    settle,
    close,
  };
}
