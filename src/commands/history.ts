// `flora-keyscan history [PATH]`: the whole history (or, with --since REV, the commits REV..HEAD),
// then optionally the purge kit and the post-purge check.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Flags, Invocation, Io } from '../cli/io.js';
import { UsageError, UserError } from '../errors.js';
import { hasCommit, requireRepository, type Git } from '../git.js';
import { CLEAN_AFTER_PURGE, purgeKitWritten } from '../messages.js';
import { historySource } from '../sources/history.js';
import { rangeSource } from '../sources/range.js';
import type { Source } from '../sources/source.js';
import type { SecretFinding } from '../findings.js';
import { wholeNumber } from '../cli/numbers.js';
import {
  checkReportFlags,
  policyChangeNotices,
  policyFiles,
  policyFor,
  scanAndReport,
} from './setup.js';

function checkHistoryFlags(args: string[], flags: Flags): void {
  if (args.length > 1) throw new UsageError('history takes one repository path');
  if (flags.since && flags['all-objects'])
    throw new UsageError(
      '--since and --all-objects do not go together: --since scans a range of commits',
    );
  if (flags['only-live'] && !flags['write-purge'])
    throw new UsageError('--only-live narrows --write-purge; use them together');
  if (flags['only-live'] && !flags.verify)
    throw new UsageError('--only-live needs --verify: without a probe no key is known to be live');
}

async function sourceFor(git: Git, flags: Flags, io: Io): Promise<Source> {
  if (flags.since) {
    return rangeSource(git, [`${flags.since}..HEAD`], `commits since ${flags.since}`);
  }
  // One reading thread unless asked: each extra one costs ~120 MB (see --help).
  const threads = flags.threads ? wholeNumber(flags.threads, '--threads', 1, 64) : 1;
  return historySource(git, {
    allObjects: flags['all-objects'] === true,
    threads,
    fetchMissing: flags['fetch-missing'] === true,
    cores: availableParallelism(),
    env: io.env,
  });
}

async function writeKit(
  target: string,
  git: Git,
  secrets: SecretFinding[],
  onlyLive: boolean,
  io: Io,
): Promise<void> {
  const chosen = onlyLive ? secrets.filter((f) => f.verification?.status === 'live') : secrets;
  if (chosen.length === 0) {
    io.stderr.write(
      `flora-keyscan: no purge kit written: ${onlyLive ? 'no key was verified live' : 'nothing was found'}.\n`,
    );
    return;
  }
  const { writePurgeKit } = await import('../history/purge-kit.js');
  io.stderr.write(purgeKitWritten(await writePurgeKit(resolve(io.cwd, target), git, chosen)));
}

export async function runHistory({ args, flags }: Invocation, io: Io): Promise<number> {
  checkHistoryFlags(args, flags);
  const target = resolve(io.cwd, args[0] ?? '.');
  if (!existsSync(target)) throw new UserError(`no such file or directory: ${target}`);
  const git = await requireRepository(target, io.env);
  if (flags.since && !(await hasCommit(git, flags.since)))
    throw new UserError(`unknown revision for --since: ${flags.since}`);
  const policy = policyFor(await policyFiles(git, git.dir, flags, flags.since), flags, io);
  const probe = await checkReportFlags(flags, io, policy);
  const notices = flags.since ? await policyChangeNotices(git, flags.since, flags) : [];
  // The kit's folder is checked before the scan, not after it.
  if (flags['write-purge'])
    await (
      await import('../history/purge-kit.js')
    ).checkKitFolder(resolve(io.cwd, flags['write-purge']), git);
  const { report, secrets, code } = await scanAndReport(
    await sourceFor(git, flags, io),
    policy,
    probe,
    flags,
    io,
    notices,
  );
  if (flags['write-purge'])
    await writeKit(flags['write-purge'], git, secrets, flags['only-live'] === true, io);
  const keys = new Set(report.findings.map((f) => f.secretSha256)).size;
  if (flags['verify-clean'])
    io.stderr.write(
      keys
        ? `flora-keyscan: not clean: ${keys} key(s) still in history.\n`
        : CLEAN_AFTER_PURGE + '\n',
    );
  const unread = report.stats.unreadable.length;
  if (unread)
    io.stderr.write(
      `flora-keyscan: ${unread} object${unread === 1 ? '' : 's'} could not be read (listed in the report); the scan is incomplete.\n`,
    );
  return code;
}
