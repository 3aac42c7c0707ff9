// `flora-keyscan [scan] [PATH...]` (working tree) and `flora-keyscan staged` (the git index).

import type { Invocation, Io } from '../cli.js';
import { UsageError } from '../errors.js';
import { makeReport, emptyStats, scanItems } from '../scan/run.js';
import { listStaged, readStaged } from '../sources/staged.js';
import type { SourceItem } from '../sources/item.js';
import { applyFilters, checkFailOn, chooseFormat, emit, exitCode, probeOptions, setUp, verifyIfAsked } from './common.js';
import type { ScanMode } from '../types.js';

export async function runScan({ command, args, flags }: Invocation, io: Io): Promise<number> {
  const started = performance.now();
  chooseFormat(flags, io);
  checkFailOn(flags);
  const probing = flags.verify ? await probeOptions(flags, io) : null;
  const mode: ScanMode = command === 'staged' ? 'staged' : 'worktree';
  let root: string;
  let items: Iterable<SourceItem> | AsyncIterable<SourceItem>;
  let setup;
  if (mode === 'staged') {
    if (args.length) throw new UsageError('staged takes no paths: it scans everything in the git index that differs from HEAD');
    const staged = await listStaged(io.cwd);
    root = staged.root;
    setup = setUp(root, flags, io);
    const skip = setup.skipPath;
    const blobs = skip ? staged.blobs.filter((b) => !skip(b.path)) : staged.blobs;
    items = readStaged(root, blobs);
  } else {
    const { planWorktree, readWorktree } = await import('../sources/worktree.js');
    const plan = await planWorktree({ cwd: io.cwd, paths: args, includeIgnored: flags['include-ignored'] === true });
    root = plan.root;
    setup = setUp(root, flags, io);
    const skip = setup.skipPath;
    if (skip) plan.files = plan.files.filter((f) => !skip(f));
    items = readWorktree(plan, setup.maxFileSize);
  }
  const stats = emptyStats();
  const warnings: string[] = [];
  const found = applyFilters(await scanItems(setup.engine, items, stats, { signal: io.signal }), setup, stats, flags, warnings);
  const report = makeReport(mode, root, setup.engine, found, stats, warnings);
  await verifyIfAsked(report, setup, probing);
  stats.durationMs = Math.round(performance.now() - started);
  await emit(report, flags, io);
  return exitCode(report, flags);
}
