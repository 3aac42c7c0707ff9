// The staged source: exactly what the next commit will contain, read from the git index (not the
// working copy). Changed paths come from `git diff-index --cached`; their index blobs are streamed
// from one cat-file process.
import { emptyTree, hasCommit, mergeHeadFile, splitNul } from '../git.js';
import { EarlierVersions, splitByEarlier } from '../exposure.js';
import { pathOf } from '../findings.js';
import { indexFiles, readSmallFile } from './tree-files.js';
const GITLINK_MODE = '160000';
const NULL_OID = /^0+$/;
/** Unmerged paths have no single index blob: scan "ours" and "theirs", either may be committed. */
async function unmergedBlobs(git, paths) {
    if (paths.length === 0)
        return [];
    const entries = splitNul(await git.run(['--literal-pathspecs', 'ls-files', '-s', '-z', '--', ...paths]));
    const out = [];
    for (const entry of entries) {
        const [meta = '', path = ''] = entry.split('\t');
        const [mode, oid = '', stage] = meta.split(' ');
        if (mode !== GITLINK_MODE && (stage === '2' || stage === '3'))
            out.push({ path, oid });
    }
    return out;
}
/** The blobs in the index that differ from HEAD (everything, before the first commit). */
export async function listStaged(git) {
    const base = (await hasCommit(git)) ? 'HEAD' : await emptyTree(git);
    const fields = splitNul(await git.run(['diff-index', '--cached', '-z', '--no-renames', '--diff-filter=ACMTU', base]));
    const blobs = [];
    const unmerged = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
        // ":<old mode> <new mode> <old oid> <new oid> <status>" then the path
        const [, newMode, , newOid = '', status] = fields[i].slice(1).split(' ');
        const path = fields[i + 1];
        if (status === 'U')
            unmerged.push(path);
        else if (newMode !== GITLINK_MODE && !NULL_OID.test(newOid))
            blobs.push({ path, oid: newOid });
    }
    blobs.push(...(await unmergedBlobs(git, [...new Set(unmerged)])));
    return blobs;
}
async function* readStaged(git, all, context) {
    const blobs = [];
    for (const b of all) {
        const excluded = context.excludedBy(b.path);
        if (excluded)
            yield { provenance: { kind: 'blob', path: b.path, blob: b.oid }, excluded };
        else
            blobs.push(b);
    }
    yield { paths: blobs.map((b) => b.path) };
    let i = 0;
    for await (const object of git.readObjects(blobs.map((b) => b.oid))) {
        const { path, oid } = blobs[i++];
        const provenance = { kind: 'blob', path, blob: oid };
        yield object.bytes
            ? { provenance, bytes: object.bytes }
            : { provenance, unreadable: `git object ${oid} is ${object.type}` };
    }
}
/** Paths the index renamed since HEAD: new path → old path. */
async function stagedRenames(git) {
    const fields = splitNul(await git.run(['diff-index', '--cached', '-z', '-M', '--diff-filter=R', 'HEAD']));
    const renames = new Map();
    // ":<modes> <oids> R<score>", the old path, the new path
    for (let i = 0; i + 2 < fields.length; i += 3)
        renames.set(fields[i + 2], fields[i + 1]);
    return renames;
}
/** The commits a merge in progress brings in (MERGE_HEAD holds one per line). */
async function mergeHeads(git) {
    const file = await mergeHeadFile(git);
    const text = readSmallFile(file, 64 * 1024)?.toString('utf8') ?? '';
    return text.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l));
}
/**
 * What the commit adds: a key already in HEAD's version of its file (under its old name, if renamed)
 * or in a merged branch's version is pre-existing, not blocking.
 */
async function settleStaged(git, raw, context) {
    const head = await hasCommit(git);
    const bases = [...(head ? ['HEAD'] : []), ...(await mergeHeads(git))];
    if (raw.length === 0 || bases.length === 0)
        return { findings: raw, warnings: [] };
    const renames = head ? await stagedRenames(git) : new Map();
    const earlierOf = (f) => {
        const path = pathOf(f);
        if (path === null)
            return [];
        return bases.map((rev) => ({ rev, path: renames.get(path) ?? path }));
    };
    const { added, preExisting } = await splitByEarlier(raw, earlierOf, new EarlierVersions(git, context.engine));
    return { findings: added, preExisting, warnings: [] };
}
export async function stagedSource(git) {
    const blobs = await listStaged(git);
    return {
        mode: 'staged',
        scope: `staged changes of ${git.dir}`,
        root: git.dir,
        exposure: 'staged',
        tree: indexFiles(git),
        items: (context) => readStaged(git, blobs, context),
        settle: (raw, context) => settleStaged(git, raw, context),
    };
}
