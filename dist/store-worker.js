import { createRequire as __floraRequire } from 'node:module'; const require = __floraRequire(import.meta.url);

// src/sources/store-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/archive/sniff.ts
var PREFIXES = [
  ["zip", [80, 75, 3, 4]],
  ["zip", [80, 75, 5, 6]],
  // an empty zip: nothing to read, but not binary either
  ["gzip", [31, 139]],
  ["7z", [55, 122, 188, 175, 39, 28]],
  ["rar", [82, 97, 114, 33, 26, 7]],
  ["xz", [253, 55, 122, 88, 90, 0]],
  ["bzip2", [66, 90, 104]],
  ["zstd", [40, 181, 47, 253]]
];
var MAGIC_PREFIX_BYTES = 6;
function startsWith(bytes, prefix) {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}
var FIRST_BYTES = new Set(PREFIXES.map(([, prefix]) => prefix[0]));
function mayBeArchive(bytes) {
  return bytes.length > 0 && FIRST_BYTES.has(bytes[0]) && PREFIXES.some(([, prefix]) => startsWith(bytes, prefix));
}

// src/scan/literals.ts
var COMMON = ` etaoinsrlcdhupmf_g.,;=()y"'bw/-v:k{}x
	0123456789*<>[]#&jq|z`;
var MIN_STEM = 3;
var MAX_ANCHOR_LETTERS = 2;
var SMALL_HAYSTACK = 2048;
var isLetter = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
var startCost = (c) => {
  if (c === "\0") return COMMON.length + 2;
  const i = COMMON.indexOf(c);
  return i === -1 ? 1 : 1 + COMMON.length - i;
};
function commonPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}
function caseVariants(text) {
  let out = [""];
  for (const c of text)
    out = isLetter(c) ? out.flatMap((p) => [p + c.toLowerCase(), p + c.toUpperCase()]) : out.map((p) => p + c);
  return out;
}
function anchorOf(stem, caseInsensitive) {
  const minLength = Math.min(2, stem.length);
  let best = { at: 0, anchor: stem, cost: Number.POSITIVE_INFINITY };
  for (let at = 0; at + minLength <= stem.length; at++) {
    let end = at;
    let letters = 0;
    while (end < stem.length && (!caseInsensitive || letters + (isLetter(stem[end]) ? 1 : 0) <= MAX_ANCHOR_LETTERS))
      letters += isLetter(stem[end++]) ? 1 : 0;
    if (end - at < minLength) continue;
    const anchor = stem.slice(at, end);
    const cost = (caseInsensitive ? caseVariants(anchor) : [anchor]).reduce(
      (sum, n) => sum + startCost(n[0]),
      0
    );
    if (cost < best.cost) best = { at, anchor, cost };
  }
  return best;
}
function plan(literals2) {
  const groups = /* @__PURE__ */ new Map();
  for (const literal of literals2) {
    const text = literal.caseInsensitive ? literal.text.toLowerCase() : literal.text;
    const key = `${literal.caseInsensitive ? "i" : "s"}:${text.slice(0, MIN_STEM)}`;
    groups.set(key, [
      ...groups.get(key) ?? [],
      { text, caseInsensitive: literal.caseInsensitive }
    ]);
  }
  return [...groups.values()].map((members) => {
    const caseInsensitive = members[0].caseInsensitive;
    const { at, anchor } = anchorOf(
      members.map((m) => m.text).reduce(commonPrefix),
      caseInsensitive
    );
    const needles = caseInsensitive ? caseVariants(anchor) : [anchor];
    return {
      at,
      caseInsensitive,
      needles: needles.map((n) => Buffer.from(n, "latin1")),
      members: members.map((m) => Buffer.from(m.text, "latin1"))
    };
  });
}
function equalsFolded(haystack, start, literal) {
  for (let j = 0; j < literal.length; j++) {
    let c = haystack[start + j];
    if (c >= 65 && c <= 90) c += 32;
    if (c !== literal[j]) return false;
  }
  return true;
}
function literalsPattern(literals2) {
  if (literals2.length === 0) return null;
  const escape = (c) => /[\w\0]/.test(c) ? c : `\\${c}`;
  const root = { next: /* @__PURE__ */ new Map(), ends: false };
  for (const { text, caseInsensitive } of literals2) {
    let node = root;
    for (const c of text) {
      const token = caseInsensitive && isLetter(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c);
      if (!node.next.has(token)) node.next.set(token, { next: /* @__PURE__ */ new Map(), ends: false });
      node = node.next.get(token);
    }
    node.ends = true;
  }
  const source = (node) => {
    if (node.ends) return "";
    const alternatives = [...node.next].map(([token, child]) => token + source(child));
    return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join("|")})`;
  };
  return new RegExp(source(root));
}
var LiteralSet = class {
  searches;
  small;
  literals;
  /** The longest literal's length in bytes. */
  longest;
  /** A byte, not zero, that is in no literal in any case: joining texts with it cannot make a literal. */
  separator;
  constructor(literals2) {
    const unique = /* @__PURE__ */ new Map();
    for (const l of literals2)
      unique.set(`${l.caseInsensitive ? l.text.toLowerCase() : l.text}\0${l.caseInsensitive}`, l);
    this.literals = [...unique.values()];
    this.searches = plan(this.literals);
    this.small = literalsPattern(this.literals);
    this.longest = Math.max(0, ...this.literals.map((l) => Buffer.byteLength(l.text, "latin1")));
    const used = new Set(
      this.literals.flatMap((l) => [
        ...Buffer.from(l.text.toLowerCase() + l.text.toUpperCase() + l.text, "latin1")
      ])
    );
    this.separator = 1;
    while (used.has(this.separator)) this.separator++;
  }
  /** True if any literal occurs in `haystack`. */
  test(haystack) {
    if (haystack.length < SMALL_HAYSTACK)
      return this.small !== null && this.small.test(haystack.toString("latin1"));
    return this.searches.some((search) => contains(haystack, search));
  }
  /** Where the first literal at or after `from` starts, or -1. */
  next(haystack, from) {
    let best = -1;
    for (const search of this.searches) {
      const at = firstMember(haystack, search, from);
      if (at !== -1 && (best === -1 || at < best)) best = at;
    }
    return best;
  }
};
function memberAt(haystack, start, { members, caseInsensitive }) {
  if (start < 0) return false;
  for (const member of members) {
    if (start + member.length > haystack.length) continue;
    if (caseInsensitive ? equalsFolded(haystack, start, member) : haystack.compare(member, 0, member.length, start, start + member.length) === 0)
      return true;
  }
  return false;
}
function firstMember(haystack, search, from) {
  let best = -1;
  for (const needle of search.needles) {
    for (let i = haystack.indexOf(needle, from + search.at); i !== -1 && (best === -1 || i - search.at < best); i = haystack.indexOf(needle, i + 1)) {
      if (memberAt(haystack, i - search.at, search)) {
        best = i - search.at;
        break;
      }
    }
  }
  return best;
}
function contains(haystack, { at, needles, members, caseInsensitive }) {
  for (const needle of needles) {
    for (let i = haystack.indexOf(needle, at); i !== -1; i = haystack.indexOf(needle, i + 1)) {
      const start = i - at;
      for (const member of members) {
        if (start + member.length > haystack.length) continue;
        if (caseInsensitive ? equalsFolded(haystack, start, member) : haystack.compare(member, 0, member.length, start, start + member.length) === 0)
          return true;
      }
    }
  }
  return false;
}

// src/scan/gate.ts
function wideForms(literal) {
  const le = [...literal.text].map((c) => c + "\0").join("");
  return [
    { ...literal, text: le },
    { ...literal, text: "\0" + le.slice(0, -1) }
  ];
}
var ContentGate = class {
  constructor(literals2, options = {}) {
    this.literals = literals2;
    this.archives = options.archives === true;
    this.set = new LiteralSet(literals2);
    this.wide = new LiteralSet(literals2.flatMap(wideForms));
  }
  set;
  /** The literals as UTF-16: for wide text inside binary content (see Engine). */
  wide;
  /** Content that starts like an archive may hold a match: it is opened (see archive/sniff.ts). */
  archives;
  /** False only when the engine would find nothing in `bytes`. */
  mayMatch(bytes) {
    return this.set.test(bytes) || bytes.indexOf(0) !== -1 || this.archives && mayBeArchive(bytes);
  }
  /** Whether any literal occurs (ignoring zero bytes): for text already decoded from a wide encoding. */
  hasLiteral(bytes) {
    return this.set.test(bytes);
  }
  /** The longest literal, in bytes: how far apart two pieces must be kept to not join into one. */
  get longest() {
    return Math.max(this.set.longest, this.archives ? MAGIC_PREFIX_BYTES + 1 : 0);
  }
  /** A byte no literal holds: joining pieces with it cannot make a literal. */
  get separator() {
    return this.set.separator;
  }
};

// src/sources/object-batch.ts
var KIND_BYTES = 0;
var KIND_FREE = 1;
var KIND_ERROR = 2;
var TYPES = ["blob", "commit", "tag"];
var BatchWriter = class {
  constructor(send, maxObjects = 2048, maxBytes = 8 * 1024 * 1024) {
    this.send = send;
    this.maxObjects = maxObjects;
    this.maxBytes = maxBytes;
  }
  oids = [];
  types = [];
  kinds = [];
  sizes = [];
  errors = [];
  ends = [];
  contents = [];
  bytes = 0;
  add(object) {
    this.oids.push(object.oid);
    this.types.push(TYPES.indexOf(object.type));
    this.sizes.push(object.size);
    if ("bytes" in object) {
      this.kinds.push(KIND_BYTES);
      this.contents.push(Buffer.from(object.bytes));
      this.bytes += object.bytes.length;
      this.ends.push(this.bytes);
    } else if ("error" in object) {
      this.kinds.push(KIND_ERROR);
      this.errors.push(object.error);
    } else {
      this.kinds.push(KIND_FREE);
    }
    if (this.oids.length >= this.maxObjects || this.bytes >= this.maxBytes) this.flush();
  }
  flush() {
    if (this.oids.length === 0) return;
    const data = new ArrayBuffer(this.bytes);
    const view = Buffer.from(data);
    let at = 0;
    for (const c of this.contents) at += c.copy(view, at);
    this.send(
      {
        oids: this.oids,
        types: Uint8Array.from(this.types),
        kinds: Uint8Array.from(this.kinds),
        sizes: Float64Array.from(this.sizes),
        errors: this.errors,
        data,
        ends: Float64Array.from(this.ends)
      },
      [data]
    );
    this.oids = [];
    this.types = [];
    this.kinds = [];
    this.sizes = [];
    this.errors = [];
    this.ends = [];
    this.contents = [];
    this.bytes = 0;
  }
};

// src/sources/object-store.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { constants as zlibConstants, inflateSync as inflateSync2 } from "node:zlib";

// src/sources/packfile.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { inflateSync } from "node:zlib";
var OBJ_COMMIT = 1;
var OBJ_TREE = 2;
var OBJ_BLOB = 3;
var OBJ_TAG = 4;
var OBJ_OFS_DELTA = 6;
var OBJ_REF_DELTA = 7;
var TYPE_NAMES = {
  1: "commit",
  2: "tree",
  3: "blob",
  4: "tag"
};
var PackFormatError = class extends Error {
  name = "PackFormatError";
};
var IDX_MAGIC = 4285812579;
var IDS_AT = 8 + 1024;
var READ_AHEAD = 64 * 1024;
var MAX_HEADER = 16 + 32;
var PackIndex = class _PackIndex {
  constructor(packPath, fd, fanout, hashBytes, count, offsetTable) {
    this.packPath = packPath;
    this.fd = fd;
    this.fanout = fanout;
    this.hashBytes = hashBytes;
    this.count = count;
    this.offsetTable = offsetTable;
    this.idBuffer = Buffer.alloc(hashBytes);
  }
  ids = null;
  idBuffer;
  /** Reads `pack-*.idx`; throws PackFormatError for anything but a whole version 2 index. */
  static open(idxPath, hashBytes) {
    const fd = openSync(idxPath, "r");
    try {
      const size = fstatSync(fd).size;
      const head = readExactly(fd, 8 + 1024, 0);
      if (head.length < 8 + 1024 || head.readUInt32BE(0) !== IDX_MAGIC || head.readUInt32BE(4) !== 2)
        throw new PackFormatError(`${idxPath}: not a version 2 pack index`);
      const fanout = new Uint32Array(256);
      for (let b = 0; b < 256; b++) fanout[b] = head.readUInt32BE(8 + b * 4);
      const count = fanout[255];
      for (let b = 1; b < 256; b++)
        if (fanout[b] < fanout[b - 1])
          throw new PackFormatError(`${idxPath}: a damaged fan-out table`);
      const offsetsAt = IDS_AT + count * (hashBytes + 4);
      if (size < offsetsAt + count * 4 + 2 * hashBytes)
        throw new PackFormatError(`${idxPath}: truncated pack index`);
      const offsets = offsetsOf(fd, count, offsetsAt, size - 2 * hashBytes, idxPath);
      const packPath = idxPath.replace(/\.idx$/, ".pack");
      return new _PackIndex(packPath, fd, fanout, hashBytes, count, offsets);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }
  /** Reads every id into memory, for many lookups; `release()` lets them go. */
  holdIds() {
    this.ids ??= readExactly(this.fd, this.count * this.hashBytes, IDS_AT);
  }
  release() {
    this.ids = null;
  }
  get holdsIds() {
    return this.ids !== null;
  }
  closed = false;
  /** Closes the index file (once: a descriptor closed twice may by then be another file's). */
  close() {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
  }
  /** Offsets by index position, handed over once (the pack keeps them in its own order). */
  takeOffsets() {
    const offsets = this.offsetTable;
    if (!offsets) throw new Error("pack index offsets already taken");
    this.offsetTable = null;
    return offsets;
  }
  /** The id at `position`: a view valid until the next call. */
  idAt(position) {
    const at = position * this.hashBytes;
    if (this.ids) return this.ids.subarray(at, at + this.hashBytes);
    if (readSync(this.fd, this.idBuffer, 0, this.hashBytes, IDS_AT + at) !== this.hashBytes)
      throw new PackFormatError(`${this.packPath}: its index ends inside its ids`);
    return this.idBuffer;
  }
  oidAt(position) {
    return this.idAt(position).toString("hex");
  }
  /** Index position of `oid` (binary search in the sorted ids, narrowed by the fan-out table), or -1. */
  positionOf(oid) {
    const first = oid[0];
    let lo = first === 0 ? 0 : this.fanout[first - 1];
    let hi = Math.min(this.fanout[first], this.count) - 1;
    while (lo <= hi) {
      const mid = lo + hi >>> 1;
      const order = Buffer.compare(oid.subarray(0, this.hashBytes), this.idAt(mid));
      if (order === 0) return mid;
      if (order > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  has(oid) {
    return this.positionOf(oid) !== -1;
  }
};
function readExactly(fd, length, position) {
  const out = Buffer.allocUnsafeSlow(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? out : out.subarray(0, done);
}
function offsetsOf(fd, count, at, end, idxPath) {
  let offsets = new Uint32Array(count);
  const chunk = Buffer.allocUnsafe(256 * 1024);
  for (let i = 0; i < count; ) {
    const take = Math.min(chunk.length / 4, count - i);
    readSync(fd, chunk, 0, take * 4, at + i * 4);
    for (let j = 0; j < take; j++, i++) {
      const small = chunk.readUInt32BE(j * 4);
      if (small & 2147483648 && offsets instanceof Uint32Array)
        offsets = Float64Array.from(offsets);
      offsets[i] = small;
    }
  }
  if (offsets instanceof Float64Array) {
    const largeAt = at + count * 4;
    const large = Buffer.alloc(8);
    for (let i = 0; i < count; i++) {
      if (!(offsets[i] >= 2147483648)) continue;
      const slot = offsets[i] - 2147483648;
      if (largeAt + (slot + 1) * 8 > end)
        throw new PackFormatError(`${idxPath}: a large offset outside its table`);
      readSync(fd, large, 0, 8, largeAt + slot * 8);
      offsets[i] = Number(large.readBigUInt64BE(0));
    }
  }
  return offsets;
}
var DELTA = 8;
var Pack = class {
  /** Reads every object's header (one sequential pass over the pack); throws PackFormatError. */
  constructor(index) {
    this.index = index;
    const byPosition = index.takeOffsets();
    const n = this.count = index.count;
    this.packPath = index.packPath;
    this.offset = byPosition instanceof Uint32Array ? new Uint32Array(n + 1) : new Float64Array(n + 1);
    this.offset.set(byPosition);
    const sorted = this.offset.subarray(0, n).sort();
    this.idxPosition = new Int32Array(n);
    for (let i = 0; i < n; i++) this.idxPosition[findSorted(sorted, byPosition[i])] = i;
    this.headerLength = new Uint8Array(n);
    this.kind = new Uint8Array(n);
    const base = new Int32Array(n).fill(-1);
    this.fd = openSync(this.packPath, "r");
    try {
      this.readHeaders(base);
    } catch (error) {
      closeSync(this.fd);
      throw error;
    }
    this.firstChild = new Int32Array(n + 1);
    for (let k = 0; k < n; k++)
      if (base[k] >= 0) this.firstChild[base[k] + 1] = this.firstChild[base[k] + 1] + 1;
    for (let k = 0; k < n; k++)
      this.firstChild[k + 1] = this.firstChild[k + 1] + this.firstChild[k];
    this.children = new Int32Array(this.firstChild[n]);
    const fill = this.firstChild.slice(0, n);
    for (let k = 0; k < n; k++) if (base[k] >= 0) this.children[fill[base[k]]++] = k;
    this.resolveTypes(base);
  }
  count;
  packPath;
  /** Offset of each object, in pack order, then the trailer's: object k's data ends at offset[k + 1]. */
  offset;
  headerLength;
  /** Type per position (deltas carry the type of the whole object at their chain's root) | DELTA. */
  kind;
  /** The deltas built on each object, as ranges of `children` (firstChild[k]..firstChild[k+1]). */
  firstChild;
  children;
  idxPosition;
  fd;
  window = Buffer.alloc(0);
  windowStart = 0;
  windowEnd = 0;
  close() {
    closeSync(this.fd);
  }
  /** The object's type (1 commit … 4 tag); for a delta its chain root's, 0 if that has none. */
  type(k) {
    return this.kind[k] & 7;
  }
  isDelta(k) {
    return (this.kind[k] & DELTA) !== 0;
  }
  oid(k) {
    return this.index.oidAt(this.idxPosition[k]);
  }
  /** For each index position, the object's position in the pack. */
  positionsToK() {
    const out = new Int32Array(this.count);
    for (let k = 0; k < this.count; k++) out[this.idxPosition[k]] = k;
    return out;
  }
  /** Bytes the object takes in the pack (header aside). */
  packedSize(k) {
    return this.offset[k + 1] - this.offset[k] - this.headerLength[k];
  }
  /** The size its header gives: the whole object's, or for a delta the size of its instructions. */
  size(k) {
    const at = this.offset[k];
    const header = this.read(at, at + this.headerLength[k]);
    let c = header[0];
    let size = c & 15;
    for (let i = 1, shift = 4; c & 128; i++, shift += 7) {
      c = header[i];
      size += (c & 127) * 2 ** shift;
    }
    return size;
  }
  /** The object's zlib data, inflated: the whole object, or for a delta its instructions. */
  inflate(k) {
    const size = this.size(k);
    return inflateBounded(
      this.read(this.offset[k] + this.headerLength[k], this.offset[k + 1]),
      size,
      () => "its data"
    );
  }
  /** Pack bytes start..end, through a read-ahead window. */
  read(start, end) {
    if (start < this.windowStart || end > this.windowEnd) {
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
  readHeaders(base) {
    const packSize = fstatSync(this.fd).size;
    const trailer = packSize - this.index.hashBytes;
    const sorted = this.offset;
    sorted[this.count] = trailer;
    const head = Buffer.alloc(12);
    readSync(this.fd, head, 0, 12, 0);
    if (head.toString("latin1", 0, 4) !== "PACK" || head.readUInt32BE(8) !== this.count)
      throw new PackFormatError(`${this.packPath}: not a pack, or not the one its index describes`);
    if (this.count && (sorted[0] < 12 || sorted[this.count - 1] >= trailer))
      throw new PackFormatError(`${this.packPath}: its index names offsets outside the pack`);
    const chunk = Buffer.alloc(4 * 1024 * 1024);
    let chunkStart = 0;
    let chunkLength = 0;
    const refDeltas = [];
    for (let k = 0; k < this.count; k++) {
      const offset = sorted[k];
      const end = sorted[k + 1];
      if (offset + MAX_HEADER > chunkStart + chunkLength && chunkStart + chunkLength < packSize) {
        chunkStart = offset;
        chunkLength = readSync(this.fd, chunk, 0, chunk.length, offset);
      }
      let p = offset - chunkStart;
      const limit = Math.min(chunkLength, end - chunkStart, p + MAX_HEADER);
      let c = chunk[p++];
      const type = c >> 4 & 7;
      for (let shift = 4; c & 128 && p < limit; shift += 7) c = chunk[p++];
      if (type === OBJ_OFS_DELTA) {
        c = chunk[p++];
        let back = c & 127;
        while (c & 128 && p < limit) {
          c = chunk[p++];
          back = (back + 1) * 128 + (c & 127);
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
          `${this.packPath}: unknown object type ${type} at offset ${offset}`
        );
      }
      if (p >= limit || c & 128)
        throw new PackFormatError(`${this.packPath}: damaged object header at offset ${offset}`);
      this.headerLength[k] = chunkStart + p - offset;
    }
    if (refDeltas.length) this.resolveRefBases(base, refDeltas);
  }
  /** The bases of deltas that name theirs by id ([k, where the id is in the pack] pairs). */
  resolveRefBases(base, refDeltas) {
    const held = this.index.holdsIds;
    this.index.holdIds();
    const positionToK = this.positionsToK();
    const id = Buffer.alloc(this.index.hashBytes);
    for (let r = 0; r < refDeltas.length; r += 2) {
      readSync(this.fd, id, 0, id.length, refDeltas[r + 1]);
      const position = this.index.positionOf(id);
      base[refDeltas[r]] = position === -1 ? -1 : positionToK[position];
    }
    if (!held) this.index.release();
  }
  /**
   * A delta's type is its chain root's; a chain that loops (a delta based on itself, or two on each
   * other) or ends without a base has none (0). Each object is walked once: linear in the pack.
   */
  resolveTypes(base) {
    const state = new Uint8Array(this.count);
    const path = [];
    for (let k = 0; k < this.count; k++) {
      if (!this.isDelta(k) || state[k] === 2) continue;
      let at = k;
      while (at !== -1 && this.isDelta(at) && state[at] === 0) {
        state[at] = 1;
        path.push(at);
        at = base[at];
      }
      const type = at === -1 || state[at] === 1 ? 0 : this.type(at);
      for (const p of path) {
        this.kind[p] = DELTA | type;
        state[p] = 2;
      }
      path.length = 0;
    }
  }
};
var MAX_DEFLATE_RATIO = 1032;
var MAX_CHUNK = 16 * 1024 * 1024;
function inflateBounded(data, declared, what) {
  if (declared > data.length * MAX_DEFLATE_RATIO + 64)
    throw new PackFormatError(
      `${what()} claims ${declared} bytes from ${data.length} compressed bytes`
    );
  let out;
  try {
    out = inflateSync(data, {
      chunkSize: Math.min(MAX_CHUNK, Math.max(64, declared + 16)),
      maxOutputLength: Math.max(1, declared)
    });
  } catch (error) {
    const code = error.code;
    if (code === "ERR_BUFFER_TOO_LARGE")
      throw new PackFormatError(
        `${what()} inflates beyond the ${declared} bytes its header says (a zlib bomb?)`
      );
    throw new PackFormatError(`${what()}: ${error.message}`);
  }
  if (out.length !== declared)
    throw new PackFormatError(`${what()} is ${out.length} bytes, its header says ${declared}`);
  return out;
}
function findSorted(sorted, value) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const at = sorted[mid];
    if (at === value) return mid;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
function readVarint(data, at) {
  let value = 0;
  let shift = 0;
  let c;
  do {
    if (at.i >= data.length) throw new PackFormatError("delta ends inside its header");
    c = data[at.i++];
    value += (c & 127) * 2 ** shift;
    shift += 7;
  } while (c & 128);
  return value;
}
function deltaTargetSize(delta) {
  const at = { i: 0 };
  readVarint(delta, at);
  return readVarint(delta, at);
}
function applyDelta(base, delta, out, edges) {
  const at = { i: 0 };
  if (readVarint(delta, at) !== base.length)
    throw new PackFormatError("delta was made for a base of another size");
  const targetSize2 = readVarint(delta, at);
  let seams = edges?.buffer;
  const reach = edges?.reach ?? 0;
  let kept = edges?.length ?? 0;
  const room = (more) => {
    if (kept + more <= seams.length) return;
    const grown = Buffer.allocUnsafe(Math.max(2 * seams.length, kept + more));
    seams.copy(grown, 0, 0, kept);
    seams = edges.buffer = grown;
  };
  const keep = (from, start, size) => {
    room(2 * reach + 1);
    if (size <= 2 * reach + 1) {
      copyBytes(from, start, size, seams, kept);
      kept += size;
    } else {
      copyBytes(from, start, reach, seams, kept);
      seams[kept + reach] = edges.separator;
      copyBytes(from, start + size - reach, reach, seams, kept + reach + 1);
      kept += 2 * reach + 1;
    }
  };
  let written = 0;
  let i = at.i;
  while (i < delta.length) {
    const c = delta[i++];
    if (c & 128) {
      let offset = 0;
      let size = 0;
      if (c & 1) offset = delta[i++];
      if (c & 2) offset |= delta[i++] << 8;
      if (c & 4) offset |= delta[i++] << 16;
      if (c & 8) offset += delta[i++] * 16777216;
      if (c & 16) size = delta[i++];
      if (c & 32) size |= delta[i++] << 8;
      if (c & 64) size |= delta[i++] << 16;
      if (size === 0) size = 65536;
      if (i > delta.length || offset + size > base.length || written + size > targetSize2)
        throw new PackFormatError("delta copies outside its base or target");
      if (out) copyBytes(base, offset, size, out, written);
      if (seams) keep(base, offset, size);
      written += size;
    } else if (c !== 0) {
      if (i + c > delta.length || written + c > targetSize2)
        throw new PackFormatError("delta inserts past its end");
      if (out) copyBytes(delta, i, c, out, written);
      if (seams) {
        room(c);
        copyBytes(delta, i, c, seams, kept);
        kept += c;
      }
      written += c;
      i += c;
    } else {
      throw new PackFormatError("delta holds a reserved instruction");
    }
  }
  if (edges) edges.length = kept;
  if (written !== targetSize2) throw new PackFormatError("delta result is not the size it declares");
}
function copyBytes(from, start, size, to, at) {
  if (size > 48) {
    from.copy(to, at, start, start + size);
    return;
  }
  for (let j = 0; j < size; j++) to[at + j] = from[start + j];
}

// src/sources/object-store.ts
var POOLED_BUFFER_BYTES = 1024 * 1024;
var POOLED_DEPTHS = 32;
var MAX_OBJECT_BYTES = 512 * 1024 * 1024;
var BOMB_BYTES = 256 * 1024 * 1024;
var BOMB_RATIO = 1e3;
var HELD_BASES_BYTES = 64 * 1024 * 1024;
var ObjectStore = class _ObjectStore {
  constructor(indexes, loose, unopened, heldBasesBytes, bombBytes) {
    this.indexes = indexes;
    this.loose = loose;
    this.unopened = unopened;
    this.heldBasesBytes = heldBasesBytes;
    this.bombBytes = bombBytes;
  }
  packs = null;
  /** One buffer per depth of a delta tree, reused across trees. */
  pool = [];
  /** This scan's ledger, kept when asked for (see `ledger()`). */
  recorded = null;
  /** Packs an earlier scan proved, with the clean trees of blobs it summed; and the blobs to read again. */
  reuse = /* @__PURE__ */ new Map();
  notable = /* @__PURE__ */ new Set();
  /**
   * Starts keeping this scan's ledger, and takes what `earlier` proved of packs read in the same
   * order then: those come first, in that order, and their clean trees of blobs are not read again.
   * One reader only (no shares).
   */
  useLedger(earlier) {
    this.recorded = { packs: [], notable: [] };
    if (!earlier) return;
    const byName = new Map(this.indexes.map((index) => [basename(index.packPath), index]));
    const reused = [];
    for (const pack of earlier.packs) {
      const index = byName.get(pack.name);
      if (!index) break;
      reused.push(index);
      this.reuse.set(index, pack);
    }
    const rest = this.indexes.filter((index) => !this.reuse.has(index));
    this.indexes.splice(0, this.indexes.length, ...reused, ...rest);
    this.notable = new Set(earlier.notable);
  }
  /** What this scan proved, once `objects()` has been read to the end; null unless asked for. */
  ledger() {
    return this.recorded;
  }
  /**
   * Reads the pack indexes; each pack's own headers are read when the walk reaches packs.
   * `heldBasesBytes`: how much assembled delta bases may take before the oldest are dropped;
   * `bombBytes`: how much a delta tree's whole-read versions may take before it is a pack bomb.
   */
  static open(location2, { heldBasesBytes = HELD_BASES_BYTES, bombBytes = BOMB_BYTES } = {}) {
    const indexes = [];
    const unopened = [];
    for (const idx of location2.idxFiles) {
      try {
        indexes.push(PackIndex.open(idx, location2.hashBytes));
      } catch (error) {
        unopened.push({ path: idx.replace(/\.idx$/, ".pack"), reason: reasonOf(error) });
      }
    }
    return new _ObjectStore(indexes, location2.loose, unopened, heldBasesBytes, bombBytes);
  }
  /** How many objects all shares together deliver (trees are not read); null until packs are open. */
  total() {
    if (!this.packs) return null;
    let objects = this.loose.length + this.unopened.length;
    for (const pack of this.packs)
      for (let k = 0; k < pack.count; k++) if (pack.type(k) !== OBJ_TREE) objects++;
    return objects;
  }
  close() {
    for (const pack of this.packs ?? []) pack.close();
    for (const index of this.indexes) index.close();
  }
  openPacks() {
    if (this.packs) return this.packs;
    this.packs = [];
    for (const index of this.indexes) {
      try {
        this.packs.push(new Pack(index));
      } catch (error) {
        this.unopened.push({ path: index.packPath, reason: reasonOf(error) });
      }
    }
    for (const pack of this.packs.slice(0, -1)) pack.index.holdIds();
    return this.packs;
  }
  /**
   * Every blob, commit and tag once: loose objects first (often the newest: a fresh leak is found,
   * and attributed, soonest), then each pack's delta trees in pack order. Buffers are views valid until
   * the next object is asked for.
   */
  *objects(gate, share2 = { index: 0, of: 1 }) {
    if (share2.index === 0) {
      for (const object of this.loose) {
        if (this.indexes.some((index) => index.has(Buffer.from(object.oid, "hex")))) continue;
        const read = readLoose(object);
        if (read) yield read;
      }
    }
    const packs = this.openPacks();
    if (share2.index === 0)
      for (const { path, reason } of this.unopened)
        yield { oid: path, type: "blob", size: 0, error: `cannot read pack ${path}: ${reason}` };
    const edges = {
      reach: Math.max(2, gate.longest - 1),
      separator: gate.separator,
      buffer: Buffer.alloc(64 * 1024),
      length: 0
    };
    let turn = 0;
    for (const [p, pack] of packs.entries()) {
      const earlier = packs.slice(0, p).map((e) => e.index);
      const proven = this.reuse.get(pack.index);
      const reread = proven ? this.marked(pack) : null;
      const ledger = { name: basename(pack.packPath), objects: 0, bytes: 0 };
      for (let k = 0; k < pack.count; k++) {
        const orphan = pack.isDelta(k) && pack.type(k) === 0;
        if (!orphan && (pack.isDelta(k) || pack.type(k) === OBJ_TREE)) continue;
        if (turn++ % share2.of !== share2.index) continue;
        if (orphan)
          yield {
            oid: pack.oid(k),
            type: "blob",
            size: 0,
            error: `cannot read git object ${pack.oid(k)}: its delta base is not in ${pack.packPath}, or its deltas loop back on themselves`
          };
        else if (earlier.some((e) => e.has(Buffer.from(pack.oid(k), "hex")))) continue;
        else if (reread && pack.type(k) === OBJ_BLOB && !inTree(pack, k, reread)) continue;
        else if (this.recorded)
          yield* this.recordTree(pack, k, this.deltaTree(pack, k, gate, edges), ledger);
        else yield* this.deltaTree(pack, k, gate, edges);
      }
      if (proven) {
        ledger.objects += proven.objects;
        ledger.bytes += proven.bytes;
        if (proven.objects)
          yield {
            oid: "",
            type: "blob",
            size: proven.bytes,
            provenFree: true,
            count: proven.objects
          };
      }
      this.recorded?.packs.push(ledger);
    }
  }
  /** Positions of `pack` that hold a blob to read again. */
  marked(pack) {
    const marks = new Uint8Array(pack.count);
    const kAt = pack.positionsToK();
    for (const oid of this.notable) {
      const position = pack.index.positionOf(Buffer.from(oid, "hex"));
      if (position !== -1) marks[kAt[position]] = 1;
    }
    return marks;
  }
  /** Passes a delta tree's objects on, summing it into `ledger` if the gate proved all of it clean. */
  *recordTree(pack, root, tree, ledger) {
    let objects = 0;
    let bytes = 0;
    const named = [];
    for (const object of tree) {
      if ("provenFree" in object) {
        objects++;
        bytes += object.size;
      } else named.push(object.oid);
      yield object;
    }
    if (pack.type(root) !== OBJ_BLOB) return;
    if (named.length) this.recorded.notable.push(...named);
    else {
      ledger.objects += objects;
      ledger.bytes += bytes;
    }
  }
  /** One whole object and every delta built on it, depth first, each base assembled once. */
  // eslint-disable-next-line max-lines-per-function -- the hot loop: split, it would allocate per object
  *deltaTree(pack, root, gate, edges) {
    const stack = [];
    const pool = this.pool;
    const bufferAt = (depth, size) => {
      if (size > POOLED_BUFFER_BYTES || depth >= POOLED_DEPTHS) return Buffer.allocUnsafe(size);
      if ((pool[depth]?.length ?? -1) < size)
        pool[depth] = Buffer.allocUnsafeSlow(
          Math.min(POOLED_BUFFER_BYTES, Math.max(size, 2 * (pool[depth]?.length ?? 0), 4096))
        );
      return pool[depth].subarray(0, size);
    };
    let held = 0;
    const hold = (frame, content) => {
      frame.content = content;
      held += content.length;
      for (let i = 0; held > this.heldBasesBytes && i < stack.length - 1; i++) {
        const old = stack[i];
        if (old === frame || !old.content) continue;
        held -= old.content.length;
        old.content = null;
      }
    };
    const contentOf = (depth) => {
      const frame = stack[depth];
      if (frame.content) return frame.content;
      let from = depth;
      while (from > 0 && !stack[from].content) from--;
      let content = stack[from].content ?? pack.inflate(stack[from].k);
      for (let d = from + 1; d <= depth; d++) {
        const delta = pack.inflate(stack[d].k);
        const out = Buffer.allocUnsafe(targetSize(delta));
        applyDelta(content, delta, out, null);
        content = out;
      }
      hold(frame, content);
      return content;
    };
    const type = TYPE_NAMES[pack.type(root)];
    let wholeBytes = 0;
    let packedBytes = pack.packedSize(root);
    let rootContent;
    try {
      if (pack.size(root) > MAX_OBJECT_BYTES)
        throw new PackFormatError(`larger than ${MAX_OBJECT_BYTES} bytes: not read whole`);
      rootContent = pack.inflate(root);
    } catch (error) {
      yield* failed(pack, root, error);
      return;
    }
    const rootFrame = {
      k: root,
      content: null,
      clean: !gate.mayMatch(rootContent),
      nextChild: pack.firstChild[root]
    };
    stack.push(rootFrame);
    hold(rootFrame, rootContent);
    yield describe(pack, root, type, rootContent, rootFrame);
    while (stack.length) {
      const parent = stack[stack.length - 1];
      if (parent.nextChild === pack.firstChild[parent.k + 1]) {
        stack.pop();
        if (parent.content) held -= parent.content.length;
        continue;
      }
      const child = pack.children[parent.nextChild++];
      const hasChildren = pack.firstChild[child + 1] > pack.firstChild[child];
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
        if (type === "blob" && parent.clean && !hasChildren) {
          applyDelta(base, delta, null, edges);
          if (!gate.mayMatch(edges.buffer.subarray(0, edges.length))) {
            yield { oid: "", type, size: deltaTargetSize(delta), provenFree: true };
            continue;
          }
        }
        const content = bufferAt(stack.length, targetSize(delta));
        edges.length = 0;
        applyDelta(base, delta, content, parent.clean ? edges : null);
        const frame = {
          k: child,
          content: null,
          clean: parent.clean ? !gate.mayMatch(edges.buffer.subarray(0, edges.length)) : !gate.mayMatch(content),
          nextChild: pack.firstChild[child]
        };
        if (hasChildren) {
          stack.push(frame);
          hold(frame, content);
        }
        if (!frame.clean || type !== "blob") wholeBytes += content.length;
        yield describe(pack, child, type, content, frame);
      } catch (error) {
        yield* failed(pack, child, error);
      }
    }
  }
};
function inTree(pack, root, marks) {
  const pending = [root];
  while (pending.length) {
    const at = pending.pop();
    if (marks[at]) return true;
    for (let c = pack.firstChild[at]; c < pack.firstChild[at + 1]; c++)
      pending.push(pack.children[c]);
  }
  return false;
}
function targetSize(delta) {
  const size = deltaTargetSize(delta);
  if (size > MAX_OBJECT_BYTES)
    throw new PackFormatError(
      `its delta makes ${size} bytes, more than the ${MAX_OBJECT_BYTES} read whole`
    );
  return size;
}
function describe(pack, k, type, content, frame) {
  if (type === "blob" && frame.clean)
    return { oid: "", type, size: content.length, provenFree: true };
  return { oid: pack.oid(k), type, size: content.length, bytes: content };
}
function reasonOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function* failed(pack, k, error) {
  const reason = error instanceof Error ? error.message : String(error);
  const pending = [k];
  while (pending.length) {
    const at = pending.pop();
    const oid = pack.oid(at);
    yield {
      oid,
      type: "blob",
      size: 0,
      error: `cannot read git object ${oid}: ${at === k ? reason : `its delta base ${pack.oid(k)} cannot be read`}`
    };
    for (let c = pack.firstChild[at]; c < pack.firstChild[at + 1]; c++)
      pending.push(pack.children[c]);
  }
}
function looseHeader(file) {
  for (const take of [256, 4096]) {
    const input = file.subarray(0, take);
    const prefix = inflateSync2(input, {
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
      maxOutputLength: 1032 * input.length + 64
    });
    const nul = prefix.indexOf(0);
    if (nul === -1 && input.length < file.length) continue;
    const match = /^([a-z]{1,8}) (\d{1,15})$/.exec(
      prefix.toString("latin1", 0, nul === -1 ? 0 : nul)
    );
    if (nul === -1 || !match) break;
    return { typeName: match[1], size: Number(match[2]), headerLength: nul + 1 };
  }
  throw new PackFormatError("damaged loose object header");
}
function readLoose({ oid, path }) {
  try {
    const file = readFileSync(path);
    const { typeName, size, headerLength } = looseHeader(file);
    if (typeName === "tree") return null;
    if (typeName !== "blob" && typeName !== "commit" && typeName !== "tag")
      throw new PackFormatError(`unknown object type ${typeName}`);
    const bytes = inflateBounded(file, headerLength + size, () => "its data").subarray(
      headerLength
    );
    return { oid, type: typeName, size: bytes.length, bytes };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { oid, type: "blob", size: 0, error: `cannot read git object ${oid}: ${reason}` };
  }
}

// src/sources/store-worker.ts
var BATCHES_AHEAD = 4;
var { location, literals, archives, share, inFlight } = workerData;
var port = parentPort;
var store = ObjectStore.open(location);
var writer = new BatchWriter((batch, transfer) => {
  for (let now = Atomics.load(inFlight, 0); now >= BATCHES_AHEAD; now = Atomics.load(inFlight, 0))
    Atomics.wait(inFlight, 0, now);
  Atomics.add(inFlight, 0, 1);
  port.postMessage({ batch }, transfer);
});
try {
  let told = false;
  for (const object of store.objects(new ContentGate(literals, { archives }), share)) {
    writer.add(object);
    const total = told ? null : store.total();
    if (total !== null) port.postMessage({ total });
    told ||= total !== null;
  }
  writer.flush();
  port.postMessage({ done: true });
} finally {
  store.close();
}
export {
  BATCHES_AHEAD
};
