// Every blob, commit and tag in the object database, read from the pack files and loose objects
// directly. Why not `git cat-file --batch`: most of a long history is deltas, each a few edits to
// another version of the same file. Piped out of git, every version arrives whole (5.7 GB for git.git)
// and must be searched whole. Read here, a delta whose base the engine could find nothing in can only
// hold a match where it inserts bytes or joins two copied runs, so only those few bytes are checked
// (see DeltaEdges), and a version proven clean is never even assembled. The engine's verdict is
// unchanged: the proof asks the engine's own gate (scan/gate.ts) about the base and about those bytes.
//
// Repositories this reader does not handle (borrowed objects through alternates, an index format it
// does not know) are read through git instead: `locateObjectStore` returns null.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { constants as zlibConstants, inflateSync } from 'node:zlib';
import type { Env, Git } from '../git.js';
import type { ContentGate } from '../scan/gate.js';
import {
  applyDelta,
  inflateBounded,
  deltaTargetSize,
  isVersion2Index,
  OBJ_BLOB,
  OBJ_TREE,
  Pack,
  PackFormatError,
  PackIndex,
  TYPE_NAMES,
  type DeltaEdges,
} from './packfile.js';

export type StoredObject = { oid: string; type: 'blob' | 'commit' | 'tag'; size: number } & (
  | { bytes: Buffer }
  /**
   * A blob the engine's gate proves holds no match (Engine.mayMatch is false). Its oid may be left
   * empty. `count` > 1: that many blobs of `size` bytes in all, proven so by an earlier scan.
   */
  | { provenFree: true; count?: number }
  | { error: string }
);

/**
 * What one scan of a repository's packs proved, for the next scan under the same rules: a pack file
 * is named by its checksum, so the same name is the same objects. Each pack's delta trees of blobs
 * that gave the engine nothing to look at are summed (never read again); blobs the gate could not
 * prove clean, or could not read, are named, and the trees that hold them are read again. Commits
 * and tags are always read. No content and no key is in it.
 */
export interface PackLedger {
  /** Packs in the order they were read (an object in two packs is read from the first). */
  packs: { name: string; objects: number; bytes: number }[];
  /** Blobs to read again (hex ids). */
  notable: string[];
}

/** Larger versions get memory of their own rather than a reused buffer. */
const POOLED_BUFFER_BYTES = 1024 * 1024;
/** Depths of a delta tree with a reused buffer each; deeper versions get memory of their own. */
const POOLED_DEPTHS = 32;
/** No version larger than this is assembled: it is named as unreadable instead. */
export const MAX_OBJECT_BYTES = 512 * 1024 * 1024;
/**
 * A delta tree whose versions, read whole, exceed this many bytes and this many times the pack
 * bytes they come from is a pack bomb: the rest of it is named as unreadable, not read.
 */
const BOMB_BYTES = 256 * 1024 * 1024;
const BOMB_RATIO = 1000;
/** Contents held for delta bases beyond which older ones are dropped and rebuilt when next needed. */
const HELD_BASES_BYTES = 64 * 1024 * 1024;

interface Frame {
  k: number;
  content: Buffer | null;
  /** The gate proves the engine finds nothing in it (no literal, no zero byte). */
  clean: boolean;
  nextChild: number;
}

export interface LooseObject {
  oid: string;
  path: string;
}

/** Where the object database is: its pack indexes and loose objects. Plain data, for worker threads. */
export interface StoreLocation {
  idxFiles: string[];
  loose: LooseObject[];
  hashBytes: number;
}

/** Which share of the work one reader does: loose objects go to share 0, delta trees round-robin. */
export interface Share {
  index: number;
  of: number;
}

export class ObjectStore {
  private packs: Pack[] | null = null;
  /** One buffer per depth of a delta tree, reused across trees. */
  private readonly pool: Buffer[] = [];

  /** This scan's ledger, kept when asked for (see `ledger()`). */
  private recorded: PackLedger | null = null;
  /** Packs an earlier scan proved, with the clean trees of blobs it summed; and the blobs to read again. */
  private readonly reuse = new Map<PackIndex, { objects: number; bytes: number }>();
  private notable = new Set<string>();

  private constructor(
    private readonly indexes: PackIndex[],
    private readonly loose: LooseObject[],
    /** Pack files that could not be opened, with the reason. */
    private readonly unopened: { path: string; reason: string }[],
    private readonly heldBasesBytes: number,
    private readonly bombBytes: number,
  ) {}

