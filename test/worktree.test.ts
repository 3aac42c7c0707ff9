import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runJson } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { tempDir, tempRepo, type TempRepo } from './helpers/repo.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const paths = (report: { findings: { path: string }[] }) =>
  report.findings.map((f) => f.path).sort();

describe('working-tree scan in a git repository', () => {
  it('scans tracked and untracked files, not ignored ones, never .git', async () => {
    repo = tempRepo();
    repo.commit({ 'tracked.ts': `const k = "${floraKey()}";\n`, '.gitignore': 'ignored.env\n' });
    repo.write('untracked.ts', `k = "${floraKey()}"\n`);
    repo.write('ignored.env', `FLORA_API_KEY=${floraKey()}\n`);
    writeFileSync(join(repo.dir, '.git', 'secret-in-git-dir'), floraKey());
    const { code, report } = await runJson([], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.mode).toBe('worktree');
    expect(paths(report)).toEqual(['tracked.ts', 'untracked.ts']);
  });

  it('--include-ignored adds ignored files', async () => {
    repo = tempRepo();
    repo.commit({ '.gitignore': 'ignored.env\n' });
    repo.write('ignored.env', `FLORA_API_KEY=${floraKey()}\n`);
    expect(paths((await runJson(['--include-ignored'], { cwd: repo.dir })).report)).toEqual([
      'ignored.env',
    ]);
  });

  it('reports repo-relative forward-slash paths when run from a subfolder, and takes folders and files', async () => {
    repo = tempRepo();
    repo.commit({ 'a/b/one.ts': floraKey(), 'a/two.ts': floraKey(), 'c/three.ts': floraKey() });
    const fromSub = await runJson(['.'], { cwd: join(repo.dir, 'a') });
    expect(paths(fromSub.report)).toEqual(['a/b/one.ts', 'a/two.ts']);
    const listed = await runJson(['a/two.ts', 'c'], { cwd: repo.dir });
    expect(paths(listed.report)).toEqual(['a/two.ts', 'c/three.ts']);
  });

  it('handles paths with spaces and non-ASCII characters', async () => {
    repo = tempRepo();
    repo.commit({ 'dir with space/fichier été.txt': `key ${floraKey()}\n` });
    repo.write('日本/キー.env', `FLORA_API_KEY=${floraKey()}\n`);
    const { report } = await runJson([], { cwd: repo.dir });
    expect(paths(report)).toEqual(['dir with space/fichier été.txt', '日本/キー.env']);
    const single = await runJson(['dir with space/fichier été.txt'], { cwd: repo.dir });
    expect(paths(single.report)).toEqual(['dir with space/fichier été.txt']);
  });

  it('exit 0 and a clean report when there is nothing to find', async () => {
    repo = tempRepo();
    repo.commit({ 'readme.md': 'Set FLORA_API_KEY=sk_live_<YOUR_KEY> in your environment.\n' });
    const result = await runCli([], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No keys found');
  });

  it('names skipped files: size limit, symbolic links (not followed), FIFOs', async () => {
    repo = tempRepo();
    repo.write('big.log', 'x'.repeat(2048) + floraKey());
    symlinkSync('nowhere', join(repo.dir, 'dangling'));
    symlinkSync('big.log', join(repo.dir, 'link-to-secret'));
    execFileSync('mkfifo', [join(repo.dir, 'pipe')]);
    const { code, report } = await runJson(['--max-file-size', '1KB', '.', 'pipe'], {
      cwd: repo.dir,
    });
    expect(code).toBe(0);
    expect(report.stats.skipped).toEqual(
      expect.arrayContaining([
        { path: 'big.log', reason: expect.stringContaining('larger than the size limit') },
        { path: 'dangling', reason: 'symbolic link (not followed)' },
        { path: 'link-to-secret', reason: 'symbolic link (not followed)' },
        { path: 'pipe', reason: 'not a regular file' },
      ]),
    );
    const text = await runCli(['--max-file-size', '1KB'], { cwd: repo.dir });
    expect(text.stdout).toMatch(/big\.log — larger than the size limit/);
  });

  it('names unreadable files and exits 2: the scan is incomplete', async () => {
    repo = tempRepo();
    repo.write('ok.txt', 'fine\n');
    repo.write('secret.txt', floraKey());
    const asRoot = process.getuid?.() === 0;
    // root reads anything: run the CLI as nobody then, who may read the repository but not the file.
    if (asRoot) execFileSync('chmod', ['-R', 'a+rwX', repo.dir]);
    chmodSync(join(repo.dir, 'secret.txt'), 0o000);
    const args = asRoot
      ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath]
      : [process.execPath];
    const { BIN } = await import('./helpers/cli.js');
    let stdout = '';
    let code = 0;
    try {
      stdout = execFileSync(args[0]!, [...args.slice(1), BIN, '--format', 'json', '.'], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_CONFIG_GLOBAL: '/dev/null',
          HOME: '/tmp',
          GIT_CONFIG_PARAMETERS: `'safe.directory'='*'`,
        },
      });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      code = e.status;
      stdout = e.stdout;
    }
    expect(code).toBe(2);
    expect(JSON.parse(stdout).stats.unreadable).toEqual([{ path: 'secret.txt', reason: 'EACCES' }]);
  });
});

describe('working-tree scan outside a repository', () => {
  it('scans every file, dot files too, with paths relative to the folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
    writeFileSync(join(dir, '.env'), `FLORA_API_KEY=${floraKey()}\n`);
    writeFileSync(join(dir, 'node_modules/pkg/index.js'), `k="${floraKey()}"`);
    const { report } = await runJson([dir], { cwd: '/' });
    expect(paths(report)).toEqual(['.env', 'node_modules/pkg/index.js']);
  });
});
