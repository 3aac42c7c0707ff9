// One repository of an audit: mirrored, then scanned exactly as `flora-keyscan history` scans a
// repository (the same source, pipeline and policy), with its report naming the repository, not the
// cache folder it was read from.
import { join, resolve } from 'node:path';
import { readBoundedText } from '../bounded-read.js';
import { CONFIG_FILE, IGNORE_FILE } from '../policy-files.js';
import { wholeNumber } from '../cli/numbers.js';
import { requireRepository } from '../git.js';
import { runPipeline } from '../pipeline.js';
import { historySource } from '../sources/history.js';
import { policyFiles, policyFor } from '../commands/setup.js';
import { mirror } from './mirror.js';
import { readScan, rulesKey, scanKey, writeScan } from './scan-cache.js';
export async function auditRepository(target, cache, flags, io, cores = 1) {
    const { dir } = await mirror(target, cache, io.env);
    const git = await requireRepository(dir, io.env);
    const policy = policyFor(await policyFiles(git, git.dir, flags), flags, io);
    const cacheFile = join(dir, 'flora-keyscan.scan'); // git ignores files of its own folder it does not know
    // The policy: the rules as loaded, and the texts they and the allowlist, excludes and ignore
    // entries come from (the repository's files, and --config's).
    const texts = [CONFIG_FILE, 'package.json', IGNORE_FILE].map((name) => policy.files.read(name));
    const userConfig = flags.config
        ? readBoundedText(resolve(io.cwd, flags.config), { limit: 4 << 20, followLinks: true })
        : null;
    const rules = rulesKey([policy.book.rules, texts, userConfig], flags);
    const key = await scanKey(git, rules);
    // --verify needs the keys themselves, which the kept scan does not hold: then it scans whole.
    if (!flags['no-cache'] && !flags.verify) {
        const kept = readScan(cacheFile, key);
        if (kept)
            return kept;
    }
    const ledgerFile = join(dir, 'flora-keyscan.packs');
    let ledger = null;
    const source = await historySource(git, {
        allObjects: flags['all-objects'] === true,
        threads: flags.threads ? wholeNumber(flags.threads, '--threads', 1, 64) : 1,
        fetchMissing: false,
        cores,
        env: io.env,
        ledger: {
            earlier: flags['no-cache'] ? null : readScan(ledgerFile, rules),
            keep: (kept) => (ledger = kept),
        },
    });
    source.scope = source.scope.replace(git.dir, target.repository);
    source.root = target.repository;
    const result = await runPipeline(source, {
        policy,
        probe: null,
        signal: io.signal,
        reportUnusedIgnores: flags['report-unused-ignores'] === true,
    });
    const scan = { ...result, rules: policy.book.rules };
    // Only a complete scan is kept: an incomplete one (missing objects, interrupted) is redone.
    if (!result.report.stats.interrupted && result.report.stats.missing.length === 0) {
        writeScan(cacheFile, key, {
            ...scan,
            secrets: scan.secrets.map((f) => ({ ...f, secret: '' })),
        });
        if (ledger)
            writeScan(ledgerFile, rules, ledger);
    }
    return scan;
}