  /**
   * Starts keeping this scan's ledger, and takes what `earlier` proved of packs read in the same
   * order then: those come first, in that order, and their clean trees of blobs are not read again.
   * One reader only (no shares).
   */
  useLedger(earlier: PackLedger | null): void {
    this.recorded = { packs: [], notable: [] };
    if (!earlier) return;
    const byName = new Map(this.indexes.map((index) => [basename(index.packPath), index]));
    const reused: PackIndex[] = [];
    for (const pack of earlier.packs) {
      const index = byName.get(pack.name);
      if (!index) break; // a pack gone (repacked): those after it were read after different ones
      reused.push(index);
      this.reuse.set(index, pack);
    }
    const rest = this.indexes.filter((index) => !this.reuse.has(index));
    this.indexes.splice(0, this.indexes.length, ...reused, ...rest);
    this.notable = new Set(earlier.notable);
  }

  /** What this scan proved, once `objects()` has been read to the end; null unless asked for. */
  ledger(): PackLedger | null {
    return this.recorded;
  }

  /**
   * Reads the pack indexes; each pack's own headers are read when the walk reaches packs.
   * `heldBasesBytes`: how much assembled delta bases may take before the oldest are dropped;
   * `bombBytes`: how much a delta tree's whole-read versions may take before it is a pack bomb.
   */
  static open(
    location: StoreLocation,
    { heldBasesBytes = HELD_BASES_BYTES, bombBytes = BOMB_BYTES } = {},
  ): ObjectStore {
    const indexes: PackIndex[] = [];
    const unopened: { path: string; reason: string }[] = [];
    for (const idx of location.idxFiles) {
      try {
        indexes.push(PackIndex.open(idx, location.hashBytes));
      } catch (error) {
        unopened.push({ path: idx.replace(/\.idx$/, '.pack'), reason: reasonOf(error) });
      }
    }
    return new ObjectStore(indexes, location.loose, unopened, heldBasesBytes, bombBytes);
  }

  /** How many objects all shares together deliver (trees are not read); null until packs are open. */
  total(): number | null {
    if (!this.packs) return null;
    let objects = this.loose.length + this.unopened.length;
    for (const pack of this.packs)
      for (let k = 0; k < pack.count; k++) if (pack.type(k) !== OBJ_TREE) objects++;
    return objects;
  }

  close(): void {
    for (const pack of this.packs ?? []) pack.close();
    for (const index of this.indexes) index.close();
  }

  private openPacks(): Pack[] {
    if (this.packs) return this.packs;
    this.packs = [];
    for (const index of this.indexes) {
      try {
        this.packs.push(new Pack(index));
      } catch (error) {
        this.unopened.push({ path: index.packPath, reason: reasonOf(error) });
      }
    }
    // Every object of a later pack asks each earlier one whether it has it: their ids in memory.
    for (const pack of this.packs.slice(0, -1)) pack.index.holdIds();
    return this.packs;
  }

