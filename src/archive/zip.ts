// A zip read through its central directory, the index at its end: never by walking local headers,
// whose sizes may be absent (data descriptors) or lies. No size a zip declares is trusted for memory:
// entries inflate with a maximum output length.

import { inflateRawSync } from 'node:zlib';

export class ArchiveError extends Error {}

/** zlib's answer when the output would pass maxOutputLength. */
export class TooLarge extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** What the zip says it expands to: a claim, checked against the budget before inflating. */
  declaredSize: number;
  localOffset: number;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const END_BYTES = 22;
const MAX_COMMENT = 0xffff;

/** Where the end-of-central-directory record is: searched backwards over at most a comment's length. */
function findEnd(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - END_BYTES - MAX_COMMENT);
  for (let at = bytes.length - END_BYTES; at >= lowest; at--)
    if (bytes.readUInt32LE(at) === END) return at;
  throw new ArchiveError('no central directory (truncated, or not a zip)');
}

/** The entries, in the order the central directory lists them. */
export function* zipEntries(bytes: Buffer): Generator<ZipEntry> {
  const end = findEnd(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (
    count === 0xffff ||
    size === 0xffffffff ||
    offset === 0xffffffff ||
    (end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR)
  )
    throw new ArchiveError('a zip64 archive (over 4 GiB or 65,535 entries): not supported');
  if (offset + size > end) throw new ArchiveError('its central directory lies outside the file');
  for (let at = offset; at + 46 <= offset + size;) {
    if (bytes.readUInt32LE(at) !== CENTRAL)
      throw new ArchiveError(`a broken central directory (at byte ${at})`);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > offset + size) throw new ArchiveError('a central directory entry runs past its end');
    yield {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
      compressedSize: bytes.readUInt32LE(at + 20),
      declaredSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    at = next;
  }
}

/** An entry's bytes, at most `maxOutput` of them (else TooLarge). Stored and deflated entries only. */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, maxOutput: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL)
    throw new ArchiveError('its local header is missing');
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length)
    throw new ArchiveError('its data runs past the end of the archive');
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > maxOutput) throw new TooLarge();
    return data;
  }
  return inflateLimited(() => inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) }));
}

/** Runs a zlib call bounded by maxOutputLength, telling a cap reached from corrupt data. */
export function inflateLimited(inflate: () => Buffer): Buffer {
  try {
    return inflate();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new TooLarge();
    throw new ArchiveError(`corrupt compressed data (${(error as Error).message})`);
  }
}

export const ZIP_METHODS: Record<number, string> = {
  9: 'deflate64',
  12: 'bzip2',
  14: 'lzma',
  93: 'zstd',
  95: 'xz',
  98: 'ppmd',
  99: 'AES encryption',
};
