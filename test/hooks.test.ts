import {
  chmodSync,
  existsSync,
  readFileSync,
  writeFileSync,
  mkdirSync,
  symlinkSync,
} from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { GIT_ENV, tempDir, tempRepo, type TempRepo } from './helpers/repo.js';
import { sha256Hex } from '../src/scan/secret.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

/** What `npm install --save-dev flora-keyscan` leaves for the hook: node_modules/.bin/flora-keyscan. */
function installCli(r: TempRepo): void {
  r.write(
    'node_modules/.bin/flora-keyscan',
    `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`,
  );
  chmodSync(join(r.dir, 'node_modules/.bin/flora-keyscan'), 0o755);
  r.write('.gitignore', 'node_modules/\n');
}

/** A real git command, hooks and all (git sends a hook's output to stderr): exit code and output. */
function gitRun(r: TempRepo, args: string[]): { code: number; output: string } {
  const out = spawnSync('git', args, {
    cwd: r.dir,
    env: { ...process.env, ...GIT_ENV },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: out.status ?? -1, output: out.stdout + out.stderr };
}

function commit(r: TempRepo, message = 'change'): { code: number; output: string } {
  return gitRun(r, ['commit', '-q', '-m', message]);
}

describe('pre-commit hook', () => {
  it('blocks a staged key with file, line and the ways forward; the allow comment and the ignore file let it through', async () => {
    repo = tempRepo();
    installCli(repo);
    expect((await runCli(['install'], { cwd: repo.dir })).code).toBe(0);
    const key = floraKey();
    repo.write('src/config.ts', `// config\nexport const key = "${key}";\n`);
    repo.git('add', '.');
    const blocked = commit(repo);
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain('src/config.ts:2:21');
    expect(blocked.output).toContain(`${key.slice(0, 10)}…`);
    expect(blocked.output).toContain('git commit --no-verify');
    expect(blocked.output).not.toContain(key);

    repo.write('src/config.ts', `// config\nexport const key = "${key}"; // flora-keyscan:allow\n`);
    repo.git('add', '.');
    expect(commit(repo).code).toBe(0);

    const other = floraKey();
    repo.write('src/config.ts', `// config\nexport const key = "${other}"; // reviewed\n`);
    repo.write('.flora-keyscan-ignore', `sha256:${sha256Hex(other)}  # reviewed test fixture\n`);
    repo.git('add', '.');
    expect(commit(repo).code).toBe(0);
  });

  it('a different key on an ignored line is still blocked', async () => {
    repo = tempRepo();
    installCli(repo);
    await runCli(['install'], { cwd: repo.dir });
    const reviewed = floraKey();
    repo.write('.flora-keyscan-ignore', `sha256:${sha256Hex(reviewed)} fixtures/**\n`);
    repo.write('fixtures/a.txt', `${reviewed}\n`);
    repo.git('add', '.');
    expect(commit(repo).code).toBe(0);
    repo.write('fixtures/a.txt', `${floraKey()}\n`);
    repo.git('add', '.');
    expect(commit(repo).code).toBe(1);
    // The same reviewed key outside the glob is not accepted either.
    repo.write('fixtures/a.txt', `${reviewed}\n`);
    repo.write('src/b.txt', `${reviewed}\n`);
    repo.git('add', '.');
    const outside = commit(repo);
    expect(outside.code).toBe(1);
    expect(outside.output).toContain('src/b.txt:1:1');
  });

  it('chains a pre-existing hook, is a no-op the second time, and uninstall restores the original', async () => {
    repo = tempRepo();
    installCli(repo);
    const hooks = join(repo.dir, '.git', 'hooks');
    mkdirSync(hooks, { recursive: true });
    const original = '#!/bin/sh\necho original-hook-ran >> "$(git rev-parse --git-dir)/ran.log"\n';
    writeFileSync(join(hooks, 'pre-commit'), original);
    chmodSync(join(hooks, 'pre-commit'), 0o755);
    await runCli(['install'], { cwd: repo.dir });
    const installed = readFileSync(join(hooks, 'pre-commit'), 'utf8');
    const again = await runCli(['install'], { cwd: repo.dir });
    expect(again.stdout).toContain('already');
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toBe(installed);
    repo.write('a.txt', 'fine\n');
    repo.git('add', '.');
    expect(commit(repo).code).toBe(0);
    expect(readFileSync(join(repo.dir, '.git', 'ran.log'), 'utf8')).toBe('original-hook-ran\n');
    await runCli(['uninstall'], { cwd: repo.dir });
    expect(readFileSync(join(hooks, 'pre-commit'), 'utf8')).toBe(original);
    expect(existsSync(join(hooks, 'pre-commit.flora-keyscan-chained'))).toBe(false);
  });

  it('honours core.hooksPath', async () => {
    repo = tempRepo();
    installCli(repo);
    repo.git('config', 'core.hooksPath', 'my-hooks');
    await runCli(['install'], { cwd: repo.dir });
    expect(existsSync(join(repo.dir, 'my-hooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    repo.write('k.txt', floraKey());
    repo.git('add', 'k.txt');
    expect(commit(repo).code).toBe(1);
    await runCli(['uninstall'], { cwd: repo.dir });
    expect(existsSync(join(repo.dir, 'my-hooks', 'pre-commit'))).toBe(false);
  });

  it('with husky active, puts the scan first in .husky/pre-commit (a later exit 0 cannot skip it) and removes only that', async () => {
    repo = tempRepo();
    installCli(repo);
    mkdirSync(join(repo.dir, '.husky'));
    const user = 'npm run lint\nexit 0\n';
    writeFileSync(join(repo.dir, '.husky', 'pre-commit'), user);
    repo.git('config', 'core.hooksPath', '.husky');
    const installed = await runCli(['install'], { cwd: repo.dir });
    expect(installed.stdout).toContain('first in the file');
    expect(installed.stdout).toContain('it runs ./node_modules/.bin/flora-keyscan');
    const text = readFileSync(join(repo.dir, '.husky', 'pre-commit'), 'utf8');
    expect(text.startsWith('# >>> flora-keyscan >>>')).toBe(true);
    expect(text.endsWith(user)).toBe(true);
    chmodSync(join(repo.dir, '.husky', 'pre-commit'), 0o755);
    repo.write('k.txt', floraKey());
    repo.git('add', 'k.txt');
    expect(commit(repo).code).toBe(1);
    await runCli(['install'], { cwd: repo.dir });
    expect(readFileSync(join(repo.dir, '.husky', 'pre-commit'), 'utf8')).toBe(text);
    await runCli(['uninstall'], { cwd: repo.dir });
    expect(readFileSync(join(repo.dir, '.husky', 'pre-commit'), 'utf8')).toBe(user);
  });

  it('a .husky/ folder git does not run is noticed: the hook goes where git looks', async () => {
    repo = tempRepo();
    installCli(repo);
    mkdirSync(join(repo.dir, '.husky'));
    const result = await runCli(['install'], { cwd: repo.dir });
    expect(result.stdout).toContain(
      '.husky/ is here, but git does not run it (core.hooksPath is not set)',
    );
    expect(existsSync(join(repo.dir, '.git', 'hooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(repo.dir, '.husky', 'pre-commit'))).toBe(false);
    repo.write('k.txt', floraKey());
    repo.git('add', 'k.txt');
    expect(commit(repo).code).toBe(1);
  });

  it('uninstall removes exactly the lines it added, keeping lines added to the hook since', async () => {
    repo = tempRepo();
    installCli(repo);
    await runCli(['install'], { cwd: repo.dir });
    const file = join(repo.dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(file, readFileSync(file, 'utf8') + 'echo my own check\n');
    await runCli(['uninstall'], { cwd: repo.dir });
    expect(readFileSync(file, 'utf8')).toBe('#!/bin/sh\necho my own check\n');
  });

  it('fails closed, saying how to fix it, when flora-keyscan cannot be found as the hook runs', async () => {
    repo = tempRepo();
    const installed = await runCli(['install'], { cwd: repo.dir, env: { PATH: '/usr/bin:/bin' } });
    expect(installed.stdout).toContain(
      'warning: flora-keyscan is not in node_modules/.bin nor on PATH',
    );
    repo.write('a.txt', 'fine\n');
    repo.git('add', '.');
    const blocked = commit(repo);
    expect(blocked.code).toBe(1);
    expect(blocked.output).toContain('cannot find flora-keyscan');
    expect(blocked.output).toContain('FLORA_KEYSCAN=0 git commit');
    expect(readFileSync(join(repo.dir, '.git', 'hooks', 'pre-commit'), 'utf8')).not.toMatch(
      /\/(tmp|root)\//,
    );
  });
});

describe('doctor', () => {
  it('says which hook runs flora-keyscan, which copy and its version; names each problem and how to fix it', async () => {
    repo = tempRepo();
    const env = { PATH: '/usr/bin:/bin' };
    const bare = await runCli(['doctor'], { cwd: repo.dir, env });
    expect(bare.code).toBe(1);
    expect(bare.stdout).toContain('pre-commit: no hook');
    expect(bare.stdout).toContain('problem: no hook runs flora-keyscan: run flora-keyscan install');
    expect(bare.stdout).toContain('problem: the hook would find no flora-keyscan');

    installCli(repo);
    await runCli(['install'], { cwd: repo.dir, env });
    const good = await runCli(['doctor'], { cwd: repo.dir, env });
    expect(good.stdout).toContain(
      'pre-commit: .git/hooks/pre-commit: runs flora-keyscan (installed by flora-keyscan install)',
    );
    expect(good.stdout).toMatch(
      /the hook runs: .*node_modules\/\.bin\/flora-keyscan, version \d+\.\d+\.\d+/,
    );
    expect([good.code, good.stdout.trim().split('\n').pop()]).toEqual([0, 'All good.']);

    // A copy that no longer runs (a removed Node, a broken install) is a problem, in words.
    repo.write(
      'node_modules/.bin/flora-keyscan',
      '#!/bin/sh\necho "node: not found" >&2\nexit 127\n',
    );
    const broken = await runCli(['doctor'], { cwd: repo.dir, env });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('does not run (exit 127: node: not found): reinstall it');
  });

  it('never runs a flora-keyscan the repository itself committed', async () => {
    repo = tempRepo();
    const marker = join(tempDir(), 'ran');
    repo.write('node_modules/.bin/flora-keyscan', `#!/bin/sh\ntouch '${marker}'\necho 9.9.9\n`);
    chmodSync(join(repo.dir, 'node_modules/.bin/flora-keyscan'), 0o755);
    repo.git('add', '-f', 'node_modules/.bin/flora-keyscan');
    const result = await runCli(['doctor'], { cwd: repo.dir, env: { PATH: '/usr/bin:/bin' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'node_modules/.bin/flora-keyscan comes with the repository (it, or a folder or link on the way to it, is in git): the hook would run code that came with the repository, so doctor does not run it',
    );
    expect(existsSync(marker)).toBe(false);
  });

  it('nor one reached through a link the repository committed (node_modules/.bin -> its own folder)', async () => {
    repo = tempRepo();
    const marker = join(tempDir(), 'ran');
    repo.write('tools/flora-keyscan', `#!/bin/sh\ntouch '${marker}'\necho 9.9.9\n`);
    chmodSync(join(repo.dir, 'tools/flora-keyscan'), 0o755);
    mkdirSync(join(repo.dir, 'node_modules'));
    symlinkSync('../tools', join(repo.dir, 'node_modules/.bin'));
    repo.git('add', '-f', 'tools', 'node_modules/.bin');
    const result = await runCli(['doctor'], { cwd: repo.dir, env: { PATH: '/usr/bin:/bin' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('comes with the repository');
    expect(existsSync(marker)).toBe(false);
  });

  it('reads hook and framework files bounded: a link to /dev/zero is as good as absent', async () => {
    repo = tempRepo();
    installCli(repo);
    repo.write(
      '.git/hooks/pre-commit',
      '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n',
    );
    symlinkSync('/dev/zero', join(repo.dir, '.pre-commit-config.yaml'));
    const result = await runCli(['doctor'], { cwd: repo.dir, env: { PATH: '/usr/bin:/bin' } });
    expect(result.stdout).toContain('.pre-commit-config.yaml does not list flora-keyscan');
    expect(result.code).toBe(1);
  });

  it('recognises the pre-commit framework and whether its config lists flora-keyscan', async () => {
    repo = tempRepo();
    installCli(repo);
    repo.write(
      '.git/hooks/pre-commit',
      '#!/usr/bin/env bash\n# File generated by pre-commit: https://pre-commit.com\n',
    );
    repo.write(
      '.pre-commit-config.yaml',
      'repos:\n  - repo: x\n    rev: y\n    hooks:\n      - id: flora-keyscan\n',
    );
    const result = await runCli(['doctor'], { cwd: repo.dir, env: { PATH: '/usr/bin:/bin' } });
    expect(result.stdout).toContain('pre-commit: .git/hooks/pre-commit: the pre-commit framework');
    expect(result.stdout).toContain('.pre-commit-config.yaml lists flora-keyscan');
    expect(result.code).toBe(0);
  });
});

/** The three ways a hook gets installed: git's own folder, core.hooksPath, husky. */
const HOOK_SETUPS: [string, (r: TempRepo) => void][] = [
  ['plain .git/hooks', () => {}],
  ['core.hooksPath', (r) => r.git('config', 'core.hooksPath', 'my-hooks')],
  [
    'husky',
    (r) => {
      mkdirSync(join(r.dir, '.husky'));
      writeFileSync(join(r.dir, '.husky', 'pre-commit'), 'echo lint\n', { mode: 0o755 });
      r.git('config', 'core.hooksPath', '.husky');
    },
  ],
];

describe('a repository that already holds a key', () => {
  it.each(HOOK_SETUPS)(
    '%s: editing the file commits; the hook names the old key once; a new key is blocked',
    async (_, setup) => {
      repo = tempRepo();
      const remote = tempDir();
      execFileSync('git', ['init', '-q', '--bare', remote], {
        env: { ...process.env, ...GIT_ENV },
      });
      repo.git('remote', 'add', 'origin', remote);
      installCli(repo);
      const old = floraKey();
      repo.commit({ '.env': `FLORA_API_KEY=${old}\n` }, 'long ago');
      repo.git('push', '-q', 'origin', 'main');
      setup(repo);
      await runCli(['install'], { cwd: repo.dir });
      repo.write('.env', `FLORA_API_KEY=${old}\nDEBUG=1\n`);
      repo.git('add', '.env');
      const edit = commit(repo);
      expect(edit.code).toBe(0);
      expect(edit.output).toContain('Already committed before this change, not blocking');
      expect(edit.output).toContain(`${old.slice(0, 10)}…`);
      expect(edit.output).toMatch(/pushed \([0-9a-f]{10}\): a remote has it/);
      expect(edit.output).not.toContain(old);

      const added = floraKey();
      repo.write('.env', `FLORA_API_KEY=${old}\nDEBUG=1\nOTHER_FLORA_KEY=${added}\n`);
      repo.git('add', '.env');
      const blocked = commit(repo);
      expect(blocked.code).toBe(1);
      expect(blocked.output).toContain(`${added.slice(0, 10)}…`);
      expect(blocked.output).toContain('Nothing has leaked yet: remove it');
      expect(blocked.output).toContain('Commit blocked by flora-keyscan');
      // The footer does not repeat the advice, and inside the hook it does not advise installing it.
      expect(blocked.output.match(/git add the file again/g)).toHaveLength(1);
      expect(blocked.output).not.toContain('Install the hook');
    },
  );
});

describe('pre-push hook', () => {
  it('blocks pushing commits that hold a key, and lets clean pushes through', async () => {
    repo = tempRepo();
    const remote = tempDir();
    execFileSync('git', ['init', '-q', '--bare', remote], { env: { ...process.env, ...GIT_ENV } });
    repo.git('remote', 'add', 'origin', remote);
    installCli(repo);
    repo.commit({ 'a.txt': 'hello\n' });
    await runCli(['install', '--hook', 'pre-push'], { cwd: repo.dir });
    repo.git('push', '-q', 'origin', 'main');
    const key = floraKey();
    repo.commit({ 'leak.env': `FLORA_API_KEY=${key}\n` }, 'leak');
    repo.git('rm', '-q', 'leak.env');
    repo.commit({}, 'remove again');
    let code = 0;
    let output = '';
    try {
      execFileSync('git', ['push', '-q', 'origin', 'main'], {
        cwd: repo.dir,
        env: { ...process.env, ...GIT_ENV },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      code = e.status;
      output = e.stdout + e.stderr;
    }
    expect(code).not.toBe(0);
    expect(output).toContain('leak.env:1:15');
    expect(output).toContain('Push blocked');
    // Not pushed yet: rewrite the commits, no revoking or purging of what never left.
    expect(output).toContain('Remove it from the unpushed commits');
    expect(output).not.toContain('filter-repo');
    expect(output).not.toContain('Revoke');
    expect(
      execFileSync('git', ['--git-dir', remote, 'rev-list', '--all'], { encoding: 'utf8' })
        .trim()
        .split('\n'),
    ).toHaveLength(1);
  });

  it('lets a push through that only edits a file holding an already pushed key (renames too)', async () => {
    repo = tempRepo();
    const remote = tempDir();
    execFileSync('git', ['init', '-q', '--bare', remote], { env: { ...process.env, ...GIT_ENV } });
    repo.git('remote', 'add', 'origin', remote);
    installCli(repo);
    const old = floraKey();
    repo.commit({ '.env': `FLORA_API_KEY=${old}\n` });
    repo.git('push', '-q', 'origin', 'main');
    await runCli(['install', '--hook', 'pre-push'], { cwd: repo.dir });
    repo.commit({ '.env': `FLORA_API_KEY=${old}\nDEBUG=1\n` }, 'debug');
    repo.git('mv', '.env', 'app.env');
    repo.commit({}, 'rename');
    const pushed = gitRun(repo, ['push', '-q', 'origin', 'main']);
    expect(pushed.code).toBe(0);
    expect(pushed.output).toContain('Already committed before this change, not blocking');
    repo.commit({ 'app.env': `FLORA_API_KEY=${old}\nDEBUG=1\nNEW_FLORA_KEY=${floraKey()}\n` });
    const blocked = gitRun(repo, ['push', '-q', 'origin', 'main']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('Push blocked');
  });
});

describe('ignore file and baseline', () => {
  it('baseline accepts current findings; new ones still fail; unused entries are reported', async () => {
    repo = tempRepo();
    const old = floraKey();
    repo.write('legacy.txt', old);
    const base = await runCli(['baseline'], { cwd: repo.dir });
    expect(base.stdout).toMatch(/^1 new entry written to .*\.flora-keyscan-ignore/);
    const ignoreText = readFileSync(join(repo.dir, '.flora-keyscan-ignore'), 'utf8');
    expect(ignoreText).toContain(`sha256:${sha256Hex(old)}`);
    expect(ignoreText).not.toContain(old);
    expect((await runCli([], { cwd: repo.dir })).code).toBe(0);
    expect((await runCli(['baseline'], { cwd: repo.dir })).stdout).toMatch(/^0 new entries/);
    repo.write('new.txt', floraKey());
    expect((await runCli([], { cwd: repo.dir })).code).toBe(1);
    repo.write('legacy.txt', 'cleaned\n');
    const unused = await runCli(['--report-unused-ignores', '--format', 'json', 'legacy.txt'], {
      cwd: repo.dir,
    });
    expect(JSON.parse(unused.stdout).warnings[0]).toMatch(
      /^unused ignore entry \.flora-keyscan-ignore:2: sha256:/,
    );
  });

  it('path: entries skip paths; a malformed line is a clear error', async () => {
    repo = tempRepo();
    repo.write('vendor/lib/x.js', floraKey());
    repo.write('.flora-keyscan-ignore', 'path:vendor/**\n');
    expect((await runCli([], { cwd: repo.dir })).code).toBe(0);
    repo.write('.flora-keyscan-ignore', 'sha256:nothex\n');
    const bad = await runCli([], { cwd: repo.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '.flora-keyscan-ignore:1: expected "sha256:<64 hex digits> [path glob]"',
    );
  });
});
