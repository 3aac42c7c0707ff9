// Git's pack files, read directly: the pack index (.idx, version 2) for object ids and offsets, the
// pack (.pack) for each object's header, zlib data and delta instructions. Format:
// https://git-scm.com/docs/gitformat-pack. Reading packs in-process instead of piping every object
// out of `git cat-file` lets a history scan skip most of the work: see sources/object-store.ts.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

export const OBJ_COMMIT = 1;
export const OBJ_TREE = 2;
export const OBJ_BLOB = 3;
export const OBJ_TAG = 4;
const OBJ_OFS_DELTA = 6;
const OBJ_REF_DELTA = 7;

export const TYPE_NAMES: Record<number, 'commit' | 'tree' | 'blob' | 'tag'> = {
  1: 'commit',
  2: 'tree',
  3: 'blob',
  4: 'tag',
};

/** The pack or its index is not something we can read (a format we do not know, or damage). */
export class PackFormatError extends Error {
  override name = 'PackFormatError';
}

const IDX_MAGIC = 0xff744f63; // "\377tOc"
/** Where an index's ids start: after its header and fan-out table. */
const IDS_AT = 8 + 1024;
const READ_AHEAD = 64 * 1024;
/** An object header is a few size bytes plus, for a delta, its base's offset or id. */
const MAX_HEADER = 16 + 32;

/** Offsets in a pack: 4 bytes each while the pack is under 4 GiB, 8 past that. */
type Offsets = Uint32Array | Float64Array;

/**
 * A pack's index (.idx, version 2): its object ids, sorted, and their offsets in the pack. The ids
 * (20 bytes an object) are read from the file when asked for, not held: a single-pack history scan
 * names only its commits and a few blobs. `holdIds()` reads them all into memory where lookups are
 * many (a pack read after others asks each object whether an earlier pack has it). The CRCs are
 * never read; the offsets only until the pack is open.
 */
export class PackIndex {
  private ids: Buffer | null = null;
  private readonly idBuffer: Buffer;

  private constructor(
    readonly packPath: string,
    private readonly fd: number,
    /** The 256 cumulative counts by first byte. */
    private readonly fanout: Uint32Array,
    readonly hashBytes: number,
    readonly count: number,
    private offsetTable: Offsets | null,
  ) {
    this.idBuffer = Buffer.alloc(hashBytes);
  }

