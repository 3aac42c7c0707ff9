// The whole history: every blob, commit message and tag message in the object database, read once;
// findings are then attributed to the commits that introduced them (history/attribution.ts). With
// --all-objects, objects no ref reaches count too.

import { availableParallelism } from 'node:os';
import type { SecretFinding } from '../findings.js';
import type { Env, Git } from '../git.js';
import { Attributor } from '../history/attribute.js';
import { attributeHistory } from '../history/attribution.js';
import { hasAnyRef, isShallow, refTips } from '../history/facts.js';
import { locateObjectStore } from './object-store.js';
import { listAllObjects, readStore, readThroughGit } from './object-read.js';
import type { CommitMeta, Source, SourceContext, SourceItem } from './source.js';

export interface HistoryOptions {
  allObjects: boolean;
  /** Threads reading pack files. */
  threads: number;
  env: Env;
}

export const SHALLOW_WARNING =
  'this is a shallow clone: history before its first commit was not scanned. Run git fetch --unshallow (or clone without --depth) for a full audit.';
const NO_COMMITS =
  'the repository has no commits yet: there is no history to scan (flora-keyscan staged checks what you are about to commit).';

export async function historySource(git: Git, options: HistoryOptions): Promise<Source> {
  const shallow = await isShallow(git);
  const empty = !options.allObjects && !(await hasAnyRef(git));
  const tips = await refTips(git);
  const commits = new Map<string, CommitMeta>();
  // Blob paths come from git's walk of every tree, which takes about half as long as the scan: with a
  // CPU to spare it starts with the scan (so a key found late in an old history is not left waiting
  // for it), else at the first match. Matched blobs are attributed as they come.
  const attributor = new Attributor(git);

  async function items(context: SourceContext): Promise<AsyncIterable<SourceItem>> {
    if (empty) return (async function* () {})();
    if (availableParallelism() > 1) attributor.start();
    // The object database read in-process when we can (much faster), else through git.
    const store = await locateObjectStore(git, options.env);
    context.phase?.(store ? 'opened the object store' : 'listing objects');
    if (store) return readStore(store, context.engine.gate, options.threads, context.progress);
    return readThroughGit(git, await listAllObjects(git), context.progress);
  }

  return {
    mode: options.allObjects ? 'all-objects' : 'history',
    scope: `${options.allObjects ? 'every object in the repository' : 'history (every ref)'} of ${git.dir}`,
    root: git.dir,
    exposure: 'history',
    warnings: [...(shallow ? [SHALLOW_WARNING] : []), ...(empty ? [NO_COMMITS] : [])],
    items,
    onCommit: (meta) => commits.set(meta.oid, meta),
    onFinding(f: SecretFinding) {
      if (f.provenance.kind === 'blob') attributor.add(f.provenance.blob);
    },
    async settle(raw) {
      if (empty) return { findings: [], warnings: [] };
      const { findings, unreachable, facts } = await attributeHistory(raw, {
        git,
        commits,
        tips,
        attributor,
        allObjects: options.allObjects,
        shallow,
      });
      const warnings = unreachable
        ? [
            `${unreachable} more finding${unreachable === 1 ? ' is' : 's are'} in objects no ref reaches (amended commits, deleted branches, dropped stashes): run with --all-objects to see them.`,
          ]
        : [];
      return { findings, warnings, facts };
    },
  };
}
