// A range of commits (REV..HEAD for a pull request, or what a push sends): every blob those commits
// added or changed and their messages, each blob attributed to the oldest commit of the range that
// brought it.
import { OidList } from '../git.js';
import { gatherFacts } from '../history/attribution.js';
import { RefReach, isShallow, refTips } from '../history/facts.js';
import { rawLog } from '../history/rawlog.js';
import { readThroughGit, whoAndWhen } from './object-read.js';
import { commitFiles } from './tree-files.js';
import { EarlierVersions, exposeHistory, splitByEarlier } from '../exposure.js';
/** The commits `revs` select and every blob they added or changed, each at the oldest commit that brought it. */
async function listRange(git, revs) {
    // Renames found, so that a renamed file's old keys are not taken for new ones.
    const commits = await rawLog(git, [...revs, '--'], ['-M']);
    const blobs = new Map();
    // git log lists newest first: later entries are older and win.
    for (const commit of commits) {
        for (const change of commit.changes) {
            if (change.status.startsWith('D') ||
                change.newMode === '160000' ||
                /^0+$/.test(change.newOid))
                continue;
            blobs.set(change.newOid, { commit, path: change.path, oldPath: change.oldPath });
        }
    }
    return { commits, blobs };
}
async function* readRange(git, range, context) {
    yield { paths: [...new Set([...range.blobs.values()].map((b) => b.path))] };
    const oids = [...range.blobs.keys(), ...range.commits.map((c) => c.commit)];
    yield* readThroughGit(git, { oids: OidList.of(oids), bytes: 0 }, context.progress);
}
/** Each blob finding at the oldest commit of the range that brought it; messages with who and when. */
function attributeRange(raw, range, meta) {
    return raw.flatMap((f) => {
        const p = f.provenance;
        if (p.kind === 'message')
            return [
                {
                    ...f,
                    provenance: { ...p, ...whoAndWhen(meta.get(p.commit)) },
                },
            ];
        if (p.kind !== 'blob')
            return [f];
        const where = range.blobs.get(p.blob);
        if (!where)
            return [];
        const { commit, author, date } = where.commit;
        return [
            {
                ...f,
                provenance: { kind: 'commit', blob: p.blob, path: where.path, commit, author, date },
                exposure: 'committed',
            },
        ];
    });
}
/** A finding's file as each parent of its commit had it: what the commit found there already. */
function earlierInRange(f, range) {
    const p = f.provenance;
    if (p.kind !== 'commit')
        return [];
    const blob = range.blobs.get(p.blob);
    const parents = blob?.commit.parents ?? [];
    return parents.map((rev) => ({ rev, path: blob?.oldPath ?? p.path }));
}
/** `revs` as git rev-list takes them (`origin/main..HEAD`, or `<oid> --not --remotes=origin`). */
export async function rangeSource(git, revs, scope, { withFacts = true } = {}) {
    const range = revs.length ? await listRange(git, revs) : { commits: [], blobs: new Map() };
    const meta = new Map();
    return {
        mode: 'history',
        scope: `${scope} in ${git.dir}`,
        root: git.dir,
        exposure: 'history',
        tree: commitFiles(git, null),
        items: (context) => readRange(git, range, context),
        onCommit: (m) => meta.set(m.oid, m),
        async settle(raw, context) {
            const { added: findings, preExisting } = await splitByEarlier(attributeRange(raw, range, meta), (f) => earlierInRange(f, range), new EarlierVersions(git, context.engine));
            if (!withFacts)
                return { findings, preExisting, warnings: [] };
            const facts = await gatherFacts(git, findings, new Set(), new RefReach(git, await refTips(git)), await isShallow(git));
            await exposeHistory(git, findings, facts);
            return { findings, preExisting, warnings: [], facts };
        },
    };
}
