// Where the scanned repository's own policy comes from: its config file, the "flora-keyscan" key of
// its package.json, and its ignore file. By default the working tree; with --since REV (a pull
// request) the base revision, since the pull request must not set its own policy; with
// --no-repo-config nowhere.
import { join } from 'node:path';
import { readBoundedText } from './bounded-read.js';
export const CONFIG_FILE = 'flora-keyscan.config.json';
export const IGNORE_FILE = '.flora-keyscan-ignore';
export const PACKAGE_KEY = 'flora-keyscan';
const NAMES = [CONFIG_FILE, 'package.json', IGNORE_FILE];
export function worktreeFiles(root) {
    return {
        origin: 'the working tree',
        read: (name) => readPolicyFile(join(root, name)),
        describe: (name) => join(root, name),
    };
}
/** Policy is small; a larger file is a mistake or an attack, and says so rather than fill memory. */
const POLICY_FILE_BYTES = 4 * 1024 * 1024;
/** A policy file of the working tree: the repository's, so never through a link, and bounded. */
function readPolicyFile(path) {
    return readBoundedText(path, { limit: POLICY_FILE_BYTES, followLinks: false });
}
/** The policy files as a revision has them (read once, through git). */
export async function revisionFiles(git, rev) {
    const texts = new Map();
    const specs = NAMES.map((n) => `${rev}:${n}`);
    let i = 0;
    for await (const object of git.readObjects(specs)) {
        const name = NAMES[i++];
        if (object.bytes && object.type === 'blob')
            texts.set(name, object.bytes.toString('utf8'));
    }
    return {
        origin: rev,
        read: (name) => texts.get(name) ?? null,
        describe: (name) => `${rev}:${name}`,
    };
}
export const NO_FILES = {
    origin: 'nowhere (--no-repo-config)',
    read: () => null,
    describe: (name) => name,
};
/** The part of the policy a file holds: package.json's key only, other files whole. */
function policyPart(files, name) {
    const text = files.read(name);
    if (text === null || name !== 'package.json')
        return text;
    try {
        const value = JSON.parse(text)[PACKAGE_KEY];
        return value === undefined ? null : JSON.stringify(value);
    }
    catch {
        return text;
    }
}
/** The policy files that differ between `base` and `head` (what a pull request changes). */
export function changedPolicy(base, head) {
    return NAMES.filter((name) => policyPart(base, name) !== policyPart(head, name)).map((name) => name === 'package.json' ? `package.json "${PACKAGE_KEY}"` : name);
}
