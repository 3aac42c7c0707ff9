// Where a key is, beyond where the scan read it: whether an earlier version of its file (HEAD's, a
// merge parent's, a pushed commit's parent) already held it, the commit it came from, and whether a
// remote-tracking ref reaches that commit. Asked only for files that hold a finding.
import { isBare } from './git.js';
import { readRevisionBlobs } from './sources/tree-files.js';
/** Earlier versions larger than this are not read: their keys count as new (the safe side). */
const EARLIER_VERSION_BYTES = 64 * 1024 * 1024;
export class EarlierVersions {
    git;
    engine;
    pushedCache = new Map();
    constructor(git, engine) {
        this.git = git;
        this.engine = engine;
    }
    /**
     * The secrets in each version named `rev:path`, with the line each is on; a version that exists but
     * is too large or not a file maps to null, an absent one is left out.
     */
    async secretsAt(names) {
        const blobs = await readRevisionBlobs(this.git, names, EARLIER_VERSION_BYTES);
        const out = new Map();
        const byBlob = new Map();
        for (const [name, blob] of blobs) {
            if (!blob) {
                out.set(name, null);
                continue;
            }
            let lines = byBlob.get(blob.id);
            if (!lines) {
                const scanned = this.engine.scan(blob.bytes, { kind: 'blob', blob: blob.id, path: null });
                lines = new Map();
                for (const f of [...scanned.findings, ...scanned.allowed])
                    if (!lines.has(f.secretSha256))
                        lines.set(f.secretSha256, f.line);
                byBlob.set(blob.id, lines);
            }
            out.set(name, lines);
        }
        return out;
    }
    /** The commit that last changed `line` of `path` as `rev` has it: where a key on that line came from. */
    async introducedBy(rev, path, line) {
        const blamed = await this.git.raw([
            'blame',
            '--porcelain',
            '-L',
            `${line},${line}`,
            rev,
            '--',
            path,
        ]);
        if (blamed.code !== 0)
            return null;
        const id = /^([0-9a-f]{40,64}) /.exec(blamed.stdout.toString('utf8'));
        return id?.[1] ?? null;
    }
    /** Whether a remote-tracking ref reaches `commit`, or the repository is bare (it is the remote). */
    pushed(commit) {
        let known = this.pushedCache.get(commit);
        if (!known) {
            known = (async () => {
                if (await isBare(this.git))
                    return true;
                const refs = await this.git.raw([
                    'for-each-ref',
                    '--count=1',
                    '--format=%(refname)',
                    '--contains',
                    commit,
                    'refs/remotes/',
                ]);
                return refs.code === 0 && refs.stdout.length > 0;
            })();
            this.pushedCache.set(commit, known);
        }
        return known;
    }
    /**
     * Marks `f` as already committed in an earlier version `rev:path` that holds it: the commit it came
     * from (by blame), and whether that was pushed.
     */
    async markCommitted(f, rev, path, line) {
        // A line inside an archive's entry is no line of the archive: blame would name a wrong commit.
        const commit = f.inArchive ? null : await this.introducedBy(rev, path, line);
        if (commit)
            f.committedIn = commit;
        f.exposure = (await this.pushed(commit ?? rev)) ? 'pushed' : 'committed';
    }
}
/** A history finding's exposure from the refs that reach its secret. */
export function historyExposure(refs, bare) {
    if (refs.length === 0)
        return 'unreachable';
    return bare || refs.some((r) => r.startsWith('refs/remotes/')) ? 'pushed' : 'committed';
}
/** Sets every history finding's exposure from the facts gathered for the report. */
export async function exposeHistory(git, findings, facts) {
    const bare = await isBare(git);
    for (const f of findings)
        f.exposure = historyExposure(facts.refsBySecret[f.secretSha256] ?? [], bare);
}
/**
 * Findings whose key an earlier version of their file already held (pre-existing: marked with the
 * commit it came from and whether that was pushed), and the rest (what the change adds). A key in a
 * file name pre-exists when the earlier version has that name at all.
 */
export async function splitByEarlier(findings, earlierOf, versions) {
    const name = (e) => `${e.rev}:${e.path}`;
    const secrets = await versions.secretsAt(findings.flatMap((f) => earlierOf(f).map(name)));
    const added = [];
    const preExisting = [];
    for (const f of findings) {
        const holding = earlierOf(f).find((e) => f.provenance.kind === 'path'
            ? secrets.has(name(e))
            : secrets.get(name(e))?.has(f.secretSha256) === true);
        if (!holding) {
            added.push(f);
            continue;
        }
        const line = secrets.get(name(holding))?.get(f.secretSha256) ?? 1;
        await versions.markCommitted(f, holding.rev, holding.path, line);
        preExisting.push(f);
    }
    return { added, preExisting };
}
