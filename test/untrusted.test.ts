// The scanned repository is untrusted input: partial clones, hostile packs, a pull request's own
// policy, output that reaches a terminal. Each attack has a test here; time and memory budgets are
// measured by bench/hostile.mjs, not asserted.

import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runJson } from './helpers/cli.js';
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

describe("a pull request's own policy", () => {
  function pullRequest(files: Record<string, string>) {
    const repo = newRepo();
    repo.commit({ 'readme.md': 'hello\n' }, 'base');
    repo.git('branch', 'base');
    const key = floraKey();
    repo.commit({ ...files, 'src/app.ts': `const key = "${key}";\n` }, 'the pull request');
    return { repo, key };
  }
  const hostilePolicies: [string, Record<string, string>][] = [
    [
      'an allowlist that allows everything',
      { 'flora-keyscan.config.json': JSON.stringify({ allowlist: ['.*'] }) },
    ],
    [
      'an exclude of every path',
      { 'flora-keyscan.config.json': JSON.stringify({ exclude: ['**'] }) },
    ],
    [
      'a minimum entropy no key reaches',
      { 'flora-keyscan.config.json': JSON.stringify({ minEntropy: 8 }) },
    ],
    [
      'a package.json key',
      { 'package.json': JSON.stringify({ name: 'x', 'flora-keyscan': { exclude: ['src/**'] } }) },
    ],
    ['an ignore file leaving out every path', { '.flora-keyscan-ignore': 'path:**\n' }],
    [
      'a rule that replaces the shipped one',
      {
        'flora-keyscan.config.json': JSON.stringify({
          rules: [
            {
              id: 'flora-live-key',
              description: 'off',
              provider: 'flora',
              severity: 'low',
              keywords: ['zzzz'],
              pattern: '(?<secret>zzzz[0-9]{30})',
              minEntropy: 1,
              examples: ['zzzz{{random:30}}'],
            },
          ],
        }),
      },
    ],
  ];

  it.each(hostilePolicies)(
    'with --since, %s added by the range does not apply, and is reported as a notice',
    async (_, files) => {
      const { repo, key } = pullRequest(files);
      const { code, report } = await runJson(['history', '--since', 'base'], { cwd: repo.dir });
      expect(code).toBe(1);
      expect(report.findings.map((f: { secretSha256: string }) => f.secretSha256)).toContain(
        sha256Hex(key),
      );
      expect(report.notices).toMatchObject([
        {
          kind: 'policy-change',
          message: expect.stringContaining("the scan ran under base's version"),
        },
      ]);
      const sarif = JSON.parse(
        (await runCli(['history', '--since', 'base', '--format', 'sarif'], { cwd: repo.dir }))
          .stdout,
      );
      expect(
        sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'policy-change'),
      ).toBe(true);
    },
  );

  it.each(hostilePolicies)(
    'in the working tree, %s is counted by its source and listed as suppressed; --no-repo-config ignores it',
    async (_, files) => {
      const { repo, key } = pullRequest(files);
      const { code, report, stdout } = await runJson([], { cwd: repo.dir });
      expect(code).toBe(0);
      const counted = Object.entries(report.stats.suppressedBy).filter(
        ([, n]) => (n as number) > 0,
      );
      expect(counted.length).toBeGreaterThan(0);
      expect(stdout).not.toContain(key);
      const text = await runCli([], { cwd: repo.dir });
      expect(text.stdout).toMatch(/Suppressed, not reported: \d+ /);
      const strict = await runJson(['--no-repo-config'], { cwd: repo.dir });
      expect(strict.code).toBe(1);
      expect(strict.report.findings.map((f: { secretSha256: string }) => f.secretSha256)).toContain(
        sha256Hex(key),
      );
    },
  );

  it('SARIF carries suppressed findings as suppressions, so code scanning shows what was switched off', async () => {
    const { repo } = pullRequest({
      'flora-keyscan.config.json': JSON.stringify({ allowlist: ['.*'] }),
    });
    const sarif = JSON.parse((await runCli(['--format', 'sarif'], { cwd: repo.dir })).stdout);
    expect(sarif.runs[0].results).toMatchObject([
      {
        ruleId: 'flora-live-key',
        suppressions: [{ kind: 'external', justification: "suppressed by the config's allowlist" }],
      },
    ]);
  });
});

describe('patterns from a config', () => {
  const rule = (pattern: string) => ({
    id: 'slow',
    description: 'd',
    provider: 'acme',
    severity: 'low',
    keywords: ['a'],
    pattern,
    minEntropy: 0,
    examples: ['aab'],
  });

  it('(a|aa)+$ cannot hang a scan: config patterns run on a linear-time engine', async () => {
    const repo = newRepo();
    repo.write(
      'flora-keyscan.config.json',
      JSON.stringify({
        rules: [{ ...rule('(?<secret>(a|aa)+b)'), examples: ['aab'] }],
        allowlist: ['(x|xx)+$'],
      }),
    );
    repo.write('input.txt', 'a'.repeat(41) + '!');
    repo.write('big.txt', 'a'.repeat(200_000) + '!');
    const { code, report } = await runJson([], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.stats.filesScanned).toBe(3);
  });

  it.each([
    ['(?<secret>(?<![a-z])key[0-9]{20})', 'lookbehind'],
    ['(?<secret>(a)\\1)', 'backreference'],
  ])('%s is refused when the config loads, naming the rule (%s)', async (pattern) => {
    const repo = newRepo();
    repo.write('flora-keyscan.config.json', JSON.stringify({ rules: [rule(pattern)] }));
    const result = await runCli([], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /rules\[0\]: field "pattern" is not a valid regular expression for RE2/,
    );
  });
});
