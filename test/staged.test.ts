import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runJson } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { GIT_ENV, tempDir, tempRepo, type TempRepo } from './helpers/repo.js';
import { execFileSync } from 'node:child_process';
import { sha256Hex } from '../src/scan/secret.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

describe('staged scan', () => {
  it('a newline in the repository path scans that repository, not the one its first line names', async () => {
    const parent = tempDir();
    const decoy = join(parent, 'repo');
    const real = join(parent, 'repo\nb');
    for (const dir of [decoy, real])
      execFileSync('git', ['init', '-q', dir], { env: { ...process.env, ...GIT_ENV } });
    writeFileSync(join(real, 'a.env'), `FLORA_API_KEY=${floraKey()}\n`);
    execFileSync('git', ['add', 'a.env'], { cwd: real, env: { ...process.env, ...GIT_ENV } });
    const result = await runCli(['staged'], { cwd: real });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('a.env:1:15');
  });

  it('finds a staged key even after it is deleted from the working copy', async () => {
    repo = tempRepo();
    repo.commit({ 'readme.md': 'hi\n' });
    const key = floraKey();
    repo.write('config.ts', `export const key = "${key}";\n`);
    repo.git('add', 'config.ts');
    rmSync(join(repo.dir, 'config.ts'));
    const { code, report } = await runJson(['staged'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.mode).toBe('staged');
    expect(report.findings).toMatchObject([
      { path: 'config.ts', line: 1, column: 21, commit: null, secretSha256: sha256Hex(key) },
    ]);
  });

  it('does not report a key that is only in the working copy', async () => {
    repo = tempRepo();
    repo.commit({ 'config.ts': 'export const key = process.env.FLORA_API_KEY;\n' });
    repo.write('config.ts', `export const key = "${floraKey()}";\n`);
    repo.write('new-untracked.ts', `k = "${floraKey()}"\n`);
    const { code, report } = await runJson(['staged'], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('reports lines of the staged content, not of the working copy', async () => {
    repo = tempRepo();
    repo.commit({ 'a.txt': 'one\n' });
    repo.write('a.txt', `one\ntwo\n${floraKey()}\n`);
    repo.git('add', 'a.txt');
    repo.write('a.txt', `inserted\nlines\nabove\none\ntwo\n${floraKey()}\n`);
    const { report } = await runJson(['staged'], { cwd: repo.dir });
    expect(report.findings.map((f: { line: number }) => f.line)).toEqual([3]);
  });

  it('works before the first commit', async () => {
    repo = tempRepo();
    repo.write('first.env', `FLORA_API_KEY=${floraKey('test')}\n`);
    repo.git('add', '.');
    const { code, report } = await runJson(['staged'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([
      { path: 'first.env', ruleId: 'flora-test-key', environment: 'test' },
    ]);
  });

  it('handles renames (new path) and deletions (nothing to scan)', async () => {
    repo = tempRepo();
    const key = floraKey();
    repo.commit({
      'old/name.ts': `k = "${key}" // flora-keyscan:allow\n`,
      'gone.ts': `x = "${floraKey()}" // flora-keyscan:allow\n`,
    });
    repo.git('mv', 'old/name.ts', 'new-name.ts');
    repo.write('new-name.ts', `k = "${key}"\n`);
    repo.git('add', '-A');
    repo.git('rm', '-q', 'gone.ts');
    const { report } = await runJson(['staged'], { cwd: repo.dir });
    expect(report.findings.map((f: { path: string }) => f.path)).toEqual(['new-name.ts']);
  });

  it('scans staged binary files', async () => {
    repo = tempRepo();
    repo.commit({ 'readme.md': 'hi\n' });
    const key = floraKey();
    repo.write(
      'data.bin',
      Buffer.concat([
        Buffer.from([0, 1, 2, 3, 0, 255, 10, 0]),
        Buffer.from(key),
        Buffer.from([0, 0, 7]),
      ]),
    );
    repo.git('add', 'data.bin');
    const { report } = await runJson(['staged'], { cwd: repo.dir });
    expect(report.findings).toMatchObject([
      { path: 'data.bin', byteOffset: 8, line: 2, column: 2, secretSha256: sha256Hex(key) },
    ]);
    expect(report.stats.binary).toBe(1);
  });

  it('a merge adds no key its sides already committed; the resolution can add one', async () => {
    repo = tempRepo();
    repo.commit({ 'conf.ts': 'base\n' });
    repo.git('checkout', '-q', '-b', 'side');
    const theirs = floraKey();
    repo.commit({ 'conf.ts': `theirs ${theirs}\n` });
    repo.git('checkout', '-q', 'main');
    const ours = floraKey();
    repo.commit({ 'conf.ts': `ours ${ours}\n` });
    try {
      repo.git('merge', '-q', 'side');
    } catch {
      // the conflict is the point
    }
    // Both sides of the conflict are in the index; each key is in a commit already (HEAD, MERGE_HEAD).
    const conflicted = await runJson(['staged'], { cwd: repo.dir });
    expect(conflicted.code).toBe(0);
    expect(conflicted.report.findings).toEqual([]);
    expect(
      conflicted.report.preExisting.map((f: { secretSha256: string }) => f.secretSha256).sort(),
    ).toEqual([sha256Hex(ours), sha256Hex(theirs)].sort());
    const all = await runJson(['staged', '--all-content'], { cwd: repo.dir });
    expect(all.code).toBe(1);
    expect(all.report.findings.map((f: { secretSha256: string }) => f.secretSha256).sort()).toEqual(
      [sha256Hex(ours), sha256Hex(theirs)].sort(),
    );
    const resolved = floraKey();
    writeFileSync(join(repo.dir, 'conf.ts'), `resolved ${resolved}\n`);
    repo.git('add', 'conf.ts');
    const merged = await runJson(['staged'], { cwd: repo.dir });
    expect(merged.report.findings.map((f: { secretSha256: string }) => f.secretSha256)).toEqual([
      sha256Hex(resolved),
    ]);
  });

  it('prints the three ways forward when it blocks', async () => {
    repo = tempRepo();
    repo.write('k.ts', floraKey());
    repo.git('add', '.');
    const { code, stdout } = await runCli(['staged'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(stdout).toContain('k.ts:1:1');
    expect(stdout).toContain('FLORA_API_KEY');
    expect(stdout).toContain('flora-keyscan:allow');
    expect(stdout).toContain('git commit --no-verify');
  });

  it('outside a git repository is a clear error, exit 2', async () => {
    const result = await runCli(['staged'], { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^flora-keyscan: not a git repository: /);
  });
});
