import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runJson } from './helpers/cli.js';
import { gzipWithoutZeros } from './helpers/archives.js';
import { floraKey } from './helpers/keys.js';
import { GIT_ENV, tempDir, tempRepo, type TempRepo } from './helpers/repo.js';
import { startFloraServer } from './helpers/flora-server.js';
import { sha256Hex } from '../src/scan/secret.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const hasFilterRepo = (() => {
  try {
    execFileSync('git', ['filter-repo', '--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe.skipIf(!hasFilterRepo)('purge kit with the real git filter-repo', () => {
  it('removes every key from every ref, in every form, and leaves all other content as it was', async () => {
    repo = tempRepo();
    const keys = Array.from({ length: 12 }, () => floraKey());
    repo.commit({ 'readme.md': '# project\n', 'src/code.ts': 'export const x = 1;\n' }, 'start');
    repo.commit(
      { 'src/config.ts': `export const key = "${keys[0]}";\nexport const y = 2;\n` },
      'config',
    );
    repo.commit(
      {
        'k8s/secret.yaml': `data:\n  FLORA_API_KEY: ${Buffer.from(keys[1]!).toString('base64')}\n`,
      },
      'k8s',
    );
    repo.commit(
      {
        'assets/data.bin': Buffer.concat([
          Buffer.from([0, 1, 2, 0]),
          Buffer.from(keys[2]!),
          Buffer.from([0]),
        ]),
      },
      'binary',
    );
    repo.commit({ 'win/notes.txt': utf16(`key: ${keys[3]}\r\n`) }, 'utf16');
    // No zero byte in its first 8 KiB: filter-repo would edit it as text (breaking its checksum).
    const archive = gzipWithoutZeros(`FLORA_API_KEY=${keys[9]}\n`);
    expect(archive.subarray(0, 8192).includes(0)).toBe(false);
    repo.commit({ 'backup/env.gz': archive }, 'archive');
    // Forms across lines: a key joined from literals on two lines, and quoted-printable wrapped.
    repo.commit(
      {
        'src/joined.ts': `const k =\n  "${keys[10]!.slice(0, 8)}" +\n  "${keys[10]!.slice(8)}";\nexport const z = 3;\n`,
        'mail/old.eml': `Your key is ${keys[11]!.replace(/_/g, '=5F').slice(0, 12)}=\n${keys[11]!.replace(/_/g, '=5F').slice(12)} bye\n`,
      },
      'split',
    );
    repo.commit({ 'later.txt': 'more\n' }, `fix config\n\nold key was ${keys[4]}`);
    repo.git('checkout', '-q', '-b', 'side');
    repo.commit({ 'side.txt': `${keys[5]}\n` }, 'side');
    repo.git('checkout', '-q', 'main');
    repo.git('checkout', '-q', '-b', 'release');
    repo.commit({ 'tagged.txt': `${keys[6]}\n` }, 'release');
    repo.git('tag', '-a', 'v1.0', '-m', `release notes mention ${keys[7]}`);
    repo.git('checkout', '-q', 'main');
    repo.write('readme.md', `# project\n${keys[8]}\n`);
    repo.git('stash', '-q');

    const before = await runJson(['history'], { cwd: repo.dir });
    expect(
      new Set(before.report.findings.map((f: { secretSha256: string }) => f.secretSha256)),
    ).toEqual(new Set(keys.map(sha256Hex)));
    const refsBefore = repo.git('for-each-ref', '--format=%(refname)').trim().split('\n').sort();
    const untouched = (ref: string) =>
      ['readme.md', 'src/code.ts'].map((p) => repo.git('show', `${ref}:${p}`));
    const contentBefore = refsBefore
      .filter((r) => r !== 'refs/stash')
      .map((r) => [r, untouched(r)]);

    const kitDir = join(tempDir(), 'kit');
    const written = await runCli(['history', '--write-purge', kitDir], { cwd: repo.dir });
    expect(written.stderr).toContain(`Purge kit written to ${kitDir}: 12 secret(s)`);
    expect(written.stderr).toMatch(/will be removed from history:\n(\s+.*\n){3}/);
    expect(written.stderr).toContain('assets/data.bin');
    expect(written.stderr).toContain('win/notes.txt');
    expect(written.stderr).toContain('backup/env.gz');
    const archiveBlob = repo.git('rev-parse', 'main:backup/env.gz').trim();
    expect(readFileSync(join(kitDir, 'strip-blob-ids.txt'), 'utf8').split('\n')).toContain(
      archiveBlob,
    );
    expect(statSync(kitDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(kitDir, 'replacements.txt')).mode & 0o777).toBe(0o600);
    const replacements = readFileSync(join(kitDir, 'replacements.txt'), 'utf8');
    expect(replacements).toContain(
      `literal:${Buffer.from(keys[1]!).toString('base64')}==>***REMOVED***`,
    );
    const script = readFileSync(join(kitDir, 'purge.sh'), 'utf8');
    expect(script).toContain('--replace-message');
    expect(script).not.toMatch(/^\s*git push/m); // pushing is advice printed at the end, never run
    for (const k of keys) expect(script + written.stdout + written.stderr).not.toContain(k);

    // filter-repo drops the remotes: the kit says how to re-add them, without the credentials.
    repo.git('remote', 'add', 'origin', 'https://ada:tok3n@git.example.test/team/app.git');
    const ran = execFileSync('sh', [join(kitDir, 'purge.sh'), '--force'], {
      cwd: tempDir(),
      env: { ...process.env, ...GIT_ENV },
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(ran).toContain('git push --force --all origin');
    if (repo.git('remote').trim() === '')
      expect(ran).toContain('git remote add origin https://git.example.test/team/app.git');
    expect(ran).not.toContain('tok3n');

    const after = await runJson(['history'], { cwd: repo.dir });
    expect(after.report.findings).toEqual([]);
    const all = await runJson(['history', '--all-objects'], { cwd: repo.dir });
    expect(all.report.findings).toEqual([]);
    const clean = await runCli(['history', '--verify-clean'], { cwd: repo.dir });
    expect(clean.code).toBe(0);
    expect(clean.stderr).toContain('Clean: no key is left in any ref');
    for (const [ref, content] of contentBefore) expect(untouched(ref as string)).toEqual(content);
    expect(repo.git('show', 'main:src/config.ts')).toBe(
      'export const key = "***REMOVED***";\nexport const y = 2;\n',
    );
    expect(repo.git('log', '-1', '--format=%B', 'main')).toContain('old key was ***REMOVED***');
    expect(existsSync(join(repo.dir, 'assets', 'data.bin'))).toBe(false);
    expect(existsSync(join(repo.dir, 'backup', 'env.gz'))).toBe(false);
    expect(repo.git('show', 'main:src/joined.ts')).toBe(
      'const k =\n  ***REMOVED***;\nexport const z = 3;\n',
    );
    expect(repo.git('show', 'main:mail/old.eml')).toBe('Your key is ***REMOVED*** bye\n');
  });
});

describe('purge kit safety', () => {
  it('refuses to write the kit inside the repository', async () => {
    repo = tempRepo();
    repo.commit({ 'a.txt': floraKey() });
    const result = await runCli(['history', '--write-purge', 'purge-kit'], { cwd: repo.dir });
    expect(result.stderr).toContain('refusing to write the purge kit inside the repository');
    expect(result.code).toBe(2);
    expect(existsSync(join(repo.dir, 'purge-kit'))).toBe(false);
  });
});

describe('playbook', () => {
  it('follows the verdict for a pushed key; a key never committed is only removed', async () => {
    const server = await startFloraServer();
    try {
      const remote = tempDir();
      execFileSync('git', ['init', '-q', '--bare', remote], {
        env: { ...process.env, ...GIT_ENV },
      });
      repo = tempRepo();
      repo.git('remote', 'add', 'origin', remote);
      const live = floraKey();
      const dead = floraKey();
      const odd = floraKey();
      server.set(live, 'live');
      server.set(dead, 'revoked');
      server.set(odd, 'not-found');
      // The manifest names FLORA's SDK: the bare keys in b.txt and c.txt are FLORA's (repository evidence).
      repo.commit({
        'package.json': '{"dependencies":{"@flora-ai/flora":"^1.0.0"}}',
        'a.env': `FLORA_API_KEY=${live}\n`,
        'b.txt': `${dead}\n`,
      });
      repo.git('push', '-q', 'origin', 'main');
      repo.write('c.txt', `${odd}\n`);
      const env = { FLORA_BASE_URL: server.url };
      const wt = await runJson(['--verify', '--timeout', '2'], { cwd: repo.dir, env });
      const book = (key: string) =>
        wt.report.playbook.find((p: { secretSha256: string }) => p.secretSha256 === sha256Hex(key));
      const ids = (key: string) => book(key).steps.map((s: { id: string }) => s.id);
      // In the files, and in HEAD's version, which origin/main has: pushed.
      expect(book(live)).toMatchObject({ status: 'live', exposure: 'pushed' });
      expect(ids(live)).toEqual([
        'revoke',
        'rotate',
        'audit',
        'purge',
        'force-push',
        'compromised',
      ]);
      expect(book(live).steps[2].detail).toMatch(/request-id of our probe, req_test\d+/);
      expect(book(live).steps[1].detail).toContain('no overlap window');
      expect(book(dead)).toMatchObject({ status: 'inactive', exposure: 'pushed' });
      expect(ids(dead)).toEqual(['inactive', 'purge', 'force-push', 'compromised']);
      // Never committed: nothing to revoke, whatever the probe said.
      expect(book(odd)).toMatchObject({ status: 'unknown', exposure: 'working-copy' });
      expect(ids(odd)).toEqual(['remove']);
      expect(wt.report.prevention.map((s: { id: string }) => s.id)).toEqual([
        'server-side',
        'separate',
        'rotate-often',
        'hook',
      ]);

      const unverified = await runJson([], { cwd: repo.dir });
      expect(
        unverified.report.playbook.find((p: { exposure: string }) => p.exposure === 'pushed')
          .steps[0],
      ).toMatchObject({ id: 'treat-as-live', title: 'Not verified: treat it as live' });

      repo.git('add', 'c.txt');
      const staged = await runJson(['staged'], { cwd: repo.dir });
      expect(staged.report.playbook).toMatchObject([
        { exposure: 'staged', steps: [{ id: 'unstage' }] },
      ]);

      const history = await runJson(['history', '--verify'], { cwd: repo.dir, env });
      const hbook = history.report.playbook.find(
        (p: { secretSha256: string }) => p.secretSha256 === sha256Hex(live),
      );
      expect(hbook.steps.map((s: { id: string }) => s.id)).toEqual([
        'revoke',
        'rotate',
        'audit',
        'purge',
        'force-push',
        'compromised',
      ]);
      expect(history.report.incident).toMatchObject({
        uniqueKeys: 2,
        live: 1,
        refs: ['refs/heads/main', 'refs/remotes/origin/main'],
        hasRemote: true,
      });
      const text = await runCli(['history', '--verify', '--no-color'], { cwd: repo.dir, env });
      expect(text.stdout).toMatch(/^Incident summary\n  unique keys: 2, live: 1\n/);
      for (const out of [wt.stdout, staged.stdout, history.stdout, text.stdout])
        for (const k of [live, dead, odd]) expect(out).not.toContain(k);
    } finally {
      await server.close();
    }
  });

  it('follows where the key went: committed, amended away (unreachable), and a sandbox key has no billing audit', async () => {
    const server = await startFloraServer();
    try {
      repo = tempRepo();
      const gone = floraKey();
      const local = floraKey();
      const sandbox = floraKey('test');
      for (const k of [gone, local, sandbox]) server.set(k, 'live');
      repo.commit({ 'a.env': `FLORA_API_KEY=${gone}\n` });
      // Amended away: no ref reaches it, but the object is still in the repository.
      repo.write('a.env', 'FLORA_API_KEY=\n');
      repo.git('add', 'a.env');
      repo.git('commit', '-q', '--amend', '-m', 'without the key');
      repo.commit({ 'b.env': `FLORA_API_KEY=${local}\n`, 'c.env': `FLORA_API_KEY=${sandbox}\n` });
      const env = { FLORA_BASE_URL: server.url };
      const { report } = await runJson(['history', '--all-objects', '--verify'], {
        cwd: repo.dir,
        env,
      });
      const book = (key: string) =>
        report.playbook.find((p: { secretSha256: string }) => p.secretSha256 === sha256Hex(key));
      const ids = (key: string) => book(key).steps.map((s: { id: string }) => s.id);
      expect(book(gone)).toMatchObject({ status: 'live', exposure: 'unreachable' });
      expect(book(local)).toMatchObject({ status: 'live', exposure: 'committed' });
      expect(ids(local)).toContain('audit');
      expect(book(sandbox)).toMatchObject({ status: 'live', exposure: 'committed' });
      expect(ids(sandbox)).toContain('revoke');
      expect(ids(sandbox)).not.toContain('audit');
      const unreachable = report.findings.find(
        (f: { secretSha256: string }) => f.secretSha256 === sha256Hex(gone),
      );
      expect(unreachable.exposure).toBe('unreachable');
    } finally {
      await server.close();
    }
  });
});
