// Small text files the tool reads whole (policy files, a --config file, hook files for doctor),
// read so that no file can hang or exhaust it: opened without blocking (a FIFO), regular files only,
// at most `limit` bytes counted as they are read (a /proc file claims size 0, /dev/zero never ends),
// and, for files the scanned repository provides, never through a link (its target may be anywhere).

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from './errors.js';

export interface ReadLimits {
  limit: number;
  /** Whether a symbolic link is followed (a file the user named) or refused (the repository's). */
  followLinks: boolean;
}

/** The file's text, or null when there is none; any other problem is a UserError in words. */
export function readBoundedText(path: string, { limit, followLinks }: ReadLimits): string | null {
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW),
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    if (code === 'ELOOP')
      throw new UserError(`cannot read ${path}: a symbolic link (not followed)`);
    throw new UserError(`cannot read ${path}: ${code}`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new UserError(`cannot read ${path}: not a regular file`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit)
        throw new UserError(`cannot read ${path}: larger than ${limit} bytes, too large for it`);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
