// Which commits introduced a blob, and at which path. Run only for blobs that held a secret.
//
// Candidates come from one log of every commit's additions (introductions.ts); each is checked with
// git for what a first-parent diff cannot tell: a merge that carried the blob in from another parent,
// or a first parent that held it under another path.

import { splitNul, type Git } from '../git.js';
import { IntroductionLog } from './introductions.js';
import { rawLog, type RawCommit } from './rawlog.js';
import type { Walk } from './walk.js';

export interface Introduction {
  blob: string;
  commit: string;
  path: string;
  author: string;
  date: string;
}

const INTRODUCING = /^[AMT]/;

function candidates(log: RawCommit[], blobs: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const c of log)
    for (const ch of c.changes)
      if (blobs.has(ch.newOid) && INTRODUCING.test(ch.status))
        out.push({ c, blob: ch.newOid, path: ch.path });
  return out;
}

/** `rev:path` → object id (or null), many at once through one cat-file process. */
async function lookUp(git: Git, specs: string[]): Promise<(string | null)[]> {
  if (specs.length === 0) return [];
  const out = (await git.run(['cat-file', '--batch-check=%(objectname)'], specs.join('\n') + '\n'))
    .toString('utf8')
    .split('\n');
  return specs.map((_, i) => (/^[0-9a-f]{40,64}$/.test(out[i] ?? '') ? out[i]! : null));
}

/** Paths at which `tree-ish` holds any of `blobs`. */
async function pathsHolding(
  git: Git,
  treeish: string,
  blobs: ReadonlySet<string>,
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  for (const entry of splitNul(await git.run(['ls-tree', '-r', '-z', treeish]))) {
    const tab = entry.indexOf('\t');
    const oid = entry.slice(0, tab).split(' ')[2] ?? '';
    if (blobs.has(oid)) found.set(oid, [...(found.get(oid) ?? []), entry.slice(tab + 1)]);
  }
  return found;
}

type Candidate = { c: RawCommit; blob: string; path: string };

/** Drops candidates a merge carried in: another parent already had that blob at that path. */
async function withoutMergeCarried(git: Git, list: Candidate[]): Promise<Candidate[]> {
  // cat-file's questions are lines: a path with a line break in it cannot be asked (kept, not dropped).
  const askable = list.filter(({ path }) => !path.includes('\n'));
  const answers = await lookUp(
    git,
    askable.flatMap(({ c, path }) => c.parents.slice(1).map((p) => `${p}:${path}`)),
  );
  let k = 0;
  const carried = new Set(
    askable.filter(({ c, blob }) => answers.slice(k, (k += c.parents.length - 1)).includes(blob)),
  );
  return list.filter((candidate) => !carried.has(candidate));
}

const introduction = ({ c, blob, path }: Candidate): Introduction => ({
  blob,
  commit: c.commit,
  path,
  author: c.author,
  date: c.date,
});

/** Keeps only true introductions: not carried in by a merge, and not already in the first parent. */
async function confirm(
  git: Git,
  list: Candidate[],
  blobs: ReadonlySet<string>,
): Promise<Introduction[]> {
  const kept: Introduction[] = [];
  const parentCache = new Map<string, Map<string, string[]>>();
  for (const candidate of await withoutMergeCarried(git, list)) {
    const { c, blob } = candidate;
    const first = c.parents[0];
    if (first) {
      if (!parentCache.has(first)) parentCache.set(first, await pathsHolding(git, first, blobs));
      const elsewhere = parentCache.get(first)!.get(blob);
      if (elsewhere?.length) continue;
    }
    kept.push(introduction(candidate));
  }
  return kept;
}

function dedupe(list: Introduction[]): Introduction[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const key = `${i.blob} ${i.commit} ${i.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Introductions of reachable blobs among the log's changes: a commit that added one (or changed a file
 * to it), unless a merge carried it in or its first parent held it under another path (a rename or
 * copy, whose introduction is earlier, at the other path, and in the log too).
 */
async function attributeReachable(
  git: Git,
  blobs: ReadonlySet<string>,
  log: IntroductionLog,
): Promise<Introduction[]> {
  const kept = await confirm(git, candidates(await log.changesOf(blobs), blobs), blobs);
  return dedupe(kept);
}

/** Introductions inside commits no ref reaches (amended, dropped stashes, deleted branches). */
export async function attributeUnreachable(
  git: Git,
  blobs: ReadonlySet<string>,
  unreachableCommits: string[],
): Promise<Introduction[]> {
  if (blobs.size === 0 || unreachableCommits.length === 0) return [];
  const finds = [...blobs].map((b) => `--find-object=${b}`);
  const log = await rawLog(
    git,
    ['--no-walk', '--stdin', '--'],
    finds,
    unreachableCommits.join('\n') + '\n',
  );
  return dedupe((await withoutMergeCarried(git, candidates(log, blobs))).map(introduction));
}

/**
 * Attributes the blobs that matched, from one log of every commit's additions (introductions.ts). That
 * log starts as soon as git's walk of every tree is done: at once when the scan leaves a core idle
 * (`spareCore`), so a key found at the very end is attributed by reading its output; else at the first
 * match, so a scan that finds nothing never runs it.
 */
export class Attributor {
  private readonly matched = new Set<string>();
  private log: IntroductionLog | null = null;
  private walked = false;

  constructor(
    private readonly git: Git,
    private readonly walking: Promise<Walk>,
    spareCore: boolean,
  ) {
    walking.then(
      (walk) => {
        this.walked = !walk.error;
        if (this.walked && (spareCore || this.matched.size > 0)) this.startLog();
      },
      () => {}, // reported by finish()
    );
  }

  /** A blob that matched: to be attributed at the end. */
  add(blob: string): void {
    this.matched.add(blob);
    if (this.walked) this.startLog();
  }

  get blobs(): ReadonlySet<string> {
    return this.matched;
  }

  private startLog(): IntroductionLog {
    return (this.log ??= IntroductionLog.start(this.git));
  }

  /** Waits for the walk and the log: where each matched blob was introduced. */
  async finish(): Promise<{ walk: Walk; introductions: Introduction[] }> {
    const walk = await this.walking;
    if (this.matched.size === 0) return { walk, introductions: [] };
    return {
      walk,
      introductions: await attributeReachable(this.git, this.matched, this.startLog()),
    };
  }

  /** Stops the log if it still runs (nothing matched, or the scan ended early). */
  close(): void {
    this.log?.close();
  }
}
