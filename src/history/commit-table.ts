// Every commit and annotated tag a history scan reads, held compactly: ids and parents as binary in
// growing buffers, authors deduplicated, one hash table of row numbers. A Map of CommitMeta objects
// cost ~530 bytes a commit (each kept its whole header alive through sliced strings); this costs ~80
// with its room to grow (times in 32 bits, the hash table up to three quarters full),
// which is what lets a history scan's memory stay nearly flat as the history grows (issue 18).

import { randomBytes } from 'node:crypto';
import type { CommitMeta } from '../sources/source.js';

const EMPTY = -1;
const NO_TIME = 0xffffffff;
/** Odd 32-bit multipliers, random per process (see slotOf). */
const HASH_KEYS = [0, 1, 2].map(() => randomBytes(4).readUInt32LE(0) | 1);

export class CommitTable {
  /** Bytes per id: 20 (SHA-1) or 32 (SHA-256), learnt from the first id added. */
  private hashBytes = 0;
  private rows = 0;
  private oids: Buffer = Buffer.alloc(0);
  /** Row of each id, by open addressing on the id's first bytes; EMPTY where none. */
  private slots = new Int32Array(0);
  /** 32 minus log2 of the slots: the top bits of a mixed id pick its slot. */
  private slotShift = 32;
  /** Parents of row r are parentOids[parentStart[r]..parentStart[r + 1]), binary ids back to back. */
  private parentStart = new Int32Array(1);
  private parentOids: Buffer = Buffer.alloc(0);
  private parentBytes = 0;
  private authorOf = new Int32Array(0);
  private readonly authors: string[] = [];
  private readonly authorIndex = new Map<string, number>();
  /** Seconds since 1970 where they fit 32 bits (until 2106); NO_TIME where none, else in oddTimes. */
  private timeOf = new Uint32Array(0);
  /** Times before 1970 or after 2106 (a commit can claim any), and where the object names none. */
  private readonly oddTimes = new Map<number, number | null>();
  private tagRows = new Uint8Array(0);

  get size(): number {
    return this.rows;
  }

  /** Adds a commit or tag; an id already held keeps its first entry (an object in two packs). */
  add(meta: CommitMeta): void {
    if (!this.hashBytes) this.hashBytes = meta.oid.length / 2;
    const id = Buffer.from(meta.oid, 'hex');
    if (id.length !== this.hashBytes || this.rowOfId(id) !== EMPTY) return;
    this.reserve(this.rows + 1);
    const row = this.rows++;
    id.copy(this.oids, row * this.hashBytes);
    this.insert(id, row);
    // A parent line that is not a whole id (a damaged commit) names no parent we could hold.
    const idLength = 2 * this.hashBytes;
    const parents = meta.parents
      ? meta.parents.split(' ').filter((p) => p.length === idLength)
      : [];
    const need = this.parentBytes + parents.length * this.hashBytes;
    if (need > this.parentOids.length)
      this.parentOids = grown(
        this.parentOids,
        Math.max(need, Math.ceil(1.5 * this.parentOids.length), 4096),
      );
    for (const parent of parents)
      this.parentBytes += this.parentOids.write(parent, this.parentBytes, this.hashBytes, 'hex');
    this.parentStart[row + 1] = this.parentBytes;
    this.authorOf[row] = this.authorId(meta.author);
    const time = meta.time;
    if (time !== null && Number.isInteger(time) && time >= 0 && time < NO_TIME)
      this.timeOf[row] = time;
    else {
      this.timeOf[row] = NO_TIME;
      this.oddTimes.set(row, time);
    }
    this.tagRows[row] = meta.isTag ? 1 : 0;
  }

  /** The row of `oid`, or -1. */
  rowOf(oid: string): number {
    if (!this.hashBytes || oid.length !== this.hashBytes * 2) return EMPTY;
    return this.rowOfId(Buffer.from(oid, 'hex'));
  }

  has(oid: string): boolean {
    return this.rowOf(oid) !== EMPTY;
  }

  get(oid: string): CommitMeta | undefined {
    const row = this.rowOf(oid);
    return row === EMPTY ? undefined : this.meta(row);
  }

  oidAt(row: number): string {
    return this.oids.toString('hex', row * this.hashBytes, (row + 1) * this.hashBytes);
  }

  isTag(row: number): boolean {
    return this.tagRows[row] === 1;
  }