  /** Reads `pack-*.idx`; throws PackFormatError for anything but a whole version 2 index. */
  static open(idxPath: string, hashBytes: number): PackIndex {
    const fd = openSync(idxPath, 'r');
    try {
      const size = fstatSync(fd).size;
      const head = readExactly(fd, 8 + 1024, 0);
      if (
        head.length < 8 + 1024 ||
        head.readUInt32BE(0) !== IDX_MAGIC ||
        head.readUInt32BE(4) !== 2
      )
        throw new PackFormatError(`${idxPath}: not a version 2 pack index`);
      const fanout = new Uint32Array(256);
      for (let b = 0; b < 256; b++) fanout[b] = head.readUInt32BE(8 + b * 4);
      const count = fanout[255]!;
      // Lookups search between fan-out entries: counts that go down would send them past the ids.
      for (let b = 1; b < 256; b++)
        if (fanout[b]! < fanout[b - 1]!)
          throw new PackFormatError(`${idxPath}: a damaged fan-out table`);
      const offsetsAt = IDS_AT + count * (hashBytes + 4); // ids, then one CRC32 each
      if (size < offsetsAt + count * 4 + 2 * hashBytes)
        throw new PackFormatError(`${idxPath}: truncated pack index`);
      const offsets = offsetsOf(fd, count, offsetsAt, size - 2 * hashBytes, idxPath);
      const packPath = idxPath.replace(/\.idx$/, '.pack');
      return new PackIndex(packPath, fd, fanout, hashBytes, count, offsets);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  /** Reads every id into memory, for many lookups; `release()` lets them go. */
  holdIds(): void {
    this.ids ??= readExactly(this.fd, this.count * this.hashBytes, IDS_AT);
  }

  release(): void {
    this.ids = null;
  }

  get holdsIds(): boolean {
    return this.ids !== null;
  }

  private closed = false;

  /** Closes the index file (once: a descriptor closed twice may by then be another file's). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }

  /** Offsets by index position, handed over once (the pack keeps them in its own order). */
  takeOffsets(): Offsets {
    const offsets = this.offsetTable;
    if (!offsets) throw new Error('pack index offsets already taken');
    this.offsetTable = null;
    return offsets;
  }

  /** The id at `position`: a view valid until the next call. */
  private idAt(position: number): Buffer {
    const at = position * this.hashBytes;
    if (this.ids) return this.ids.subarray(at, at + this.hashBytes);
    if (readSync(this.fd, this.idBuffer, 0, this.hashBytes, IDS_AT + at) !== this.hashBytes)
      throw new PackFormatError(`${this.packPath}: its index ends inside its ids`);
    return this.idBuffer;
  }

  oidAt(position: number): string {
    return this.idAt(position).toString('hex');
  }

  /** Index position of `oid` (binary search in the sorted ids, narrowed by the fan-out table), or -1. */
  positionOf(oid: Buffer): number {
    const first = oid[0]!;
    let lo = first === 0 ? 0 : this.fanout[first - 1]!;
    let hi = Math.min(this.fanout[first]!, this.count) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = Buffer.compare(oid.subarray(0, this.hashBytes), this.idAt(mid));
      if (order === 0) return mid;
      if (order > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  has(oid: Buffer): boolean {
    return this.positionOf(oid) !== -1;
  }
}

/** `length` bytes at `position` (fewer only at the end of the file). */
function readExactly(fd: number, length: number, position: number): Buffer {
  const out = Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? out : out.subarray(0, done);
}

/**
 * The offset table, read in chunks. Packs over 2 GiB keep large offsets in a second table after it,
 * flagged by the high bit; `end` is where that table must end (the two trailing checksums).
 */
function offsetsOf(fd: number, count: number, at: number, end: number, idxPath: string): Offsets {
  let offsets: Offsets = new Uint32Array(count);
  const chunk = Buffer.allocUnsafe(256 * 1024);
  for (let i = 0; i < count;) {
    const take = Math.min(chunk.length / 4, count - i);
    readSync(fd, chunk, 0, take * 4, at + i * 4);
    for (let j = 0; j < take; j++, i++) {
      const small = chunk.readUInt32BE(j * 4);
      if (small & 0x80000000 && offsets instanceof Uint32Array)
        offsets = Float64Array.from(offsets);
      offsets[i] = small;
    }
  }
  if (offsets instanceof Float64Array) {
    const largeAt = at + count * 4;
    const large = Buffer.alloc(8);
    for (let i = 0; i < count; i++) {
      if (!(offsets[i]! >= 0x80000000)) continue;
      const slot = offsets[i]! - 0x80000000;
      if (largeAt + (slot + 1) * 8 > end)
        throw new PackFormatError(`${idxPath}: a large offset outside its table`);
      readSync(fd, large, 0, 8, largeAt + slot * 8);
      offsets[i] = Number(large.readBigUInt64BE(0));
    }
  }
  return offsets;
}

/** A delta's flag in `Pack.kind`, beside the type (1 to 4; 0 for a delta whose chain has no root). */
const DELTA = 8;

/**
 * One pack, its objects in pack order (`k` = position by offset). Bases of offset deltas come before
 * their deltas, so the objects form trees of deltas rooted at whole objects. Held in ~18 bytes an
 * object beside the index's ids: an offset, a header length, a type, the delta tree, an id position.
 */
export class Pack {
  readonly count: number;
  readonly packPath: string;
  /** Offset of each object, in pack order, then the trailer's: object k's data ends at offset[k + 1]. */
  private readonly offset: Offsets;
  private readonly headerLength: Uint8Array;
  /** Type per position (deltas carry the type of the whole object at their chain's root) | DELTA. */
  private readonly kind: Uint8Array;
  /** The deltas built on each object, as ranges of `children` (firstChild[k]..firstChild[k+1]). */
  readonly firstChild: Int32Array;
  readonly children: Int32Array;
  private readonly idxPosition: Int32Array;
  private readonly fd: number;
  private window = Buffer.alloc(0);
  private windowStart = 0;
  private windowEnd = 0;

  /** Reads every object's header (one sequential pass over the pack); throws PackFormatError. */
  constructor(readonly index: PackIndex) {
    const byPosition = index.takeOffsets();
    const n = (this.count = index.count);
    this.packPath = index.packPath;
    this.offset =
      byPosition instanceof Uint32Array ? new Uint32Array(n + 1) : new Float64Array(n + 1);
    this.offset.set(byPosition);
    const sorted = this.offset.subarray(0, n).sort();
    this.idxPosition = new Int32Array(n);
    for (let i = 0; i < n; i++) this.idxPosition[findSorted(sorted, byPosition[i]!)] = i;
    this.headerLength = new Uint8Array(n);
    this.kind = new Uint8Array(n);
    const base = new Int32Array(n).fill(-1);
    this.fd = openSync(this.packPath, 'r');
    try {
      this.readHeaders(base);
    } catch (error) {
      closeSync(this.fd);
      throw error;
    }
    this.firstChild = new Int32Array(n + 1);
    for (let k = 0; k < n; k++)
      if (base[k]! >= 0) this.firstChild[base[k]! + 1] = this.firstChild[base[k]! + 1]! + 1;
    for (let k = 0; k < n; k++)
      this.firstChild[k + 1] = this.firstChild[k + 1]! + this.firstChild[k]!;
    this.children = new Int32Array(this.firstChild[n]!);
    const fill = this.firstChild.slice(0, n);
    for (let k = 0; k < n; k++) if (base[k]! >= 0) this.children[fill[base[k]!]!++] = k;
    this.resolveTypes(base);
  }

  close(): void {
    closeSync(this.fd);
  }

  /** The object's type (1 commit … 4 tag); for a delta its chain root's, 0 if that has none. */
  type(k: number): number {
    return this.kind[k]! & 7;
  }

  isDelta(k: number): boolean {
    return (this.kind[k]! & DELTA) !== 0;
  }

  oid(k: number): string {
    return this.index.oidAt(this.idxPosition[k]!);
  }

  /** For each index position, the object's position in the pack. */
  positionsToK(): Int32Array {
    const out = new Int32Array(this.count);
    for (let k = 0; k < this.count; k++) out[this.idxPosition[k]!] = k;
    return out;
  }

  /** Bytes the object takes in the pack (header aside). */
  packedSize(k: number): number {
    return this.offset[k + 1]! - this.offset[k]! - this.headerLength[k]!;
  }

  /** The size its header gives: the whole object's, or for a delta the size of its instructions. */
  size(k: number): number {
    const at = this.offset[k]!;
    const header = this.read(at, at + this.headerLength[k]!);
    let c = header[0]!;
    let size = c & 15;
    for (let i = 1, shift = 4; c & 0x80; i++, shift += 7) {
      c = header[i]!;
      size += (c & 0x7f) * 2 ** shift;
    }
    return size;
  }

  /** The object's zlib data, inflated: the whole object, or for a delta its instructions. */
  inflate(k: number): Buffer {
    const size = this.size(k);
    return inflateBounded(
      this.read(this.offset[k]! + this.headerLength[k]!, this.offset[k + 1]!),
      size,
      () => 'its data',
    );
  }

  /** Pack bytes start..end, through a read-ahead window. */
  private read(start: number, end: number): Buffer {
    if (start < this.windowStart || end > this.windowEnd) {
      // Deltas mostly lie near their base: one read serves the next several objects.
      const length = Math.max(end - start, READ_AHEAD);
      if (this.window.length < length) this.window = Buffer.alloc(length);
      const got = readSync(this.fd, this.window, 0, length, start);
      if (got < end - start)
        throw new PackFormatError(`${this.packPath}: truncated at offset ${start}`);
      this.windowStart = start;
      this.windowEnd = start + got;
    }
    return this.window.subarray(start - this.windowStart, end - this.windowStart);
  }

  /** One sequential pass over the pack in large reads, parsing each object's header. */

  private readHeaders(base: Int32Array): void {
    const packSize = fstatSync(this.fd).size;
    const trailer = packSize - this.index.hashBytes;
    const sorted = this.offset;
    sorted[this.count] = trailer;
    const head = Buffer.alloc(12);
    readSync(this.fd, head, 0, 12, 0);
    if (head.toString('latin1', 0, 4) !== 'PACK' || head.readUInt32BE(8) !== this.count)
      throw new PackFormatError(`${this.packPath}: not a pack, or not the one its index describes`);
    if (this.count && (sorted[0]! < 12 || sorted[this.count - 1]! >= trailer))
      throw new PackFormatError(`${this.packPath}: its index names offsets outside the pack`);
    const chunk = Buffer.alloc(4 * 1024 * 1024);
    let chunkStart = 0;
    let chunkLength = 0;
    // Deltas that name their base by id: [k, where the id is in the pack] pairs.
    const refDeltas: number[] = [];
    for (let k = 0; k < this.count; k++) {
      const offset = sorted[k]!;
      const end = sorted[k + 1]!;
      if (offset + MAX_HEADER > chunkStart + chunkLength && chunkStart + chunkLength < packSize) {
        chunkStart = offset;
        chunkLength = readSync(this.fd, chunk, 0, chunk.length, offset);
      }
      let p = offset - chunkStart;
      // The header's last byte must lie before the object's end (and inside what was read).
      const limit = Math.min(chunkLength, end - chunkStart, p + MAX_HEADER);
      let c = chunk[p++]!;
      const type = (c >> 4) & 7;
      for (let shift = 4; c & 0x80 && p < limit; shift += 7) c = chunk[p++]!;
      if (type === OBJ_OFS_DELTA) {
        c = chunk[p++]!;
        let back = c & 0x7f;
        while (c & 0x80 && p < limit) {
          c = chunk[p++]!;
          back = (back + 1) * 128 + (c & 0x7f);
        }
        this.kind[k] = DELTA;
        base[k] = findSorted(sorted.subarray(0, this.count), offset - back);
      } else if (type === OBJ_REF_DELTA) {
        this.kind[k] = DELTA;
        if (p + this.index.hashBytes <= limit) refDeltas.push(k, chunkStart + p);
        p += this.index.hashBytes;
      } else if (type >= OBJ_COMMIT && type <= OBJ_TAG) {
        this.kind[k] = type;
      } else {
        throw new PackFormatError(
          `${this.packPath}: unknown object type ${type} at offset ${offset}`,
        );
      }
      if (p >= limit || c & 0x80)
        throw new PackFormatError(`${this.packPath}: damaged object header at offset ${offset}`);
      this.headerLength[k] = chunkStart + p - offset;
    }
    if (refDeltas.length) this.resolveRefBases(base, refDeltas);
  }

  /** The bases of deltas that name theirs by id ([k, where the id is in the pack] pairs). */
  private resolveRefBases(base: Int32Array, refDeltas: number[]): void {
    // Many lookups at once: the index's ids in memory for the while.
    const held = this.index.holdsIds;
    this.index.holdIds();
    const positionToK = this.positionsToK();
    const id = Buffer.alloc(this.index.hashBytes);
    for (let r = 0; r < refDeltas.length; r += 2) {
      readSync(this.fd, id, 0, id.length, refDeltas[r + 1]!);
      const position = this.index.positionOf(id);
      base[refDeltas[r]!] = position === -1 ? -1 : positionToK[position]!;
    }
    if (!held) this.index.release();
  }

  /**
   * A delta's type is its chain root's; a chain that loops (a delta based on itself, or two on each
   * other) or ends without a base has none (0). Each object is walked once: linear in the pack.
   */
  private resolveTypes(base: Int32Array): void {
    const state = new Uint8Array(this.count); // 0 unknown, 1 on the current path, 2 resolved
    const path: number[] = [];
    for (let k = 0; k < this.count; k++) {
      if (!this.isDelta(k) || state[k] === 2) continue;
      let at = k;
      while (at !== -1 && this.isDelta(at) && state[at] === 0) {
        state[at] = 1;
        path.push(at);
        at = base[at]!;
      }
      // The walk ended at a whole object, a resolved delta, a missing base (-1) or a loop (state 1).
      const type = at === -1 || state[at] === 1 ? 0 : this.type(at);
      for (const p of path) {
        this.kind[p] = DELTA | type;
        state[p] = 2;
      }
      path.length = 0;
    }
  }
}

/** Deflate shrinks data at most about 1032 to 1: a size beyond that from so few bytes is a lie. */
const MAX_DEFLATE_RATIO = 1032;
/** Output chunks are sized to the object (zlib's 16 KiB default is most of the garbage otherwise), up to this. */
const MAX_CHUNK = 16 * 1024 * 1024;

/**
 * Inflates zlib data that must give exactly `declared` bytes, and never more: a zlib bomb (data that
 * inflates far beyond what its header says) stops at the declared size, in milliseconds and bounded
 * memory, as an unreadable object. `what` names it in the error.
 */
export function inflateBounded(data: Buffer, declared: number, what: () => string): Buffer {
  if (declared > data.length * MAX_DEFLATE_RATIO + 64)
    throw new PackFormatError(
      `${what()} claims ${declared} bytes from ${data.length} compressed bytes`,
    );
  let out: Buffer;
  try {
    out = inflateSync(data, {
      chunkSize: Math.min(MAX_CHUNK, Math.max(64, declared + 16)),
      maxOutputLength: Math.max(1, declared),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      throw new PackFormatError(
        `${what()} inflates beyond the ${declared} bytes its header says (a zlib bomb?)`,
      );
    throw new PackFormatError(`${what()}: ${(error as Error).message}`);
  }
  if (out.length !== declared)
    throw new PackFormatError(`${what()} is ${out.length} bytes, its header says ${declared}`);
  return out;
}

/** Whether `idxPath` starts like a version 2 pack index, the only version this reader knows. */
export function isVersion2Index(idxPath: string): boolean {
  const fd = openSync(idxPath, 'r');
  try {
    const head = Buffer.alloc(8);
    return (
      readSync(fd, head, 0, 8, 0) === 8 &&
      head.readUInt32BE(0) === IDX_MAGIC &&
      head.readUInt32BE(4) === 2
    );
  } finally {
    closeSync(fd);
  }
}

function findSorted(sorted: Offsets, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid]!;
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function readVarint(data: Buffer, at: { i: number }): number {
  let value = 0;
  let shift = 0;
  let c: number;
  do {
    if (at.i >= data.length) throw new PackFormatError('delta ends inside its header');
    c = data[at.i++]!;
    value += (c & 0x7f) * 2 ** shift;
    shift += 7;
  } while (c & 0x80);
  return value;
}

/**
 * Where a delta's result can hold a keyword its base cannot: the inserted bytes, and the seams between
 * instructions. `edges` collects, in order, every insert and every copy whole, except that a long copy
 * keeps only `reach` bytes at each end around a separator byte: any keyword of up to `reach + 1`
 * bytes in the result either lies inside one copy (so in the base) or is in `edges` unbroken.
 */
export interface DeltaEdges {
  reach: number;
  separator: number;
  buffer: Buffer;
  length: number;
}

/** The target's size as the delta declares it. */
export function deltaTargetSize(delta: Buffer): number {
  const at = { i: 0 };
  readVarint(delta, at);
  return readVarint(delta, at);
}

/**
 * Applies `delta` to `base`: into `out` when given (sized deltaTargetSize), and collecting the edges
 * when asked. Throws PackFormatError when the delta does not fit its base.
 */
// eslint-disable-next-line max-lines-per-function -- the hot loop of every history scan
export function applyDelta(
  base: Buffer,
  delta: Buffer,
  out: Buffer | null,
  edges: DeltaEdges | null,
): void {
  const at = { i: 0 };
  if (readVarint(delta, at) !== base.length)
    throw new PackFormatError('delta was made for a base of another size');
  const targetSize = readVarint(delta, at);
  let seams = edges?.buffer;
  const reach = edges?.reach ?? 0;
  let kept = edges?.length ?? 0;
  // Grows the seams buffer, kept between deltas, when `more` bytes would not fit.
  const room = (more: number) => {
    if (kept + more <= seams!.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * seams!.length, kept + more));
    seams!.copy(grown, 0, 0, kept);
    seams = edges!.buffer = grown;
  };
  const keep = (from: Buffer, start: number, size: number) => {
    room(2 * reach + 1);
    if (size <= 2 * reach + 1) {
      copyBytes(from, start, size, seams!, kept);
      kept += size;
    } else {
      copyBytes(from, start, reach, seams!, kept);
      seams![kept + reach] = edges!.separator;
      copyBytes(from, start + size - reach, reach, seams!, kept + reach + 1);
      kept += 2 * reach + 1;
    }
  };
  let written = 0;
  let i = at.i;
  while (i < delta.length) {
    const c = delta[i++]!;
    if (c & 0x80) {
      let offset = 0;
      let size = 0;
      if (c & 0x01) offset = delta[i++]!;
      if (c & 0x02) offset |= delta[i++]! << 8;
      if (c & 0x04) offset |= delta[i++]! << 16;
      if (c & 0x08) offset += delta[i++]! * 0x1000000;
      if (c & 0x10) size = delta[i++]!;
      if (c & 0x20) size |= delta[i++]! << 8;
      if (c & 0x40) size |= delta[i++]! << 16;
      if (size === 0) size = 0x10000;
      if (i > delta.length || offset + size > base.length || written + size > targetSize)
        throw new PackFormatError('delta copies outside its base or target');
      if (out) copyBytes(base, offset, size, out, written);
      // Of a copy, only its ends can join a keyword with its neighbours.
      if (seams) keep(base, offset, size);
      written += size;
    } else if (c !== 0) {
      if (i + c > delta.length || written + c > targetSize)
        throw new PackFormatError('delta inserts past its end');
      if (out) copyBytes(delta, i, c, out, written);
      if (seams) {
        // Inserted bytes are new: all kept.
        room(c);
        copyBytes(delta, i, c, seams, kept);
        kept += c;
      }
      written += c;
      i += c;
    } else {
      throw new PackFormatError('delta holds a reserved instruction');
    }
  }
  if (edges) edges.length = kept;
  if (written !== targetSize) throw new PackFormatError('delta result is not the size it declares');
}

/** Buffer#copy costs more to call than a short loop costs to run; deltas are mostly short runs. */
function copyBytes(from: Buffer, start: number, size: number, to: Buffer, at: number): void {
  if (size > 48) {
    from.copy(to, at, start, start + size);
    return;
  }
  for (let j = 0; j < size; j++) to[at + j] = from[start + j]!;
}
