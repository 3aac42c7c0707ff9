// The purge kit: everything git filter-repo needs to remove the keys found from every ref, written to
// a folder outside the repository. Nothing runs until the user runs purge.sh. This is the one place
// full secrets are written: files are created 0600 (never through a link) in a new 0700 folder (or an
// empty one of the user's), and the user is told to delete it.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { blobOf, pathOf } from '../findings.js';
import { escapeRegExp } from '../rules/compile.js';
import { isoUtc } from '../time.js';
import { checkPrivateFolder, createPrivateFile, createPrivateFolder } from '../safe-write.js';
export const REDACTION = '***REMOVED***';
/** git filter-repo leaves alone any blob with a NUL byte in its first 8 KiB: it cannot edit those. */
const FILTER_REPO_BINARY_SNIFF = 8192;
function inside(parent, child) {
    const rel = relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
function realish(path) {
    try {
        return realpathSync(path);
    }
    catch {
        return resolve(path);
    }
}
const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
/**
 * Checks, before any scanning, that the kit can be written to `target`: outside the repository (it
 * holds the full keys), and a new folder or an empty one.
 */
export async function checkKitFolder(target, git) {
    const dir = realish(target);
    const gitDir = realish(resolve(git.dir, await git.text(['rev-parse', '--git-dir'])));
    const workTree = (await git.text(['rev-parse', '--is-bare-repository'])) === 'true' ? null : realish(git.dir);
    if ((workTree && inside(workTree, dir)) || inside(gitDir, dir)) {
        throw new UserError(`refusing to write the purge kit inside the repository (${dir}): it holds the full keys. Choose a folder outside it, e.g. --write-purge ../flora-purge`);
    }
    checkPrivateFolder(resolve(target));
    return resolve(target);
}
export async function writePurgeKit(target, git, findings) {
    const root = git.dir;
    const dir = await checkKitFolder(target, git);
    createPrivateFolder(dir);
    const forms = new Set();
    for (const f of findings) {
        forms.add(f.secret);
        if (f.encodedText)
            forms.add(f.encodedText);
    }
    // Longest first, so a form that contains another is replaced whole. A form across lines (a key
    // joined from pieces on several lines, quoted-printable's soft breaks) cannot be a `literal:`
    // line: it is a `regex:` of itself (what is special to a regular expression escaped, line breaks
    // written as \n and \r: the file has one expression a line).
    const lines = [...forms]
        .sort((a, b) => b.length - a.length)
        .map((form) => /[\r\n]/.test(form)
        ? `regex:${escapeRegExp(form).replace(/\r/g, '\\r').replace(/\n/g, '\\n')}==>${REDACTION}`
        : `literal:${form}==>${REDACTION}`);
    const paths = new Map();
    // A key inside an archive is compressed or packed where --replace-text cannot see it: the blob goes.
    const archives = new Set();
    for (const f of findings) {
        const blob = blobOf(f);
        if (!blob)
            continue;
        const path = pathOf(f) ?? '(no path)';
        paths.set(blob, (paths.get(blob) ?? new Set()).add(path));
        if (f.inArchive)
            archives.add(blob);
    }
    const stripped = [];
    for await (const object of git.readObjects([...paths.keys()])) {
        const binary = object.bytes?.subarray(0, FILTER_REPO_BINARY_SNIFF).includes(0) === true;
        if (binary || (object.bytes && archives.has(object.oid)))
            stripped.push({ blob: object.oid, paths: [...paths.get(object.oid)].sort() });
    }
    const write = (name, text, mode) => createPrivateFile(dir, name, text, mode);
    write('replacements.txt', lines.join('\n') + '\n', 0o600);
    if (stripped.length)
        write('strip-blob-ids.txt', stripped.map((s) => s.blob).join('\n') + '\n', 0o600);
    write('purge.sh', purgeScript(root, findings, forms.size, stripped), 0o700);
    return {
        dir,
        secrets: new Set(findings.map((f) => f.secretSha256)).size,
        forms: forms.size,
        stripped,
    };
}
function purgeScript(root, findings, forms, stripped) {
    const secrets = new Set(findings.map((f) => f.redacted + ' ' + f.secretSha256.slice(0, 12)));
    return `#!/bin/sh
# flora-keyscan purge kit, written ${isoUtc(new Date())} for ${root}
#
# What it does: rewrites EVERY branch and tag of that repository with git filter-repo, so that
#   - ${secrets.size} secret(s), in the ${forms} form(s) they were found in (plain and encoded), become
#     ${REDACTION} in file contents (--replace-text) and in commit and tag messages (--replace-message):
${[...secrets].map((s) => `#       ${s}`).join('\n')}
#   - ${stripped.length ? `${stripped.length} file version(s) git filter-repo cannot edit (binary, UTF-16, or an archive holding a key) are REMOVED from history:` : 'no file needs to be removed (none is binary, UTF-16 or an archive).'}
${stripped.map((s) => `#       ${s.paths.join(', ')} (blob ${s.blob.slice(0, 12)})`).join('\n')}
#
# It changes your local clone only and never pushes. git filter-repo wants a fresh clone; pass
# --force to run it in this one (extra arguments go to git filter-repo). It also removes the
# "origin" remote, so that nothing is pushed by accident.
#
# This folder holds the full keys: delete it when you are done.
set -eu
kit=$(cd "$(dirname "$0")" && pwd)
cd ${shellQuote(root)}
# filter-repo removes the remotes: note them (without any credentials in their URLs) to say how to
# re-add them afterwards.
remotes=$(git remote -v | awk '$3 == "(push)" { print $1, $2 }' | sed -E 's#://[^/@]*@#://#')
git filter-repo \\
  --replace-text "$kit/replacements.txt" \\
  --replace-message "$kit/replacements.txt" \\${stripped.length ? '\n  --strip-blobs-with-ids "$kit/strip-blob-ids.txt" \\' : ''}
  "$@"
echo
echo 'History rewritten locally. Next:'
echo '  1. Check it: flora-keyscan history --verify-clean   (must find nothing in any ref)'
if [ -n "$remotes" ]; then
  echo '  2. Force-push every branch and tag to each remote (re-adding those git filter-repo removed):'
  printf '%s\\n' "$remotes" | while read -r name url; do
    git remote get-url "$name" >/dev/null 2>&1 || echo "       git remote add $name $url"
    echo "       git push --force --all $name && git push --force --tags $name"
  done
else
  echo '  2. Force-push every branch and tag:'
  echo '       git push --force --all <remote> && git push --force --tags <remote>'
fi
cat <<'NEXT'
  3. Tell every collaborator to re-clone; old clones, forks and pull-request refs still hold the keys.
  4. The keys stay compromised: revoke them with their provider even after the purge.
  5. Delete this kit folder: it holds the full keys.
NEXT
`;
}
