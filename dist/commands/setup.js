// What every scanning command does before and after its source runs: checks its flags, loads the
// policy, runs the pipeline, prints the report.
import { runPipeline } from '../pipeline.js';
import { loadPolicy } from '../policy.js';
import { changedPolicy, NO_FILES, revisionFiles, worktreeFiles, } from '../policy-files.js';
import { hasCommit, isBare } from '../git.js';
import { UsageError } from '../errors.js';
import { appendFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { inWords } from '../safe-write.js';
import { checkFailOn, chooseFormat, emit, exitCode } from './output.js';
import { wholeNumber } from '../cli/numbers.js';
import { progressPrinter } from './progress.js';
/**
 * Probe settings, checked before any scanning starts. Each probe goes to its rule's base URL, or to
 * the one its provider's SDK variable names (FLORA_BASE_URL), or to --api-base-url, which is refused
 * when probes of several providers are in force (it cannot say which one it means).
 */
export async function probeOptions(flags, io, rules) {
    const { checkBaseUrl } = await import('../verify/probe.js');
    const probing = rules.filter((r) => r.verify);
    const providers = [...new Set(probing.map((r) => r.provider))];
    const override = flags['api-base-url'];
    if (override && providers.length > 1)
        throw new UsageError(`--api-base-url is ambiguous with live checks for ${providers.join(' and ')}: set each provider's own variable instead`);
    const urls = new Map(probing.map((r) => [
        r.verify,
        checkBaseUrl(override ?? ((r.verify.baseUrlEnv && io.env[r.verify.baseUrlEnv]) || r.verify.baseUrl)),
    ]));
    return {
        baseUrlOf: (probe) => urls.get(probe),
        timeoutMs: 1000 * (flags.timeout ? wholeNumber(flags.timeout, '--timeout', 1, 600) : 10),
        concurrency: flags.concurrency ? wholeNumber(flags.concurrency, '--concurrency', 1, 16) : 2,
        unattributed: flags['verify-unattributed'] === true,
        maxAttempts: 4,
        signal: io.signal,
    };
}
/** --output's folder must exist before a long scan starts, not be found missing after it. */
function checkOutputFolder(flags, io) {
    if (flags.output === undefined)
        return;
    const folder = dirname(resolve(io.cwd, flags.output));
    let isFolder = false;
    try {
        isFolder = statSync(folder).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isFolder)
        throw new UsageError(`--output ${flags.output}: the folder ${folder} does not exist`);
}
/** Flags every scanning command checks before it reads anything; probe settings once the rules are known. */
export async function checkReportFlags(flags, io, policy) {
    chooseFormat(flags, io);
    checkFailOn(flags);
    checkOutputFolder(flags, io);
    return flags.verify ? probeOptions(flags, io, policy.book.rules) : null;
}
/**
 * Where the repository's own policy is read from: nowhere with --no-repo-config; the base revision
 * given (a pull request's base: the pull request does not set its own policy); HEAD's tree for a
 * bare repository; else the working tree.
 */
export async function policyFiles(git, root, flags, base) {
    if (flags['no-repo-config'])
        return NO_FILES;
    if (git && base)
        return revisionFiles(git, base);
    if (git && (await isBare(git)))
        return (await hasCommit(git)) ? revisionFiles(git, 'HEAD') : NO_FILES;
    return worktreeFiles(root);
}
export function policyFor(files, flags, io) {
    return loadPolicy({
        files,
        configFile: flags.config,
        cwd: io.cwd,
        decode: !flags['no-decode'],
        ...(flags['max-archive-depth'] !== undefined
            ? { archiveDepth: Number(flags['max-archive-depth']) }
            : {}),
        maxFileSize: flags['max-file-size'],
    });
}
/** Notices for a pull request that changes the policy its scan runs under (which then comes from `base`). */
export async function policyChangeNotices(git, base, flags) {
    if (flags['no-repo-config'])
        return [];
    const changed = changedPolicy(await revisionFiles(git, base), await revisionFiles(git, 'HEAD'));
    return changed.map((file) => ({
        kind: 'policy-change',
        file,
        message: `this range changes ${file}; the scan ran under ${base}'s version, not the changed one. Review the change: it can switch findings off.`,
    }));
}
/** Runs `source` through the pipeline, prints the report, and returns it with the exit code. */
export async function scanAndReport(source, policy, probe, flags, io, notices = []) {
    const started = performance.now();
    const progress = source.mode !== 'worktree' && source.mode !== 'staged' && io.stderr.isTTY && !flags.quiet
        ? progressPrinter(io.stderr)
        : undefined;
    const phase = flags.debug
        ? (name) => io.stderr.write(`debug: ${name} at ${Math.round(performance.now() - started)} ms\n`)
        : undefined;
    const result = await runPipeline(source, {
        policy,
        probe,
        signal: io.signal,
        progress: progress?.update,
        phase,
        reportUnusedIgnores: flags['report-unused-ignores'] === true,
        notices,
        allContent: flags['all-content'] === true,
        ...(source.mode === 'staged' ? { blocking: 'commit' } : {}),
    });
    progress?.done();
    await emit(result.report, flags, io);
    const code = exitCode(result.report, flags);
    await tellCi(result.report, code, flags, io);
    return { ...result, code };
}
/**
 * When the report goes to a file or is not for people (SARIF, JSON), the log still says what
 * happened, in one line on stderr; under GitHub Actions, the job summary gets a table and the
 * step's outputs the numbers (`findings`, `live-keys`), which the Action passes on.
 */
async function tellCi(report, code, flags, io) {
    const format = chooseFormat(flags, io);
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    const outputFile = io.env.GITHUB_OUTPUT;
    if (flags.output === undefined && format === 'text' && !summaryFile && !outputFile)
        return;
    const { summaryLine, stepSummary, stepOutputs } = await import('../report/summary.js');
    const quiet = flags.quiet === true && code === 0;
    if ((flags.output !== undefined || format !== 'text') && !quiet)
        io.stderr.write(summaryLine(report, code, flags.output ?? null));
    if (summaryFile)
        appendForCi(summaryFile, stepSummary(report, code), 'the job summary', io);
    if (outputFile)
        appendForCi(outputFile, stepOutputs(report), 'the step outputs', io);
}
/** A file GitHub reads after the step: failing to write it is said, and does not change the exit code. */
function appendForCi(file, text, what, io) {
    try {
        appendFileSync(file, text);
    }
    catch (error) {
        io.stderr.write(`flora-keyscan: cannot write ${what}: ${inWords(error)}\n`);
    }
}
