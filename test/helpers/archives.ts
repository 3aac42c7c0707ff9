// Archives built at run time, byte by byte, so that tests control every field a scanner must not
// trust: a zip writer (stored or deflated entries, data descriptors, the encrypted flag, a declared
// size that lies), a ustar writer, gzip, and a deflate stream that expands to gigabytes cheaply.

import { deflateRawSync, gzipSync, constants } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface ZipFile {
  name: string;
  data: string | Buffer;
  /** 0 stored, 8 deflated (default), or any other method number (written deflated all the same). */
  method?: number;
  encrypted?: boolean;
  /** Sizes in a data descriptor after the data, zeros in the local header (streamed zips). */
  descriptor?: boolean;
  /** Already compressed data (a bomb), with the uncompressed size to declare. */
  raw?: { compressed: Buffer; declaredSize: number };
}

export function zip(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const data = Buffer.from(file.data);
    const method = file.method ?? 8;
    const compressed = file.raw?.compressed ?? (method === 0 ? data : deflateRawSync(data));
    const size = file.raw?.declaredSize ?? data.length;
    const crc = file.raw ? 0 : crc32(data);
    const name = Buffer.from(file.name);
    const flags = (file.encrypted ? 1 : 0) | (file.descriptor ? 8 : 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(file.descriptor ? 0 : crc, 14);
    local.writeUInt32LE(file.descriptor ? 0 : compressed.length, 18);
    local.writeUInt32LE(file.descriptor ? 0 : size, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(file.descriptor ? 16 : 0);
    if (file.descriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(compressed.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed, descriptor);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

/** A POSIX ustar archive of regular files (names up to 100 bytes, or a pax `path` record). */
export function tar(files: { name: string; data: string | Buffer }[]): Buffer {
  const blocks: Buffer[] = [];
  const pad = (data: Buffer) => Buffer.alloc((512 - (data.length % 512)) % 512);
  const entry = (name: string, type: string, data: Buffer) => {
    const header = Buffer.alloc(512);
    header.write(name.slice(0, 100), 0, 'utf8');
    header.write(octal(0o644, 8), 100);
    header.write(octal(0, 8), 108);
    header.write(octal(0, 8), 116);
    header.write(octal(data.length, 12), 124);
    header.write(octal(0, 12), 136);
    header.write(type, 156);
    header.write('ustar\x0000', 257, 'latin1');
    header.fill(32, 148, 156);
    let sum = 0;
    for (const b of header) sum += b;
    header.write(octal(sum, 7) + ' ', 148, 'latin1');
    blocks.push(header, data, pad(data));
  };
  for (const file of files) {
    const data = Buffer.from(file.data);
    if (Buffer.byteLength(file.name) > 100) {
      const record = ` path=${file.name}\n`;
      let length = record.length + 2;
      if (String(length).length + record.length > length) length++;
      entry('PaxHeader', 'x', Buffer.from(`${length}${record}`));
    }
    entry(file.name, '0', data);
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export const gzip = (data: string | Buffer): Buffer => gzipSync(Buffer.from(data));

/**
 * Raw deflate that expands to `mib` MiB of zeros, built from one compressed MiB repeated: each copy
 * ends on a full flush (no reference reaches back past it), so repeating it is a valid stream.
 * About 1 KB per MiB: a gigabyte in a megabyte, built in milliseconds.
 */
export function zerosDeflated(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: mib }, () => block), last]);
}

/** A gzip of `mib` MiB of zeros (its trailer is never reached: the cap stops first). */
export function gzipBomb(mib: number): Buffer {
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  return Buffer.concat([header, zerosDeflated(mib), Buffer.alloc(8)]);
}

/**
 * A gzip with no zero byte in its first 8 KiB (git filter-repo would take it for text and edit it):
 * a header CRC instead of a name, and one stored block whose lengths hold no zero byte.
 */
export function gzipWithoutZeros(text: string): Buffer {
  const body = Buffer.from(text.padEnd(0x2121, '#'));
  if (body.length !== 0x2121) throw new Error('gzipWithoutZeros: text too long');
  for (let mtime = 0x41414141; ; mtime++) {
    const header = Buffer.from([0x1f, 0x8b, 8, 2, 0, 0, 0, 0, 4, 3]);
    header.writeUInt32LE(mtime, 4);
    const check = Buffer.alloc(2);
    check.writeUInt16LE(crc32(header) & 0xffff);
    if (check.includes(0)) continue;
    const stored = Buffer.from([1, 0x21, 0x21, 0xde, 0xde]);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(body), 0);
    trailer.writeUInt32LE(body.length, 4);
    return Buffer.concat([header, check, stored, body, trailer]);
  }
}
