// The scanned repository is untrusted input: partial clones, hostile packs, a pull request's own
// policy, output that reaches a terminal. Each attack has a test here; time and memory budgets are
// measured by bench/hostile.mjs, not asserted.

import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runJson } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { GIT_ENV, tempDir, tempRepo, type TempRepo } from './helpers/repo.js';
import { sha256Hex } from '../src/scan/secret.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});
function newRepo(): TempRepo {
  const repo = tempRepo();
  repos.push(repo);
  return repo;
}
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });

describe('partial clones and missing objects', () => {
  function partialClone() {
    const origin = newRepo();
    origin.git('config', 'uploadpack.allowFilter', 'true');
    const key = floraKey();
    origin.commit({ 'config/prod.env': `FLORA_API_KEY=${key}\n` }, 'add config');
    origin.git('rm', '-q', 'config/prod.env');
    origin.commit({ 'readme.md': 'hello\n' }, 'remove config');
    const dir = tempDir();
    git(dir, 'clone', '-q', '--filter=blob:none', `file://${origin.dir}`, 'clone');
    const clone = join(dir, 'clone');
    const blob = git(origin.dir, 'rev-parse', 'HEAD~1:config/prod.env').trim();
    return { key, clone, blob, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const present = (repo: string, oid: string) => {
    try {
      execFileSync('git', ['cat-file', '-e', oid], {
        cwd: repo,
        env: { ...process.env, ...GIT_ENV, GIT_ALLOW_PROTOCOL: 'none' },
        stdio: 'ignore',
      });
      return true;
    } catch {
      return false;
    }
  };

  it('names the blobs a partial clone lacks, never fetches them, and exits 2 with a warning', async () => {
    const { clone, blob, cleanup } = partialClone();
    try {
      expect(present(clone, blob)).toBe(false);
      const { code, report } = await runJson(['history'], { cwd: clone });
      expect(code).toBe(2);
      expect(report.findings).toEqual([]);
      expect(report.stats.missing).toEqual([{ path: blob, reason: 'not in this repository' }]);
      expect(report.warnings.join(' ')).toMatch(/partial clone: 1 object .* --fetch-missing/);
      // A second run finds the same: nothing was downloaded by the first.
      expect(present(clone, blob)).toBe(false);
      expect((await runJson(['history'], { cwd: clone })).report.stats.missing).toHaveLength(1);
    } finally {
      cleanup();
    }
  });

  it('--fetch-missing downloads them in one batch first and finds the key', async () => {
    const { clone, key, cleanup } = partialClone();
    try {
      const { code, report } = await runJson(['history', '--fetch-missing'], { cwd: clone });
      expect(code).toBe(1);
      expect(report.findings).toMatchObject([
        { path: 'config/prod.env', secretSha256: sha256Hex(key) },
      ]);
      expect(report.stats.missing).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('a key found elsewhere still makes the exit code 1, with the warning', async () => {
    const { clone, cleanup } = partialClone();
    try {
      const repo = { dir: clone };
      const other = floraKey();
      git(
        repo.dir,
        '-c',
        'user.name=T',
        '-c',
        'user.email=t@example.com',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        `note ${other}`,
      );
      const { code, report } = await runJson(['history'], { cwd: clone });
      expect(code).toBe(1);
      expect(report.findings).toMatchObject([
        { secretSha256: sha256Hex(other), location: 'message' },
      ]);
      expect(report.stats.missing).toHaveLength(1);
    } finally {
      cleanup();
    }
  });

  it('a repository that lost an object (not a partial clone) gets the report of all else, and says so', async () => {
    const repo = newRepo();
    const key = floraKey();
    repo.commit({ 'a.env': `FLORA_API_KEY=${key}\n`, 'b.txt': 'lost\n' });
    const lost = repo.git('rev-parse', 'HEAD:b.txt').trim();
    rmSync(join(repo.dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
    const { code, report } = await runJson(['history'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.findings).toMatchObject([{ path: 'a.env', secretSha256: sha256Hex(key) }]);
    expect(report.stats.missing).toEqual([{ path: lost, reason: 'not in this repository' }]);
    expect(report.warnings.join(' ')).toContain('damaged or incomplete repository');
    expect(readdirSync(join(repo.dir, '.git', 'objects', lost.slice(0, 2)))).not.toContain(
      lost.slice(2),
    );
  });
});

describe('failures after the scan started', () => {
  it('a history git cannot walk still gives the report of everything found, marked incomplete (exit 2)', async () => {
    const repo = newRepo();
    const key = floraKey();
    repo.commit({ 'dir/a.env': `FLORA_API_KEY=${key}\n` });
    const tree = repo.git('rev-parse', 'HEAD:dir').trim();
    const file = join(repo.dir, '.git', 'objects', tree.slice(0, 2), tree.slice(2));
    chmodSync(file, 0o644);
    writeFileSync(file, deflateSync(Buffer.from('tree 5\0junk!')));
    const { code, report } = await runJson(['history'], { cwd: repo.dir });
    expect(code).toBe(2);
    expect(report.findings).toMatchObject([{ secretSha256: sha256Hex(key) }]);
    expect(report.warnings.join(' ')).toMatch(/not attributed to commits/);
  });
});
