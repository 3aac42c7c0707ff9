// The working tree: what could be committed. Inside a git repository that is tracked files plus
// untracked files git does not ignore (optionally ignored ones too); outside one, every file.

import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { EarlierVersions, splitByEarlier } from '../exposure.js';
import type { SecretFinding } from '../findings.js';
import { findWorkTree, hasCommit, splitNul, type Env, type Git } from '../git.js';
import { GatedReader } from './file-read.js';
import type { Settled, Source, SourceContext, SourceItem } from './source.js';
import { worktreeFiles } from './tree-files.js';

export interface WorktreeOptions {
  cwd: string;
  env: Env;
  /** Files or folders; defaults to the current folder. */
  paths: string[];
  includeIgnored: boolean;
}

export interface WorktreePlan {
  root: string;
  inRepo: boolean;
  files: string[];
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

async function kindOf(path: string): Promise<'file' | 'dir'> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT' ? `no such file or directory: ${path}` : `cannot read ${path}: ${code}`,
    );
  }
}

async function listInRepo(git: Git, dirs: string[], includeIgnored: boolean): Promise<string[]> {
  if (dirs.length === 0) return [];
  const specs = dirs.map((d) => relative(git.dir, d) || '.');
  const base = ['--literal-pathspecs', 'ls-files', '-z', '--full-name'];
  const listed = splitNul(
    await git.run([...base, '--cached', '--others', '--exclude-standard', '--', ...specs]),
  );
  if (includeIgnored)
    listed.push(
      ...splitNul(
        await git.run([...base, '--others', '--ignored', '--exclude-standard', '--', ...specs]),
      ),
    );
  return listed;
}

async function listOutsideRepo(root: string, dirs: string[]): Promise<string[]> {
  // Loaded only here: the hook path never needs a directory walker.
  const { default: fg } = await import('fast-glob');
  const out: string[] = [];
  for (const dir of dirs) {
    const found = await fg('**/*', {
      cwd: dir,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ['**/.git/**'],
      suppressErrors: true,
    });
    for (const f of found) out.push(toPosix(relative(root, resolve(dir, f))));
  }
  return out;
}

export async function planWorktree(options: WorktreeOptions): Promise<WorktreePlan> {
  const targets = (options.paths.length ? options.paths : ['.']).map((p) =>
    resolve(options.cwd, p),
  );
  const kinds = await Promise.all(targets.map(kindOf));
  const dirs = targets.filter((_, i) => kinds[i] === 'dir');
  const named = targets.filter((_, i) => kinds[i] === 'file');
  const repo = await findWorkTree(dirs[0] ?? resolve(named[0]!, '..'), options.env);
  const root = repo?.dir ?? (dirs.length === 1 && named.length === 0 ? dirs[0]! : options.cwd);
  const inside = (p: string) => {
    const rel = relative(root, p);
    return !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (repo)
    for (const dir of dirs.filter((d) => !inside(d)))
      throw new UserError(`${dir} is outside the repository at ${root}; scan it separately`);
  const listed = repo
    ? await listInRepo(repo, dirs, options.includeIgnored)
    : await listOutsideRepo(root, dirs);
  // Files named on the command line are scanned even if ignored: the user asked for them.
  const files = new Set([...listed, ...named.map((f) => toPosix(relative(root, f)))]);
  const kept = [...files].filter((f) => !f.split('/').includes('.git'));
  return { root, inRepo: repo !== null, files: kept.sort() };
}

function* readWorktree(plan: WorktreePlan, context: SourceContext): Generator<SourceItem> {
  const read: string[] = [];
  const reader = new GatedReader(plan.root, context.maxFileSize, context.gate);
  const free = { objects: 0, bytes: 0 };
  for (const path of plan.files) {
    const excluded = context.excludedBy(path);
    if (excluded) {
      yield { provenance: { kind: 'file', path }, excluded };
      continue;
    }
    read.push(path);
    const item = reader.read(path);
    if (item && 'freeBytes' in item) {
      free.objects++;
      free.bytes += item.freeBytes;
    } else if (item) yield item;
  }
  if (free.objects) yield { provenFree: free };
  yield { paths: read };
}

/**
 * A working-tree key that HEAD's version of its file holds too is committed already (or pushed):
 * still reported, with the commit it came from and the advice for where it is.
 */
async function settleWorktree(
  git: Git,
  raw: SecretFinding[],
  context: SourceContext,
): Promise<Settled> {
  if (raw.length === 0 || !(await hasCommit(git))) return { findings: raw, warnings: [] };
  const { added, preExisting } = await splitByEarlier(
    raw,
    (f) => (f.provenance.kind === 'file' ? [{ rev: 'HEAD', path: f.provenance.path }] : []),
    new EarlierVersions(git, context.engine),
  );
  return { findings: [...added, ...preExisting], warnings: [] };
}

/** The working tree (or the files and folders named) as a source; `git` when it is a repository's. */
export function worktreeSource(plan: WorktreePlan, git: Git | null = null): Source {
  return {
    mode: 'worktree',
    scope: `working tree of ${plan.root}`,
    root: plan.root,
    exposure: 'working-tree',
    tree: worktreeFiles(plan.root),
    items: (context) => readWorktree(plan, context),
    ...(git ? { settle: (raw, context) => settleWorktree(git, raw, context) } : {}),
  };
}