  /**
   * Every blob, commit and tag once: loose objects first (often the newest: a fresh leak is found,
   * and attributed, soonest), then each pack's delta trees in pack order. Buffers are views valid until
   * the next object is asked for.
   */
  *objects(gate: ContentGate, share: Share = { index: 0, of: 1 }): Generator<StoredObject> {
    if (share.index === 0) {
      for (const object of this.loose) {
        // A loose copy of a packed object (not yet pruned) is read from the pack.
        if (this.indexes.some((index) => index.has(Buffer.from(object.oid, 'hex')))) continue;
        const read = readLoose(object);
        if (read) yield read;
      }
    }
    const packs = this.openPacks();
    if (share.index === 0)
      for (const { path, reason } of this.unopened)
        yield { oid: path, type: 'blob', size: 0, error: `cannot read pack ${path}: ${reason}` };
    // The seams of the delta at hand; its buffer is reused across deltas.
    const edges: DeltaEdges = {
      reach: Math.max(2, gate.longest - 1),
      separator: gate.separator,
      buffer: Buffer.alloc(64 * 1024),
      length: 0,
    };
    let turn = 0;
    for (const [p, pack] of packs.entries()) {
      // An object in two packs (a repack in progress, a fetch not yet repacked) is read from the first.
      const earlier = packs.slice(0, p).map((e) => e.index);
      const proven = this.reuse.get(pack.index);
      const reread = proven ? this.marked(pack) : null;
      const ledger = { name: basename(pack.packPath), objects: 0, bytes: 0 };
      for (let k = 0; k < pack.count; k++) {
        const orphan = pack.isDelta(k) && pack.type(k) === 0;
        if (!orphan && (pack.isDelta(k) || pack.type(k) === OBJ_TREE)) continue;
        if (turn++ % share.of !== share.index) continue;
        if (orphan)
          yield {
            oid: pack.oid(k),
            type: 'blob',
            size: 0,
            error: `cannot read git object ${pack.oid(k)}: its delta base is not in ${pack.packPath}, or its deltas loop back on themselves`,
          };
        else if (earlier.some((e) => e.has(Buffer.from(pack.oid(k), 'hex')))) continue;
        else if (reread && pack.type(k) === OBJ_BLOB && !inTree(pack, k, reread)) continue;
        else if (this.recorded)
          yield* this.recordTree(pack, k, this.deltaTree(pack, k, gate, edges), ledger);
        else yield* this.deltaTree(pack, k, gate, edges);
      }
      if (proven) {
        // The trees not read again, as the earlier scan counted them.
        ledger.objects += proven.objects;
        ledger.bytes += proven.bytes;
        if (proven.objects)
          yield {
            oid: '',
            type: 'blob',
            size: proven.bytes,
            provenFree: true,
            count: proven.objects,
          };
      }
      this.recorded?.packs.push(ledger);
    }
  }

  /** Positions of `pack` that hold a blob to read again. */
  private marked(pack: Pack): Uint8Array {
    const marks = new Uint8Array(pack.count);
    const kAt = pack.positionsToK();
    for (const oid of this.notable) {
      const position = pack.index.positionOf(Buffer.from(oid, 'hex'));
      if (position !== -1) marks[kAt[position]!] = 1;
    }
    return marks;
  }

  /** Passes a delta tree's objects on, summing it into `ledger` if the gate proved all of it clean. */
  private *recordTree(
    pack: Pack,
    root: number,
    tree: Iterable<StoredObject>,
    ledger: { objects: number; bytes: number },
  ): Generator<StoredObject> {
    let objects = 0;
    let bytes = 0;
    const named: string[] = [];
    for (const object of tree) {
      if ('provenFree' in object) {
        objects++;
        bytes += object.size;
      } else named.push(object.oid);
      yield object;
    }
    if (pack.type(root) !== OBJ_BLOB) return;
    if (named.length) this.recorded!.notable.push(...named);
    else {
      ledger.objects += objects;
      ledger.bytes += bytes;
    }
  }

