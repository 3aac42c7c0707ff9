// A re-audit with nothing new reads nothing again: each repository's last scan is kept beside its
// mirror, keyed by everything the scan depends on (the mirror's refs and object store, the rules,
// the tool's version and the options that change findings). Any change, and it is scanned whole.
// The file holds the report and the findings without their secrets (so --verify, which needs the
// keys, always scans whole); written 0600, atomically, and only ever read back by this code.

import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Flags } from '../cli/io.js';
import type { Git } from '../git.js';
import { toolVersion } from '../version.js';

/** Options that change what a history scan finds or reports. */
const SCAN_FLAGS = [
  'all-objects',
  'no-decode',
  'max-file-size',
  'max-archive-depth',
  'report-unused-ignores',
  'config',
  'no-repo-config',
] as const;

/** What the scan of `git` depends on, as one hash. */
export async function scanKey(git: Git, policy: unknown, flags: Flags): Promise<string> {
  const refs = await git.run(['for-each-ref', '--format=%(objectname) %(refname)']);
  const objects = await git.run(['count-objects', '-v']);
  const packDir = join(git.dir, 'objects', 'pack');
  let packs: string[] = [];
  try {
    packs = readdirSync(packDir)
      .filter((f) => f.endsWith('.pack'))
      .sort();
  } catch {
    // no packs yet
  }
  const options = SCAN_FLAGS.map((f) => [f, flags[f] ?? null]);
  return createHash('sha256')
    .update(JSON.stringify([toolVersion(), options, policy, packs]))
    .update(refs)
    .update(objects)
    .digest('hex');
}

interface CacheFile<T> {
  key: string;
  result: T;
}

/** The scan kept under `key`, or null (none, another key, or a file that does not read back). */
export function readScan<T>(file: string, key: string): T | null {
  try {
    const kept = deserialize(readFileSync(file)) as CacheFile<T>;
    return kept?.key === key ? kept.result : null;
  } catch {
    return null;
  }
}

export function writeScan<T>(file: string, key: string, result: T): void {
  const partial = `${file}.partial-${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, serialize({ key, result } satisfies CacheFile<T>), {
    mode: 0o600,
    flag: 'wx',
  });
  renameSync(partial, file);
}
