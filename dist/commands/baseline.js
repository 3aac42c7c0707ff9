// `flora-keyscan baseline [PATH...]`: accept today's reviewed findings so that only new ones fail.
// Scans the working tree and appends one fingerprint entry per secret to .flora-keyscan-ignore.
import { appendFileSync, existsSync } from 'node:fs';
import { baselineLines } from '../ignore.js';
import { runPipeline } from '../pipeline.js';
import { planWorktree, worktreeSource } from '../sources/worktree.js';
import { policyFiles, policyFor } from './setup.js';
import { findWorkTree } from '../git.js';
export async function runBaseline({ args, flags }, io) {
    const plan = await planWorktree({
        cwd: io.cwd,
        env: io.env,
        paths: args,
        includeIgnored: flags['include-ignored'] === true,
    });
    const git = plan.inRepo ? await findWorkTree(plan.root, io.env) : null;
    const policy = policyFor(await policyFiles(git, plan.root, flags), flags, io);
    const { report } = await runPipeline(worktreeSource(plan), { policy, signal: io.signal });
    const lines = baselineLines(report.findings, policy.ignore, new Date().toISOString().slice(0, 10));
    if (lines.length) {
        const header = existsSync(policy.ignore.file)
            ? ''
            : '# flora-keyscan: reviewed findings accepted by fingerprint (flora-keyscan baseline)\n';
        appendFileSync(policy.ignore.file, header + lines.join('\n') + '\n');
    }
    io.stdout.write(`${lines.length} new entr${lines.length === 1 ? 'y' : 'ies'} written to ${policy.ignore.file}\n`);
    return 0;
}