  /** One whole object and every delta built on it, depth first, each base assembled once. */
  // eslint-disable-next-line max-lines-per-function -- the hot loop: split, it would allocate per object
  private *deltaTree(
    pack: Pack,
    root: number,
    gate: ContentGate,
    edges: DeltaEdges,
  ): Generator<StoredObject> {
    const stack: Frame[] = [];
    // One reusable buffer per depth: assembling versions into fresh memory costs more in page faults
    // and garbage collection than in copying. A depth's buffer is free again once its frame is popped.
    const pool = this.pool;
    const bufferAt = (depth: number, size: number): Buffer => {
      if (size > POOLED_BUFFER_BYTES || depth >= POOLED_DEPTHS) return Buffer.allocUnsafe(size);
      if ((pool[depth]?.length ?? -1) < size)
        pool[depth] = Buffer.allocUnsafeSlow(
          Math.min(POOLED_BUFFER_BYTES, Math.max(size, 2 * (pool[depth]?.length ?? 0), 4096)),
        );
      return pool[depth]!.subarray(0, size);
    };
    let held = 0;
    const hold = (frame: Frame, content: Buffer) => {
      frame.content = content;
      held += content.length;
      // Chains of large files could hold gigabytes: drop the bases furthest up, rebuilt if needed again.
      for (let i = 0; held > this.heldBasesBytes && i < stack.length - 1; i++) {
        const old = stack[i]!;
        if (old === frame || !old.content) continue;
        held -= old.content.length;
        old.content = null;
      }
    };
    const contentOf = (depth: number): Buffer => {
      const frame = stack[depth]!;
      if (frame.content) return frame.content;
      let from = depth;
      while (from > 0 && !stack[from]!.content) from--;
      let content = stack[from]!.content ?? pack.inflate(stack[from]!.k);
      for (let d = from + 1; d <= depth; d++) {
        const delta = pack.inflate(stack[d]!.k);
        const out = Buffer.allocUnsafe(targetSize(delta));
        applyDelta(content, delta, out, null);
        content = out;
      }
      hold(frame, content);
      return content;
    };

    const type = TYPE_NAMES[pack.type(root)] as 'blob' | 'commit' | 'tag';
    // Bytes of versions read whole, and of the pack data they came from: how much the tree expands.
    let wholeBytes = 0;
    let packedBytes = pack.packedSize(root);
    let rootContent: Buffer;
    try {
      if (pack.size(root) > MAX_OBJECT_BYTES)
        throw new PackFormatError(`larger than ${MAX_OBJECT_BYTES} bytes: not read whole`);
      rootContent = pack.inflate(root);
    } catch (error) {
      yield* failed(pack, root, error);
      return;
    }
    const rootFrame: Frame = {
      k: root,
      content: null,
      clean: !gate.mayMatch(rootContent),
      nextChild: pack.firstChild[root]!,
    };
    stack.push(rootFrame);
    hold(rootFrame, rootContent);
    yield describe(pack, root, type, rootContent, rootFrame);

    while (stack.length) {
      const parent = stack[stack.length - 1]!;
      if (parent.nextChild === pack.firstChild[parent.k + 1]) {
        stack.pop();
        if (parent.content) held -= parent.content.length;
        continue;
      }
      const child = pack.children[parent.nextChild++]!;
      const hasChildren = pack.firstChild[child + 1]! > pack.firstChild[child]!;
      packedBytes += pack.packedSize(child);
      if (wholeBytes > this.bombBytes && wholeBytes > BOMB_RATIO * packedBytes) {
        const reason = `its delta tree expands to over ${wholeBytes} bytes from ${packedBytes} bytes of pack (a pack bomb?): not read`;
        yield* failed(pack, child, new PackFormatError(reason));
        continue;
      }
      try {
        const base = contentOf(stack.length - 1);
        const delta = pack.inflate(child);
        edges.length = 0;
        if (type === 'blob' && parent.clean && !hasChildren) {
          // The common case: a version nothing else builds on, whose changes the gate passes.
          applyDelta(base, delta, null, edges);
          if (!gate.mayMatch(edges.buffer.subarray(0, edges.length))) {
            yield { oid: '', type, size: deltaTargetSize(delta), provenFree: true };
            continue;
          }
        }
        const content = bufferAt(stack.length, targetSize(delta));
        edges.length = 0;
        applyDelta(base, delta, content, parent.clean ? edges : null);
        // Clean if built on a clean base by changes the gate passes (any literal in the result lies in
        // one copy or whole in the seams; any zero byte is copied or inserted), else judged whole.
        const frame: Frame = {
          k: child,
          content: null,
          clean: parent.clean
            ? !gate.mayMatch(edges.buffer.subarray(0, edges.length))
            : !gate.mayMatch(content),
          nextChild: pack.firstChild[child]!,
        };
        if (hasChildren) {
          stack.push(frame);
          hold(frame, content);
        }
        if (!frame.clean || type !== 'blob') wholeBytes += content.length;
        yield describe(pack, child, type, content, frame);
      } catch (error) {
        yield* failed(pack, child, error);
      }
    }
  }
}

/** Whether `root` or any delta built on it is marked. */
function inTree(pack: Pack, root: number, marks: Uint8Array): boolean {
  const pending = [root];
  while (pending.length) {
    const at = pending.pop()!;
    if (marks[at]) return true;
    for (let c = pack.firstChild[at]!; c < pack.firstChild[at + 1]!; c++)
      pending.push(pack.children[c]!);
  }
  return false;
}

/** A delta's result size, refused above MAX_OBJECT_BYTES (a few bytes of delta can claim gigabytes). */
function targetSize(delta: Buffer): number {
  const size = deltaTargetSize(delta);
  if (size > MAX_OBJECT_BYTES)
    throw new PackFormatError(
      `its delta makes ${size} bytes, more than the ${MAX_OBJECT_BYTES} read whole`,
    );
  return size;
}

