// History as the object database holds it: every blob, commit message and tag message is read once,
// from the pack files and loose objects directly (readStore, see object-store.ts) or, where that
// reader does not apply, streamed from one `git cat-file --batch` process (readHistory). Which commits
// and paths hold a matching blob is worked out afterwards, only for the blobs that matched (see
// history/attribute.ts).

import { git, OidList, readObjectsResilient } from '../git.js';
import { rawLog, type RawCommit } from '../history/rawlog.js';
import type { LiteralSet } from '../scan/literals.js';
import type { SourceItem } from './item.js';
import { ObjectStore, type StoredObject, type StoreLocation } from './object-store.js';
import { readInThreads } from './parallel-store.js';

export interface ObjectList {
  /** Blobs, commits and tags in pack order (trees hold no secrets and are not read). */
  oids: OidList;
  bytes: number;
}

export interface CommitMeta {
  author: string;
  date: string;
  /** A commit's parent ids, space-separated. */
  parents?: string;
  /** An annotated tag object rather than a commit. */
  isTag?: boolean;
}

/** Lists every object in the database, packed or loose, reachable or not. */
export async function listAllObjects(root: string): Promise<ObjectList> {
  const listing = await git(['cat-file', '--batch-all-objects', '--unordered', '--batch-check=%(objectname) %(objecttype) %(objectsize)'], root);
  // Parsed as bytes, in place: "<oid> <type> <size>\n" lines become "<oid>\n" lines of the same buffer.
  const starts = new Uint32Array(listing.length / 46 + 1);
  let count = 0;
  let bytes = 0;
  let write = 0;
  for (let line = 0; line < listing.length; ) {
    const end = listing.indexOf(10, line);
    const stop = end === -1 ? listing.length : end;
    const space = listing.indexOf(32, line);
    const space2 = listing.indexOf(32, space + 1);
    if (space !== -1 && space < stop && listing.toString('latin1', space + 1, space2) !== 'tree') {
      starts[count++] = write;
      listing.copy(listing, write, line, space);
      write += space - line;
      listing[write++] = 10;
      bytes += Number(listing.toString('latin1', space2 + 1, stop));
    }
    line = stop + 1;
  }
  return { oids: OidList.fromLines(listing.subarray(0, write), starts.subarray(0, count), count), bytes };
}

/** What a commit or tag object says: who, when, and the message (after the header's blank line). */
export function parseCommitLike(bytes: Buffer): { meta: CommitMeta | null; message: Buffer } {
  const split = bytes.indexOf('\n\n');
  const header = bytes.toString('utf8', 0, split === -1 ? bytes.length : split);
  const message = split === -1 ? Buffer.alloc(0) : bytes.subarray(split + 2);
  const who = /^(?:author|tagger) (.*) <[^>]*> (\d+) ([+-]\d{4})$/m.exec(header);
  const parents = [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]).join(' ');
  const meta = who ? { author: who[1]!, date: new Date(Number(who[2]) * 1000).toISOString(), ...(parents ? { parents } : {}) } : null;
  return { meta, message };
}

export interface HistoryProgress {
  objects: number;
  bytes: number;
}

/**
 * Every blob, commit and tag of the object database read in-process (sources/object-store.ts), by
 * `threads` threads, as content for the engine: blobs the store proves free of `prefilter`'s keywords
 * arrive as such. `progress` gets the total (0 until known) and what is done.
 */
