// `flora-keyscan baseline [PATH...]`: accept today's reviewed findings so that only new ones fail.
// Scans the working tree and appends one fingerprint entry per secret to .flora-keyscan-ignore.

import { appendFileSync, existsSync } from 'node:fs';
import type { Invocation, Io } from '../cli.js';
import { baselineLines } from '../ignore.js';
import { emptyStats, scanItems } from '../scan/run.js';
import { planWorktree, readWorktree } from '../sources/worktree.js';
import { setUp } from './common.js';

export async function runBaseline({ args, flags }: Invocation, io: Io): Promise<number> {
  const plan = await planWorktree({ cwd: io.cwd, paths: args, includeIgnored: flags['include-ignored'] === true });
  const setup = setUp(plan.root, flags, io);
  const skip = setup.skipPath;
  if (skip) plan.files = plan.files.filter((f) => !skip(f));
  const findings = await scanItems(setup.engine, readWorktree(plan, setup.maxFileSize), emptyStats());
  const lines = baselineLines(findings, setup.ignore, new Date().toISOString().slice(0, 10));
  if (lines.length) {
    const header = existsSync(setup.ignore.file) ? '' : '# flora-keyscan: reviewed findings accepted by fingerprint (flora-keyscan baseline)\n';
    appendFileSync(setup.ignore.file, header + lines.join('\n') + '\n');
  }
  io.stdout.write(`${lines.length} new entr${lines.length === 1 ? 'y' : 'ies'} written to ${setup.ignore.file}\n`);
  return 0;
}