/** A clean blob is counted, not named: its id (a hex string per object) is never needed. */
function describe(
  pack: Pack,
  k: number,
  type: 'blob' | 'commit' | 'tag',
  content: Buffer,
  frame: Frame,
): StoredObject {
  if (type === 'blob' && frame.clean)
    return { oid: '', type, size: content.length, provenFree: true };
  return { oid: pack.oid(k), type, size: content.length, bytes: content };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An object that cannot be read takes every delta built on it along. */
function* failed(pack: Pack, k: number, error: unknown): Generator<StoredObject> {
  const reason = error instanceof Error ? error.message : String(error);
  const pending = [k];
  while (pending.length) {
    const at = pending.pop()!;
    const oid = pack.oid(at);
    yield {
      oid,
      type: 'blob',
      size: 0,
      error: `cannot read git object ${oid}: ${at === k ? reason : `its delta base ${pack.oid(k)} cannot be read`}`,
    };
    for (let c = pack.firstChild[at]!; c < pack.firstChild[at + 1]!; c++)
      pending.push(pack.children[c]!);
  }
}

/**
 * "<type> <size>\0" from the first bytes of a loose object, read without inflating the rest. A
 * deflate block's tables take a few hundred bytes at most, so the header is in the first 4 KiB.
 */
function looseHeader(file: Buffer): { typeName: string; size: number; headerLength: number } {
  for (const take of [256, 4096]) {
    const input = file.subarray(0, take);
    const prefix = inflateSync(input, {
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
      maxOutputLength: 1032 * input.length + 64,
    });
    const nul = prefix.indexOf(0);
    if (nul === -1 && input.length < file.length) continue;
    const match = /^([a-z]{1,8}) (\d{1,15})$/.exec(
      prefix.toString('latin1', 0, nul === -1 ? 0 : nul),
    );
    if (nul === -1 || !match) break;
    return { typeName: match[1]!, size: Number(match[2]), headerLength: nul + 1 };
  }
  throw new PackFormatError('damaged loose object header');
}

/** A loose object's content (inflated no further than its header says); null for a tree. */
function readLoose({ oid, path }: LooseObject): StoredObject | null {
  try {
    const file = readFileSync(path);
    const { typeName, size, headerLength } = looseHeader(file);
    if (typeName === 'tree') return null;
    if (typeName !== 'blob' && typeName !== 'commit' && typeName !== 'tag')
      throw new PackFormatError(`unknown object type ${typeName}`);
    const bytes = inflateBounded(file, headerLength + size, () => 'its data').subarray(
      headerLength,
    );
    return { oid, type: typeName, size: bytes.length, bytes };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { oid, type: 'blob', size: 0, error: `cannot read git object ${oid}: ${reason}` };
  }
}

/**
 * Where the repository's objects are, or null when they must be read through git: objects borrowed
 * from another repository (alternates), or a pack index this reader does not know.
 */
export async function locateObjectStore(git: Git, env: Env): Promise<StoreLocation | null> {
  const asked = await git.raw(['rev-parse', '--git-path', 'objects', '--show-object-format']);
  if (asked.code !== 0) return null; // a git too old to say its object format
  const [objectsDir = '', format = ''] = asked.stdout.toString('utf8').trim().split('\n');
  const hashBytes = format === 'sha1' ? 20 : format === 'sha256' ? 32 : 0;
  const objects = resolve(git.dir, objectsDir);
  if (
    !hashBytes ||
    env.GIT_ALTERNATE_OBJECT_DIRECTORIES ||
    existsSync(join(objects, 'info', 'alternates'))
  )
    return null;
  const packDir = join(objects, 'pack');
  const idxFiles = (existsSync(packDir) ? readdirSync(packDir) : [])
    .filter((f) => f.endsWith('.idx') && existsSync(join(packDir, f.replace(/\.idx$/, '.pack'))))
    .sort()
    .map((f) => join(packDir, f));
  if (!idxFiles.every(isVersion2Index)) return null;
  const hexLength = hashBytes * 2 - 2;
  const loose: LooseObject[] = [];
  for (const dir of readdirSync(objects)) {
    if (!/^[0-9a-f]{2}$/.test(dir)) continue;
    for (const file of readdirSync(join(objects, dir))) {
      if (file.length === hexLength && /^[0-9a-f]+$/.test(file))
        loose.push({ oid: dir + file, path: join(objects, dir, file) });
    }
  }
  return { idxFiles, loose, hashBytes };
}
