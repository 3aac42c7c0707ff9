// Partial clones (`git clone --filter=blob:none`, `actions/checkout` with a filter): the clone lacks
// some objects and would download each when asked. A scan never asks (see GIT_ENV in git.ts): it
// names what is missing, and --fetch-missing downloads them all in one batch first.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
/** Whether this repository is a partial clone, and from which remote it fills in objects. */
export async function partialClone(git) {
    const config = (await git.raw([
        'config',
        '--get-regexp',
        '^(extensions\\.partialclone|remote\\..*\\.promisor)$',
    ])).stdout.toString('utf8');
    const extension = /^extensions\.partialclone (.+)$/im.exec(config)?.[1] ?? null;
    const promisor = /^remote\.(.+)\.promisor true$/im.exec(config)?.[1] ?? null;
    const objects = resolve(git.dir, await git.text(['rev-parse', '--git-path', 'objects']));
    const pack = join(objects, 'pack');
    const promisorPacks = existsSync(pack) && readdirSync(pack).some((f) => f.endsWith('.promisor'));
    if (!extension && !promisor && !promisorPacks)
        return null;
    return { remote: extension ?? promisor };
}
/** The warning for objects the repository lacks. */
export function missingWarning(count, partial) {
    const what = `${count} object${count === 1 ? '' : 's'} that refs reach ${count === 1 ? 'is' : 'are'} not in this repository and ${count === 1 ? 'was' : 'were'} not scanned`;
    if (partial)
        return `partial clone: ${what}. Fetch them first with flora-keyscan history --fetch-missing (or clone without --filter) for a complete audit.`;
    return `${what} (a damaged or incomplete repository?). Run git fsck, or scan a complete clone.`;
}
/** Downloads `oids` from the promisor remote in one fetch, as git does for a partial clone. */
export async function fetchMissing(git, partial, oids) {
    if (oids.length === 0)
        return;
    if (!partial.remote)
        throw new UserError('--fetch-missing: this partial clone names no remote to fetch from');
    const args = [
        '-c',
        'fetch.negotiationAlgorithm=noop',
        'fetch',
        partial.remote,
        '--no-tags',
        '--no-write-fetch-head',
        '--recurse-submodules=no',
        '--filter=blob:none',
        '--stdin',
    ];
    const result = await git.withNetwork().raw(args, oids.join('\n') + '\n');
    if (result.code !== 0)
        throw new UserError(`--fetch-missing: git fetch from ${partial.remote} failed: ${result.stderr.split('\n').find((l) => l.trim()) ?? `exit ${result.code}`}`);
}
