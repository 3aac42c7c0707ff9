// `flora-keyscan pre-push REMOTE URL`, run by the pre-push hook: git names on stdin each ref being
// pushed ("<local ref> <local oid> <remote ref> <remote oid>"); we scan the commits the remote lacks.
import { requireRepository } from '../git.js';
import { runPipeline } from '../pipeline.js';
import { rangeSource } from '../sources/range.js';
import { emit, exitCode } from './output.js';
import { policyFiles, policyFor } from './setup.js';
const ZERO_OID = /^0+$/;
/** The revisions git rev-list needs for what the push sends. */
async function pushedRevisions(git, input, remote) {
    const revs = [];
    for (const line of input.split('\n')) {
        const [, localOid = '', , remoteOid = ''] = line.trim().split(/\s+/);
        if (!localOid || ZERO_OID.test(localOid))
            continue; // a deletion pushes no content
        const known = remoteOid &&
            !ZERO_OID.test(remoteOid) &&
            (await git.raw(['cat-file', '-e', `${remoteOid}^{commit}`])).code === 0;
        revs.push(...(known ? [`${remoteOid}..${localOid}`] : [localOid, '--not', `--remotes=${remote}`]));
    }
    return revs;
}
export async function runPrePush({ args, flags }, io) {
    const git = await requireRepository(io.cwd, io.env);
    const policy = policyFor(await policyFiles(git, git.dir, flags), flags, io);
    let input = '';
    if (io.stdin)
        for await (const chunk of io.stdin)
            input += chunk.toString('utf8');
    const source = await rangeSource(git, await pushedRevisions(git, input, args[0] ?? 'origin'), 'commits being pushed', { withFacts: false });
    const { report } = await runPipeline(source, {
        policy,
        signal: io.signal,
        allContent: flags['all-content'] === true,
        blocking: 'push',
    });
    if (report.findings.length || report.preExisting.length || !flags.quiet)
        await emit(report, flags, io);
    return exitCode(report, flags);
}
