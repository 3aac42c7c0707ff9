// A re-audit with nothing new reads nothing again: each repository's last scan is kept beside its
// mirror, keyed by everything the scan depends on (the mirror's refs and object store, the rules,
// the tool's version and the options that change findings). The file holds the report and the
// findings without their secrets (so --verify, which needs the keys, scans again).
// A re-audit after a fetch reads only what is new: the last scan's pack ledger (object-store.ts,
// PackLedger), keyed by the rules, tool and options alone, lets the packs it covered go unread but
// for the trees that gave the engine something to look at. Both files are written 0600, atomically,
// and only ever read back by this code; neither holds content or a key.
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
/** What any scan depends on besides the repository's content: the tool, the options, the policy. */
export function rulesKey(policy, flags) {
    const options = SCAN_FLAGS.map((f) => [f, flags[f] ?? null]);
    return createHash('sha256')
        .update(JSON.stringify([toolVersion(), options, policy]))
        .digest('hex');
}
/** What the scan of `git` depends on, as one hash: `rules` (rulesKey) and the repository's refs and objects. */
export async function scanKey(git, rules) {
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
    return createHash('sha256')
        .update(JSON.stringify([rules, packs]))
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
