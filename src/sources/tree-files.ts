// Small files of the tree a finding was read from (manifests, env templates), for provider evidence:
// the working tree, the index, or a commit. The repository is untrusted: only regular files are read,
// never through a link, never more than SMALL_FILE_BYTES; anything else is as good as absent.

import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { commitOf, type SecretFinding } from '../findings.js';
import type { Git } from '../git.js';

export const SMALL_FILE_BYTES = 1024 * 1024;

export interface TreeFile {
  /** '' for the working tree, ':' for the index, else a commit id. */
  tree: string;
  /** Relative to the repository's top folder, with `/`. */
  path: string;
}

export interface TreeFiles {
  /** The tree a finding was read from, or null when it has none (an unreachable blob). */
  treeOf(finding: SecretFinding): string | null;
  /** The files that exist as small regular files, by treeFileKey(). */
  read(wanted: TreeFile[]): Promise<Map<string, Buffer>>;
}

export function treeFileKey(file: TreeFile): string {
  return `${file.tree}\0${file.path}`;
}

/** A regular file's bytes, or null when it is absent, a link, special, or larger than `limit`. */
export function readSmallFile(path: string, limit = SMALL_FILE_BYTES): Buffer | null {
  let fd: number;
  try {
    // Non-blocking, so that a FIFO cannot hang the scan; not through a link at the last step.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return null;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > limit) return null;
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    for (let n = 1; filled < info.size && n > 0; filled += n)
      n = readSync(fd, bytes, filled, info.size - filled, filled);
    return bytes.subarray(0, filled);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** The working tree under `root`: a file counts only when its folder really is inside `root`. */
export function worktreeFiles(root: string): TreeFiles {
  let top: string;
  try {
    top = realpathSync(root);
  } catch {
    top = root;
  }
  const inside = (path: string) => {
    try {
      const folder = realpathSync(dirname(join(top, path)));
      return folder === top || folder.startsWith(top + sep);
    } catch {
      return false;
    }
  };
  return {
    treeOf: () => '',
    read: async (wanted) => {
      const out = new Map<string, Buffer>();
      for (const file of wanted) {
        if (!inside(file.path)) continue;
        const bytes = readSmallFile(join(top, file.path));
        if (bytes) out.set(treeFileKey(file), bytes);
      }
      return out;
    },
  };
}

/**
 * Objects named `rev:path` (`:path` for the index), sizes checked before any is read: by name, the
 * bytes of each blob of at most `limit` bytes, and null for anything else that exists (larger, or a
 * folder). Absent names are left out; so is a name with a line break (cat-file reads one per line).
 */
export async function readRevisionBlobs(
  git: Git,
  names: string[],
  limit: number,
): Promise<Map<string, Buffer | null>> {
  const asked = [...new Set(names)].filter((n) => !/[\n\r]/.test(n));
  const out = new Map<string, Buffer | null>();
  if (asked.length === 0) return out;
  const listing = await git.raw(
    ['cat-file', '--batch-check=%(objectname) %(objecttype) %(objectsize)'],
    asked.join('\n') + '\n',
  );
  if (listing.code !== 0) return out;
  const wanted: { name: string; oid: string }[] = [];
  listing.stdout
    .toString('utf8')
    .split('\n')
    .slice(0, asked.length)
    .forEach((line, i) => {
      const [oid = '', type, size] = line.split(' ');
      // "<name> missing" names the path asked for: only a real object id counts.
      if (!/^[0-9a-f]{40,64}$/.test(oid)) return;
      if (type === 'blob' && Number(size) <= limit) wanted.push({ name: asked[i]!, oid });
      else out.set(asked[i]!, null);
    });
  let i = 0;
  for await (const object of git.readObjects(wanted.map((s) => s.oid))) {
    const { name } = wanted[i++]!;
    out.set(name, object.bytes ? Buffer.from(object.bytes) : null);
  }
  return out;
}

async function readRevisionFiles(git: Git, wanted: TreeFile[]): Promise<Map<string, Buffer>> {
  const name = (f: TreeFile) => `${f.tree === ':' ? '' : f.tree}:${f.path}`;
  const blobs = await readRevisionBlobs(git, wanted.map(name), SMALL_FILE_BYTES);
  const out = new Map<string, Buffer>();
  for (const f of wanted) {
    const bytes = blobs.get(name(f));
    if (bytes) out.set(treeFileKey(f), bytes);
  }
  return out;
}

/** The index, as the staged scan reads it. */
export function indexFiles(git: Git): TreeFiles {
  return { treeOf: () => ':', read: (wanted) => readRevisionFiles(git, wanted) };
}

/** The commit each finding was attributed to; `fallback` (HEAD) for findings that have none. */
export function commitFiles(git: Git, fallback: string | null): TreeFiles {
  return {
    treeOf: (f) => commitOf(f) ?? fallback,
    read: (wanted) => readRevisionFiles(git, wanted),
  };
}
