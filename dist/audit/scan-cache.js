// A re-audit with nothing new reads nothing again: each repository's last scan is kept beside its
// mirror, keyed by everything the scan depends on (the mirror's refs and object store, the rules,
// the tool's version and the options that change findings). Any change, and it is scanned whole.
// The file holds the report and the findings without their secrets (so --verify, which needs the
// keys, always scans whole); written 0600, atomically, and only ever read back by this code.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
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
];
/** What the scan of `git` depends on, as one hash. */
export async function scanKey(git, policy, flags) {
    const refs = await git.run(['for-each-ref', '--format=%(objectname) %(refname)']);
    const objects = await git.run(['count-objects', '-v']);
    const packDir = join(git.dir, 'objects', 'pack');
    let packs = [];
    try {
        packs = readdirSync(packDir)
            .filter((f) => f.endsWith('.pack'))
            .sort();
    }
    catch {
        // no packs yet
    }
    const options = SCAN_FLAGS.map((f) => [f, flags[f] ?? null]);
    return createHash('sha256')
        .update(JSON.stringify([toolVersion(), options, policy, packs]))
        .update(refs)
        .update(objects)
        .digest('hex');
}
/** The scan kept under `key`, or null (none, another key, or a file that does not read back). */
export function readScan(file, key) {
    try {
        const kept = deserialize(readFileSync(file));
        return kept?.key === key ? kept.result : null;
    }
    catch {
        return null;
    }
}
export function writeScan(file, key, result) {
    const partial = `${file}.partial-${randomBytes(4).toString('hex')}`;
    writeFileSync(partial, serialize({ key, result }), {
        mode: 0o600,
        flag: 'wx',
    });
    renameSync(partial, file);
}
