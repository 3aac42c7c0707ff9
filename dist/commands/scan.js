// `flora-keyscan [scan] [PATH...]` (working tree) and `flora-keyscan staged` (the git index).
import { UsageError } from '../errors.js';
import { findWorkTree, requireWorkTree } from '../git.js';
import { stagedSource } from '../sources/staged.js';
import { planWorktree, worktreeSource } from '../sources/worktree.js';
import { checkReportFlags, policyFiles, policyFor, scanAndReport } from './setup.js';
export async function runScan({ args, flags }, io) {
    const plan = await planWorktree({
        cwd: io.cwd,
        env: io.env,
        paths: args,
        includeIgnored: flags['include-ignored'] === true,
    });
    const git = plan.inRepo ? await findWorkTree(plan.root, io.env) : null;
    const policy = policyFor(await policyFiles(git, plan.root, flags), flags, io);
    const probe = await checkReportFlags(flags, io, policy);
    return (await scanAndReport(worktreeSource(plan, git), policy, probe, flags, io)).code;
}
export async function runStaged({ args, flags }, io) {
    if (args.length)
        throw new UsageError('staged takes no paths: it scans everything in the git index that differs from HEAD');
    const git = await requireWorkTree(io.cwd, io.env);
    const policy = policyFor(await policyFiles(git, git.dir, flags), flags, io);
    const probe = await checkReportFlags(flags, io, policy);
    return (await scanAndReport(await stagedSource(git), policy, probe, flags, io)).code;
}
