// The scanned repository is untrusted input: partial clones, hostile packs, a pull request's own
// policy, output that reaches a terminal. Each attack has a test here; time and memory budgets are
// measured by bench/hostile.mjs, not asserted.

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli, runJson } from './helpers/cli.js';
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

  it('a policy file that is a FIFO or a folder is an error in words, never a hung hook', async () => {
    const repo = newRepo();
    execFileSync('mkfifo', [join(repo.dir, '.flora-keyscan-ignore')]);
    const staged = spawnSync(process.execPath, [BIN, 'staged'], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(staged.error).toBeUndefined();
    expect(staged.status).toBe(2);
    expect(staged.stderr).toContain('.flora-keyscan-ignore: not a regular file');
    rmSync(join(repo.dir, '.flora-keyscan-ignore'));
    mkdirSync(join(repo.dir, 'flora-keyscan.config.json'));
    const result = await runCli([], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('flora-keyscan.config.json: not a regular file');
    // A link is not followed: its target may be anywhere (/proc/self/environ, /dev/zero).
    rmSync(join(repo.dir, 'flora-keyscan.config.json'), { recursive: true });
    symlinkSync('/proc/self/environ', join(repo.dir, 'flora-keyscan.config.json'));
    const linked = await runCli([], { cwd: repo.dir, env: { SECRET_MARKER: 'do-not-echo' } });
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain('flora-keyscan.config.json: a symbolic link (not followed)');
    expect(linked.stderr).not.toContain('do-not-echo');
  });

  it('--config FILE is bounded too: /dev/zero is an error, not a hang', async () => {
    const repo = newRepo();
    const result = await runCli(['--config', '/dev/zero'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/dev/zero: not a regular file');
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

describe('output is data, never control', () => {
  it('escapes control characters in file names and authors in text and GitHub output; JSON and SARIF escape as their formats do', async () => {
    const repo = newRepo();
    const key = floraKey();
    const evil = 'x\u001b]0;pwned\u0007\u001b[2J\u202e.env';
    repo.write(evil, `FLORA_API_KEY=${key}\n`);
    repo.git('add', '.');
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Eve \u001b[31mRed',
        '-c',
        'user.email=e@example.com',
        'commit',
        '-q',
        '-m',
        'x',
      ],
      { cwd: repo.dir, env: { ...process.env, ...GIT_ENV } },
    );
    for (const args of [
      [],
      ['--format', 'github'],
      ['history'],
      ['history', '--format', 'github'],
    ]) {
      const { stdout } = await runCli(args, { cwd: repo.dir });
      expect(stdout).not.toMatch(/[\u001b\u0007\u202e]/);
      expect(stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\u202e.env');
    }
    expect((await runCli(['history'], { cwd: repo.dir })).stdout).toContain('by Eve \\x1b[31mRed');
    for (const format of ['json', 'sarif']) {
      const { stdout } = await runCli(
        [...(format === 'json' ? ['history'] : []), '--format', format],
        { cwd: repo.dir },
      );
      expect(stdout).not.toMatch(/[\u001b\u0007]/);
      expect(() => JSON.parse(stdout)).not.toThrow();
    }
  });

  it('a newline in a file name cannot split a report line', async () => {
    const repo = newRepo();
    repo.write('a\nFAKE LINE.env', `FLORA_API_KEY=${floraKey()}\n`);
    const { stdout } = await runCli([], { cwd: repo.dir });
    expect(stdout).toContain('a\\nFAKE LINE.env:1:15');
    expect(stdout.split('\n').some((l) => l.startsWith('FAKE LINE'))).toBe(false);
  });

  it('a key in a file name is a finding, and is redacted wherever the name is printed', async () => {
    const repo = newRepo();
    const key = floraKey();
    const other = floraKey();
    repo.write(`keys/${key}.txt`, `FLORA_API_KEY=${other}\n`);
    repo.commit({});
    for (const args of [[], ['staged'], ['history']]) {
      if (args[0] === 'staged') {
        repo.write(`new/${key}.md`, 'x\n');
        repo.git('add', '.');
      }
      for (const format of ['text', 'json', 'sarif', 'github']) {
        const { stdout } = await runCli([...args, '--format', format], { cwd: repo.dir });
        expect(stdout, `${args} ${format}`).not.toContain(key.slice(8));
      }
      const { report } = await runJson(args, { cwd: repo.dir });
      expect(
        report.findings.find((f: { location?: string }) => f.location === 'path'),
      ).toMatchObject({
        secretSha256: sha256Hex(key),
        path: expect.stringContaining(`${key.slice(0, 10)}…${key.slice(-2)}`),
      });
    }
  });
});

describe('no writes through links', () => {
  it('--output replaces a link the repository committed at that name, and never writes to its target', async () => {
    const repo = newRepo();
    const target = join(tempDir(), 'profile');
    writeFileSync(target, 'export PATH=/usr/bin\n');
    symlinkSync(target, join(repo.dir, 'flora-keyscan.sarif'));
    repo.write('a.env', `FLORA_API_KEY=${floraKey()}\n`);
    const { code } = await runCli(['--format', 'sarif', '--output', 'flora-keyscan.sarif'], {
      cwd: repo.dir,
    });
    expect(code).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('export PATH=/usr/bin\n');
    expect(lstatSync(join(repo.dir, 'flora-keyscan.sarif')).isSymbolicLink()).toBe(false);
    expect(JSON.parse(readFileSync(join(repo.dir, 'flora-keyscan.sarif'), 'utf8')).version).toBe(
      '2.1.0',
    );
  });

  it('--output refuses a folder that is a link, and says why a missing folder fails, in words', async () => {
    const repo = newRepo();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(repo.dir, 'reports'));
    const linked = await runCli(['--output', 'reports/out.txt'], { cwd: repo.dir });
    expect([linked.code, linked.stderr]).toEqual([
      2,
      expect.stringContaining('reports is a symbolic link'),
    ]);
    expect(readdirSync(elsewhere)).toEqual([]);
    const missing = await runCli(['--output', '/nonexistent/x'], { cwd: repo.dir });
    expect(missing.stderr.trim()).toBe(
      'flora-keyscan: --output /nonexistent/x: the folder /nonexistent does not exist',
    );
  });

  it('--write-purge makes a new folder, or uses an empty one without changing its mode; refuses others before scanning', async () => {
    const repo = newRepo();
    repo.commit({ 'a.env': `FLORA_API_KEY=${floraKey()}\n` });
    const shared = tempDir();
    chmodSync(shared, 0o1777);
    const used = await runCli(['history', '--write-purge', shared], { cwd: repo.dir });
    expect(used.code).toBe(1);
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
    expect(statSync(join(shared, 'replacements.txt')).mode & 0o777).toBe(0o600);
    const full = tempDir();
    symlinkSync(join(tempDir(), 'x'), join(full, 'replacements.txt'));
    const refused = await runCli(['history', '--write-purge', full], { cwd: repo.dir });
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toContain('is not empty');
    const link = join(tempDir(), 'kit');
    symlinkSync(tempDir(), link);
    expect((await runCli(['history', '--write-purge', link], { cwd: repo.dir })).stderr).toContain(
      'is a symbolic link',
    );
    const fresh = join(tempDir(), 'kit');
    expect((await runCli(['history', '--write-purge', fresh], { cwd: repo.dir })).code).toBe(1);
    expect(statSync(fresh).mode & 0o777).toBe(0o700);
  });
});

describe('the process, end to end', () => {
  it('Ctrl-C stops a working-tree scan promptly: the report so far, marked incomplete, exit 2', async () => {
    const repo = newRepo();
    // Text the rules must look at (it names FLORA), so the scan takes a few seconds.
    for (let i = 0; i < 2500; i++) repo.write(`data/f${i}.txt`, 'flora settings\n'.repeat(3000));
    const child = spawn(process.execPath, [BIN, '--format', 'json', '.'], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV },
    });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    setTimeout(() => child.kill('SIGINT'), 400);
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(2);
    const report = JSON.parse(stdout);
    expect(report.stats.interrupted).toBe(true);
    expect(report.stats.filesScanned).toBeLessThan(2500);
  });

  it('a reader that goes away (| head -1) ends the run quietly, without a stack trace', () => {
    const repo = newRepo();
    for (let i = 0; i < 50; i++) repo.write(`f${i}.env`, `FLORA_API_KEY=${floraKey()}\n`);
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" . | head -1`], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { ...process.env, ...GIT_ENV },
    });
    expect(result.stdout.split('\n')).toHaveLength(2);
    expect(result.stderr).toBe('');
  });
});

describe('hostile packs', () => {
  const bare = () => {
    const dir = tempDir();
    git(dir, 'init', '-q', '--bare', 'r.git');
    return join(dir, 'r.git');
  };
  const hostile = () => import('./fixtures/hostile-packs.mjs');

  it('an object that inflates far beyond its declared size is unreadable, named, and costs nothing', async () => {
    const repo = bare();
    const [oid] = (await hostile()).HOSTILE_PACKS['inflate-bomb']!(join(repo, 'objects'));
    const { code, report } = await runJson(['history', '--all-objects', repo], { cwd: repo });
    expect(code).toBe(2);
    expect(report.stats.unreadable).toEqual([
      {
        path: oid,
        reason: expect.stringContaining('inflates beyond the 100 bytes its header says'),
      },
    ]);
  });

  it('a loose zlib bomb is unreadable too', async () => {
    const repo = bare();
    const oid = (await hostile()).writeLooseBomb(join(repo, 'objects'));
    const { code, report } = await runJson(['history', '--all-objects', repo], { cwd: repo });
    expect(code).toBe(2);
    expect(report.stats.unreadable).toEqual([
      { path: oid, reason: expect.stringContaining('inflates beyond') },
    ]);
  });

  it('deltas based on themselves are unreadable, each named', async () => {
    const repo = bare();
    const oids = (await hostile()).HOSTILE_PACKS['self-deltas']!(join(repo, 'objects'), {
      count: 3000,
    });
    const { code, report } = await runJson(['history', '--all-objects', repo], { cwd: repo });
    expect(code).toBe(2);
    expect(report.stats.unreadable.map((u: { path: string }) => u.path).sort()).toEqual(
      [...oids].sort(),
    );
    expect(report.stats.unreadable[0].reason).toContain('loop back on themselves');
  });

  it('a deep delta chain is read in full, each version once', async () => {
    const repo = bare();
    (await hostile()).HOSTILE_PACKS['deep-chain']!(join(repo, 'objects'), {
      depth: 1500,
      baseBytes: 64 * 1024,
    });
    const { code, report } = await runJson(['history', '--all-objects', repo], { cwd: repo });
    expect(code).toBe(0);
    expect(report.stats.filesScanned).toBe(1501);
    expect(report.stats.unreadable).toEqual([]);
  });

  it('a delta tree that expands a thousandfold past the cap is a pack bomb: the rest of it is named unreadable', async () => {
    const repo = bare();
    (await hostile()).HOSTILE_PACKS['deep-chain']!(join(repo, 'objects'), {
      keyword: true,
      depth: 400,
      baseBytes: 64 * 1024,
    });
    const { locateObjectStore, ObjectStore } = await import('../src/sources/object-store.js');
    const { Git } = await import('../src/git.js');
    const { Engine } = await import('../src/scan/engine.js');
    const { loadRules } = await import('../src/rules/load.js');
    const location = (await locateObjectStore(new Git(repo, { ...process.env, ...GIT_ENV }), {}))!;
    const objects = [
      ...ObjectStore.open(location, { bombBytes: 4 * 1024 * 1024 }).objects(
        new Engine(loadRules()).gate,
      ),
    ];
    const read = objects.filter((o) => 'bytes' in o).length;
    const bomb = objects.filter((o) => 'error' in o);
    expect(read).toBeGreaterThan(60);
    expect(read).toBeLessThan(80); // 4 MiB of 64 KiB versions, then the cap
    expect(bomb.length).toBe(401 - read);
    expect((bomb[0] as { error: string }).error).toContain('a pack bomb?');
  });
});

describe('content crafted to be slow', () => {
  // Each of these took minutes before (quadratic paths); they are checked for their outcome here and
  // timed by bench/hostile.mjs.
  const sig = Buffer.from('sk_live_').toString('base64').slice(0, 8);
  it.each([
    ['1 MB of flora on one line', 'flora'.repeat(200_000)],
    ['1.1 MB of a repeated base64 signature of the prefix', sig.repeat(140_000)],
    [
      '70k short base64 tokens that decode to the prefix',
      (Buffer.from('sk_live_AAAA').toString('base64') + ' ').repeat(70_000),
    ],
    ['1 MB of sk_live_ without bodies', 'sk_live_'.repeat(130_000)],
    ['100k escaped underscores', '\\u005f'.repeat(170_000)],
    ['1 MB of the prefix in hex', Buffer.from('sk_live_').toString('hex').repeat(65_000)],
    ['1 MB of the prefix in spaced hex', '73 6b 5f 6c 69 76 65 5f '.repeat(44_000)],
    ['1 MB of the prefix in HTML references', 'sk&#95;live&#95;'.repeat(65_000)],
    [
      'a quoted-printable prefix before 300k soft line breaks',
      'sk=5Flive=5F' + '=\n'.repeat(300_000),
    ],
    [
      'a FLORA setting assigned 40k times',
      ('FLORA_API_KEY=' + 'ab'.repeat(10) + ' ').repeat(40_000),
    ],
  ])('%s: scanned, nothing found', async (_, content) => {
    const repo = newRepo();
    repo.write('hostile.txt', content + '\n');
    const { code, report } = await runJson([], { cwd: repo.dir });
    expect(code).toBe(0);
    expect(report.stats.filesScanned).toBe(1);
  });
});

describe('--output to a device', () => {
  it('writes to /dev/null as it is, never replacing it', async () => {
    const repo = newRepo();
    repo.write('a.txt', 'x\n');
    expect(
      (await runCli(['--format', 'json', '--output', '/dev/null'], { cwd: repo.dir })).code,
    ).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});

describe('a full disk', () => {
  it.skipIf(!existsSync('/dev/full'))(
    'is one line and exit 2, whether the report goes to --output or to stdout',
    async () => {
      const repo = newRepo();
      repo.write('a.txt', 'x\n');
      const toFile = await runCli(['--output', '/dev/full'], { cwd: repo.dir });
      expect([toFile.code, toFile.stderr]).toEqual([
        2,
        'flora-keyscan: cannot write /dev/full: no space left on the device\n',
      ]);
      const toStdout = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" . > /dev/full`], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...process.env, ...GIT_ENV },
      });
      expect([toStdout.status, toStdout.stderr]).toEqual([
        2,
        'flora-keyscan: cannot write the report: no space left on the device\n',
      ]);
    },
  );
});

describe('probes are built in only', () => {
  it('a config rule that calls other tokens FLORA keys cannot send them anywhere', async () => {
    const { startFloraServer } = await import('./helpers/flora-server.js');
    const server = await startFloraServer();
    try {
      const repo = newRepo();
      const token = 'ghp_' + floraKey().slice(8, 44);
      repo.write(
        'flora-keyscan.config.json',
        JSON.stringify({
          rules: [
            {
              id: 'flora-github',
              description: 'a GitHub token, called FLORA',
              provider: 'flora',
              severity: 'critical',
              keywords: ['ghp_'],
              pattern: '(?<secret>ghp_[A-Za-z0-9]{30,})',
              minEntropy: 2,
              examples: ['ghp_{{random:36}}'],
            },
          ],
        }),
      );
      repo.write('ci.env', `GITHUB_TOKEN=${token}\n`);
      const { report } = await runJson(['--verify'], {
        cwd: repo.dir,
        env: { FLORA_BASE_URL: server.url },
      });
      expect(report.findings).toMatchObject([
        { ruleId: 'flora-github', verification: { status: 'skipped' } },
      ]);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
