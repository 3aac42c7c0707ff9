// One repository of an audit: mirrored, then scanned exactly as `flora-keyscan history` scans a
// repository (the same source, pipeline and policy), with its report naming the repository, not the
// cache folder it was read from.
import { wholeNumber } from '../cli/numbers.js';
import { requireRepository } from '../git.js';
import { runPipeline } from '../pipeline.js';
import { historySource } from '../sources/history.js';
import { policyFiles, policyFor } from '../commands/setup.js';
import { mirror } from './mirror.js';
export async function auditRepository(target, cache, flags, io) {
    const { dir } = await mirror(target, cache, io.env);
    const git = await requireRepository(dir, io.env);
    const policy = policyFor(await policyFiles(git, git.dir, flags), flags, io);
    const source = await historySource(git, {
        allObjects: flags['all-objects'] === true,
        threads: flags.threads ? wholeNumber(flags.threads, '--threads', 1, 64) : 1,
        fetchMissing: false,
        env: io.env,
    });
    source.scope = source.scope.replace(git.dir, target.repository);
    source.root = target.repository;
    const result = await runPipeline(source, {
        policy,
        probe: null,
        signal: io.signal,
        reportUnusedIgnores: flags['report-unused-ignores'] === true,
    });
    return { ...result, rules: policy.book.rules };
}