export async function* readStore(location: StoreLocation, prefilter: LiteralSet, commits: Map<string, CommitMeta>, threads: number, progress?: (done: HistoryProgress, total: HistoryProgress) => void): AsyncGenerator<SourceItem> {
  const done: HistoryProgress = { objects: 0, bytes: 0 };
  const total: HistoryProgress = { objects: 0, bytes: 0 };
  let objects: Iterable<StoredObject> | AsyncIterable<StoredObject>;
  let store: ObjectStore | null = null;
  if (threads > 1) {
    objects = readInThreads(location, prefilter, threads, (n) => (total.objects = n));
  } else {
    const opened = (store = ObjectStore.open(location));
    objects = (function* () {
      for (const object of opened.objects(prefilter)) {
        total.objects ||= opened.total() ?? 0;
        yield object;
      }
    })();
  }
  let turn = performance.now();
  // Proven keyword-free objects are counted, not handed over one by one.
  let free = { objects: 0, bytes: 0 };
  const takeFree = (): SourceItem => {
    const item = { keywordFree: free };
    free = { objects: 0, bytes: 0 };
    return item;
  };
  try {
    for await (const object of objects) {
      done.objects++;
      done.bytes += object.size;
      if (done.objects % 256 === 0 && performance.now() - turn > 20) {
        // Reading in this thread is synchronous: let the event loop serve the git processes running
        // alongside (the attribution's tree walk) and Ctrl-C, a few times a second.
        if (free.objects) yield takeFree();
        await new Promise((resolve) => setImmediate(resolve));
        turn = performance.now();
        progress?.(done, total);
      }
      if ('keywordFree' in object) {
        free.objects++;
        free.bytes += object.size;
        continue;
      }
      const provenance = { kind: 'blob' as const, path: null, blob: object.oid, commit: null };
      if ('error' in object) yield { provenance, unreadable: object.error };
      else if (object.type === 'blob') yield { provenance, bytes: object.bytes };
      else yield messageOf(object.oid, object.type, object.bytes, commits);
    }
    if (free.objects) yield takeFree();
  } finally {
    store?.close();
  }
  // Loose trees are counted ahead (telling them apart would mean reading them): now the total is known.
  total.objects = done.objects;
  progress?.(done, total);
}

function messageOf(oid: string, type: 'commit' | 'tag', bytes: Buffer, commits: Map<string, CommitMeta>): SourceItem {
  const { meta, message } = parseCommitLike(bytes);
  commits.set(oid, { author: meta?.author ?? '', date: meta?.date ?? '', ...(meta?.parents ? { parents: meta.parents } : {}), ...(type === 'tag' ? { isTag: true } : {}) });
  return { provenance: { kind: 'message', commit: oid, objectType: type }, bytes: message };
}

/**
 * Every listed object as content for the engine: blobs as they are, commits and tags as their
 * message. `commits` collects who and when of each commit and tag, for attributing message findings.
 */
export async function* readHistory(root: string, list: ObjectList, commits: Map<string, CommitMeta>, progress?: (p: HistoryProgress) => void): AsyncGenerator<SourceItem> {
  const done: HistoryProgress = { objects: 0, bytes: 0 };
  for await (const object of readObjectsResilient(root, list.oids)) {
    done.objects++;
    done.bytes += object.bytes?.length ?? 0;
    if (done.objects % 2000 === 0) progress?.(done);
    if (!object.bytes) {
      yield { provenance: { kind: 'blob', path: null, blob: object.oid, commit: null }, unreadable: object.error ?? `git object ${object.oid} is ${object.type}` };
      continue;
    }
    if (object.type === 'blob') {
      yield { provenance: { kind: 'blob', path: null, blob: object.oid, commit: null }, bytes: object.bytes };
    } else if (object.type === 'commit' || object.type === 'tag') {
      yield messageOf(object.oid, object.type, object.bytes, commits);
    }
  }
  progress?.(done);
}

/**
 * The commits `revs` select (e.g. origin/main..HEAD) and every blob they added or changed, each blob
 * attributed to the oldest commit in the range that brought it.
 */
export async function listRange(root: string, revs: string[]): Promise<{ commits: RawCommit[]; blobs: Map<string, { commit: RawCommit; path: string }> }> {
  const commits = await rawLog(root, [...revs, '--']);
  const blobs = new Map<string, { commit: RawCommit; path: string }>();
  // git log lists newest first: later entries are older and win.
  for (const commit of commits) {
    for (const change of commit.changes) {
      if (change.status.startsWith('D') || change.newMode === '160000' || /^0+$/.test(change.newOid)) continue;
      blobs.set(change.newOid, { commit, path: change.path });
    }
  }
  return { commits, blobs };
}