  /**
   * Every row's parent rows at once, for walks of the whole graph: those of row r are
   * `rows[start[r]..start[r + 1])`. Tags have none here; parents the table does not hold (past a
   * shallow clone's edge) are left out.
   */
  allParentRows(): { start: Int32Array; rows: Int32Array } {
    const start = new Int32Array(this.rows + 1);
    const rows = new Int32Array(this.hashBytes ? this.parentBytes / this.hashBytes : 0);
    let n = 0;
    for (let row = 0; row < this.rows; row++) {
      if (!this.isTag(row))
        for (
          let at = this.parentStart[row]!;
          at < this.parentStart[row + 1]!;
          at += this.hashBytes
        ) {
          const parent = this.rowOfId(this.parentOids, at);
          if (parent !== EMPTY) rows[n++] = parent;
        }
      start[row + 1] = n;
    }
    return { start, rows: rows.subarray(0, n) };
  }

  meta(row: number): CommitMeta {
    const parents: string[] = [];
    for (let at = this.parentStart[row]!; at < this.parentStart[row + 1]!; at += this.hashBytes)
      parents.push(this.parentOids.toString('hex', at, at + this.hashBytes));
    const stored = this.timeOf[row]!;
    const time = stored === NO_TIME ? (this.oddTimes.get(row) ?? null) : stored;
    return {
      oid: this.oidAt(row),
      author: this.authors[this.authorOf[row]!]!,
      time,
      parents: parents.join(' '),
      isTag: this.isTag(row),
    };
  }

  private authorId(author: string): number {
    let id = this.authorIndex.get(author);
    if (id === undefined) {
      // A copy of its own: the name may be a slice of a whole commit header, which it would keep alive.
      const own = Buffer.from(author, 'utf8').toString('utf8');
      id = this.authors.push(own) - 1;
      this.authorIndex.set(own, id);
    }
    return id;
  }

  /**
   * Multiply-shift hashing with multipliers drawn for this process: ids are chosen by whoever wrote
   * the commits, and anyone can make thousands of commits whose ids share their low bits (a few
   * hundred thousand tries each), which would make a table keyed by those bits quadratic.
   */
  private slotOf(id: Buffer, from = 0): number {
    const mixed =
      Math.imul(id.readUInt32LE(from), HASH_KEYS[0]!) ^
      Math.imul(id.readUInt32LE(from + 4), HASH_KEYS[1]!) ^
      Math.imul(id.readUInt32LE(from + 8), HASH_KEYS[2]!);
    return mixed >>> this.slotShift;
  }

  /** The row of the id at `from` in `id` (a whole id by default). */
  private rowOfId(id: Buffer, from = 0): number {
    if (this.slots.length === 0) return EMPTY;
    const mask = this.slots.length - 1;
    for (let slot = this.slotOf(id, from); ; slot = (slot + 1) & mask) {
      const row = this.slots[slot]!;
      if (row === EMPTY) return EMPTY;
      const at = row * this.hashBytes;
      if (this.oids.compare(id, from, from + this.hashBytes, at, at + this.hashBytes) === 0)
        return row;
    }
  }

  private insert(id: Buffer, row: number): void {
    const mask = this.slots.length - 1;
    let slot = this.slotOf(id);
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = row;
  }

  /** Room for `rows` rows, the hash table at most three quarters full. */
  private reserve(rows: number): void {
    if (rows <= this.authorOf.length) return;
    // Grown by half at a time: a doubled table is up to half empty, at the largest histories too.
    const capacity = Math.max(1024, Math.ceil(1.5 * this.authorOf.length));
    this.oids = grown(this.oids, capacity * this.hashBytes);
    this.parentStart = grownTyped(this.parentStart, new Int32Array(capacity + 1));
    this.authorOf = grownTyped(this.authorOf, new Int32Array(capacity));
    this.timeOf = grownTyped(this.timeOf, new Uint32Array(capacity));
    this.tagRows = grownTyped(this.tagRows, new Uint8Array(capacity));
    // A power of two (slots are found by masking), at least 4/3 of the rows: at most three quarters
    // full, which linear probing handles well; twice the rows cost 20 bytes a commit in slots alone.
    const bits = Math.ceil(Math.log2((4 * capacity) / 3));
    this.slots = new Int32Array(2 ** bits).fill(EMPTY);
    this.slotShift = 32 - bits;
    for (let row = 0; row < this.rows; row++)
      this.insert(this.oids.subarray(row * this.hashBytes, (row + 1) * this.hashBytes), row);
  }
}

function grown(buffer: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size);
  buffer.copy(out);
  return out;
}

function grownTyped<T extends Int32Array | Uint32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
