// One working-tree file read as a source item: its bytes, or its chunks when large, or why it was not
// read. Shared by the working-tree source and its reader threads.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { WINDOW_BYTES } from '../scan/engine.js';
import { detectKind } from '../scan/content.js';
import type { ContentGate } from '../scan/gate.js';
import type { SourceItem } from './source.js';

/** Files above this size are read and scanned in chunks: memory stays flat whatever the size. */
const STREAM_ABOVE_BYTES = 2 * WINDOW_BYTES;

export function* readChunks(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(WINDOW_BYTES);
      const n = readSync(fd, chunk, 0, WINDOW_BYTES, null);
      if (n === 0) return;
      yield n === WINDOW_BYTES ? chunk : chunk.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads one file. Synchronous on purpose: for thousands of small files sync reads are several times
 * faster than the promise API, and a CLI has nothing else to do meanwhile.
 */
export function readFileItem(
  root: string,
  path: string,
  maxFileSize: number,
  /** Where to read `size` bytes: a fresh buffer unless given. */
  bufferFor: (size: number) => Buffer = (size) => Buffer.allocUnsafe(size),
): SourceItem | null {
  const provenance = { kind: 'file' as const, path };
  const abs = `${root}/${path}`;
  let fd: number;
  try {
    // Non-blocking, so that opening a FIFO cannot hang the scan; fstat then tells what it is.
    // Links are not followed: git stores the link, and its target is scanned where it lives.
    fd = openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null; // tracked but deleted in the work tree: nothing to scan
    if (code === 'ELOOP') return { provenance, skipped: 'symbolic link (not followed)' };
    if (code === 'ENXIO') return { provenance, skipped: 'not a regular file' };
    return { provenance, unreadable: code ?? (error as Error).message };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory())
      return { provenance, skipped: 'directory (a submodule? scan it separately)' };
    if (!info.isFile()) return { provenance, skipped: 'not a regular file' };
    if (info.size > maxFileSize)
      return {
        provenance,
        skipped: `larger than the size limit (${info.size} > ${maxFileSize} bytes; --max-file-size)`,
      };
    if (info.size > STREAM_ABOVE_BYTES)
      return { provenance, chunks: () => readChunks(abs), size: info.size };
    const bytes = bufferFor(info.size);
    let filled = 0;
    for (let n = 1; filled < info.size && n > 0; filled += n)
      n = readSync(fd, bytes, filled, info.size - filled, filled);
    return { provenance, bytes: bytes.subarray(0, filled) };
  } catch (error) {
    return {
      provenance,
      unreadable: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
    };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads files into one reused buffer (fresh memory for every file cost a page fault per 4 KiB: a
 * third of the time spent reading an npm tree) and proves most of them free with the gate: those are
 * only counted; the bytes of the rest are copied out, theirs to keep.
 */
export class GatedReader {
  private scratch = Buffer.allocUnsafe(1 << 20);

  constructor(
    private readonly root: string,
    private readonly maxFileSize: number,
    private readonly gate: ContentGate,
  ) {}

  /** The file as an item, or `{ freeBytes }` when the engine would find nothing in it; null: gone. */
  read(path: string): SourceItem | { freeBytes: number } | null {
    const item = readFileItem(this.root, path, this.maxFileSize, (size) => this.room(size));
    if (!item || !('bytes' in item)) return item;
    // Free only if the engine would also count it as plain text (a byte order mark is counted).
    if (!this.gate.mayMatch(item.bytes) && detectKind(item.bytes) === 'text')
      return { freeBytes: item.bytes.length };
    return { ...item, bytes: Buffer.from(item.bytes) };
  }

  private room(size: number): Buffer {
    if (size > this.scratch.length) this.scratch = Buffer.allocUnsafe(size);
    return this.scratch;
  }
}
