// One repository of an audit: mirrored, then scanned exactly as `flora-keyscan history` scans a
// repository (the same source, pipeline and policy), with its report naming the repository, not the
// cache folder it was read from.

import type { Flags, Io } from '../cli/io.js';
import { wholeNumber } from '../cli/numbers.js';
import { requireRepository } from '../git.js';
import { runPipeline, type PipelineResult } from '../pipeline.js';
import type { RuleSpec } from '../rules/types.js';
import { historySource } from '../sources/history.js';
import { policyFiles, policyFor } from '../commands/setup.js';
import { mirror } from './mirror.js';
import type { Target } from './targets.js';

export interface RepositoryScan extends PipelineResult {
  /** The rules it ran under: --verify probes with them (plain data: it crosses threads). */
  rules: RuleSpec[];
}

export async function auditRepository(
  target: Target,
  cache: string,
  flags: Flags,
  io: Io,
): Promise<RepositoryScan> {
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
