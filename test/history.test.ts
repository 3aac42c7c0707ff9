import { rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { BIN, runCli, runJson } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { GIT_ENV, tempDir, tempRepo, type TempRepo } from './helpers/repo.js';
import { sha256Hex } from '../src/scan/secret.js';
import { requireRepository } from '../src/git.js';
import { Attributor } from '../src/history/attribute.js';
import { Walk } from '../src/history/walk.js';
import { IntroductionLog } from '../src/history/introductions.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

interface F {
  path: string | null;
  commit: string | null;
  secretSha256: string;
  line: number;
  column: number;
  location?: string;
  author?: string;
  blob?: string;
}
const occurrences = (report: { findings: F[] }, key: string) =>
  report.findings
    .filter((f) => f.secretSha256 === sha256Hex(key))
    .map((f) => ({ path: f.path, commit: f.commit }));

describe('history scan', () => {
  it('attributes a key in a since-deleted file to the commit that added it', async () => {
    repo = tempRepo();
    const key = floraKey();
    const added = repo.commit({ 'config/prod.env': `FLORA_API_KEY=${key}\n` }, 'add config');
    repo.git('rm', '-q', 'config/prod.env');
    repo.commit({}, 'remove config');
    const { code, report } = await runJson(['history'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report.mode).toBe('history');
    expect(report.findings).toMatchObject([
      {
        path: 'config/prod.env',
        commit: added,
        line: 1,
        column: 15,
        author: 'Test User',
        ruleId: 'flora-live-key',
      },
    ]);
    expect(report.findings[0].date).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('keeps the path of the introducing commit across a later rename', async () => {
    repo = tempRepo();
    const key = floraKey();
    const added = repo.commit({ 'old.txt': `k ${key}\n` });
    repo.git('mv', 'old.txt', 'new.txt');
    repo.commit({}, 'rename');
    const { report } = await runJson(['history'], { cwd: repo.dir });
    expect(occurrences(report, key)).toEqual([{ path: 'old.txt', commit: added }]);
    expect(report.stats.findings).toBe(1);
  });

  it('scans every ref: side branches, lightweight and annotated tags of deleted branches, remote-tracking refs and the stash', async () => {
    repo = tempRepo();
    repo.commit({ 'readme.md': 'hi\n' });
    const onSide = floraKey();
    repo.git('checkout', '-q', '-b', 'side');
    const sideCommit = repo.commit({ 'side.txt': onSide });
    repo.git('checkout', '-q', 'main');
    const onTagged = floraKey();
    repo.git('checkout', '-q', '-b', 'doomed');
    const taggedCommit = repo.commit({ 'tagged.txt': onTagged });
    repo.git('tag', '-a', 'v1', '-m', 'release');
    repo.git('checkout', '-q', 'main');
    repo.git('branch', '-q', '-D', 'doomed');
    const onRemote = floraKey();
    repo.git('checkout', '-q', '-b', 'tmp');
    const remoteCommit = repo.commit({ 'remote.txt': onRemote });
    repo.git('update-ref', 'refs/remotes/origin/feature', remoteCommit);
    repo.git('checkout', '-q', 'main');
    repo.git('branch', '-q', '-D', 'tmp');
    const stashed = floraKey();
    repo.write('readme.md', `hi ${stashed}\n`);
    repo.git('stash', '-q');
    const { report } = await runJson(['history'], { cwd: repo.dir });
    expect(occurrences(report, onSide)).toEqual([{ path: 'side.txt', commit: sideCommit }]);
    expect(occurrences(report, onTagged)).toEqual([{ path: 'tagged.txt', commit: taggedCommit }]);
    expect(occurrences(report, onRemote)).toEqual([{ path: 'remote.txt', commit: remoteCommit }]);
    const stash = repo.git('rev-parse', 'refs/stash').trim();
    expect(occurrences(report, stashed)).toEqual([{ path: 'readme.md', commit: stash }]);
    expect(report.history.refsBySecret[sha256Hex(onTagged)]).toEqual(['refs/tags/v1']);
    expect(report.history.refsBySecret[sha256Hex(onRemote)]).toEqual([
      'refs/remotes/origin/feature',
    ]);
    expect(report.history.atHeadBySecret[sha256Hex(onSide)]).toBe(false);
  });

  it('finds content that exists only in a merge commit', async () => {
    repo = tempRepo();
    repo.commit({ 'a.txt': 'base\n' });
    repo.git('checkout', '-q', '-b', 'topic');
    repo.commit({ 'b.txt': 'topic\n' });
    repo.git('checkout', '-q', 'main');
    repo.commit({ 'c.txt': 'main\n' });
    repo.git('merge', '-q', '--no-commit', 'topic');
    const key = floraKey();
    repo.write('a.txt', `evil ${key}\n`);
    repo.git('add', 'a.txt');
    repo.git('commit', '-q', '-m', 'merge topic');
    const merge = repo.git('rev-parse', 'HEAD').trim();
    const { report } = await runJson(['history'], { cwd: repo.dir });
    expect(occurrences(report, key)).toEqual([{ path: 'a.txt', commit: merge }]);
    expect(report.history.atHeadBySecret[sha256Hex(key)]).toBe(true);
  });

  it('attributes content a merge brought from a branch to the branch commit, not the merge', async () => {
    repo = tempRepo();
    repo.commit({ 'a.txt': 'base\n' });
    repo.git('checkout', '-q', '-b', 'topic');
    const key = floraKey();
    const topic = repo.commit({ 'k.txt': key });
    repo.git('checkout', '-q', 'main');
    repo.commit({ 'c.txt': 'main\n' });
    repo.git('merge', '-q', '--no-edit', 'topic');
    const { report } = await runJson(['history'], { cwd: repo.dir });
    expect(occurrences(report, key)).toEqual([{ path: 'k.txt', commit: topic }]);
  });

  it('attributes a key on a deleted branch whose merge kept the other version of the file', async () => {
    repo = tempRepo();
    repo.commit({ 'app.env': 'FLORA_API_KEY=\n' });
    repo.git('checkout', '-q', '-b', 'topic');
    const key = floraKey();
    const topic = repo.commit({ 'app.env': `FLORA_API_KEY=${key}\n` }, 'try the key');
    repo.git('checkout', '-q', 'main');
    repo.commit({ 'other.txt': 'main\n' });
    repo.git('merge', '-q', '--no-edit', '-s', 'ours', 'topic');
    repo.git('branch', '-q', '-D', 'topic');
    const { report } = await runJson(['history'], { cwd: repo.dir });
    expect(occurrences(report, key)).toEqual([{ path: 'app.env', commit: topic }]);
  });

  it('reports each independent introduction of the same content, on any branch and path', async () => {
    repo = tempRepo();
    repo.commit({ 'readme.md': 'hi\n' });
    const content = `FLORA_API_KEY=${floraKey()}\n`;
    repo.git('checkout', '-q', '-b', 'side');
    const onSide = repo.commit({ 'deploy/side.env': content });
    repo.git('checkout', '-q', 'main');
    const onMain = repo.commit({ 'prod.env': content });
    const { report } = await runJson(['history'], { cwd: repo.dir });
    const found = report.findings.map((f: F) => ({ path: f.path, commit: f.commit }));
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining([
        { path: 'deploy/side.env', commit: onSide },
        { path: 'prod.env', commit: onMain },
      ]),
    );
  });

  it('attributes the same whether the log of additions starts beside the scan or at the first match', async () => {
    repo = tempRepo();
    const key = floraKey();
    const commit = repo.commit({ 'deploy/prod.env': `FLORA_API_KEY=${key}\n` });
    repo.git('mv', 'deploy/prod.env', 'prod.env');
    repo.commit({}, 'move it');
    const blob = repo.git('rev-parse', 'HEAD:prod.env').trim();
    const git = await requireRepository(repo.dir, GIT_ENV);
    for (const spareCore of [true, false]) {
      const attributor = new Attributor(git, Walk.run(git), spareCore);
      attributor.add(blob);
      const { walk, introductions } = await attributor.finish();
      attributor.close();
      walk.close();
      expect(introductions).toMatchObject([{ blob, commit, path: 'deploy/prod.env' }]);
    }
  });

  it('keeps a path that starts with a line break, and stops the log of additions once', async () => {
    repo = tempRepo();
    const key = floraKey();
    const added = repo.commit({ '\nlead.env': `FLORA_API_KEY=${key}\n` });
    const { report } = await runJson(['history'], { cwd: repo.dir });
    expect(occurrences(report, key)).toEqual([{ path: '\nlead.env', commit: added }]);
    const git = await requireRepository(repo.dir, GIT_ENV);
    const log = IntroductionLog.start(git);
    log.close();
    log.close(); // twice: nothing to do
    await expect(log.changesOf(new Set(['0'.repeat(40)]))).rejects.toThrow(/stopped/);
  });

  it("attributes a root commit's key whatever the repository's log settings say", async () => {
    repo = tempRepo();
    const key = floraKey();
    const root = repo.commit({ 'a.env': `FLORA_API_KEY=${key}\n` });
    repo.commit({ 'b.txt': 'later\n' });
    for (const [name, value] of [
      ['log.showRoot', 'false'],
      ['log.showSignature', 'true'],
      ['color.ui', 'always'],
      ['diff.renames', 'copies'],
      ['i18n.logOutputEncoding', 'UTF-16'],
    ])
      repo.git('config', name!, value!);
    const { report } = await runJson(['history'], { cwd: repo.dir });
    expect(occurrences(report, key)).toEqual([{ path: 'a.env', commit: root }]);
  });

  it('finds keys in commit and annotated tag messages, with lines counted in the message', async () => {
    repo = tempRepo();
    const inCommit = floraKey();
    const inTag = floraKey('test');
    const commit = repo.commit({ 'a.txt': 'x\n' }, `subject line\n\nbody mentions ${inCommit}`);
    repo.git('tag', '-a', 'v2', '-m', `release notes\n${inTag}`);
    const tag = repo.git('rev-parse', 'v2').trim();
    const { report } = await runJson(['history'], { cwd: repo.dir });
    const byKey = (k: string) => report.findings.find((f: F) => f.secretSha256 === sha256Hex(k));
    expect(byKey(inCommit)).toMatchObject({
      path: null,
      commit,
      line: 3,
      column: 15,
      location: 'message',
      author: 'Test User',
    });
    expect(byKey(inTag)).toMatchObject({
      path: null,
      commit: tag,
      line: 2,
      column: 1,
      location: 'message',
    });
    const text = await runCli(['history'], { cwd: repo.dir });
    expect(text.stdout).toContain(`commit message of ${commit.slice(0, 10)}:3:15`);
  });

  it('finds keys in author, committer and tagger lines, named as the header of the commit or tag', async () => {
    repo = tempRepo();
    const [inAuthor, inCommitter, inTagger] = [floraKey(), floraKey('test'), floraKey()];
    repo.write('a.txt', 'x\n');
    repo.git('add', '-A');
    const author = `--author=Dev <${inAuthor}@example.com>`;
    repo.git('-c', `user.name=ci ${inCommitter}`, 'commit', '-q', '-m', 'plain', author);
    const commit = repo.git('rev-parse', 'HEAD').trim();
    repo.git('-c', `user.email=${inTagger}@example.com`, 'tag', '-a', 'v1', '-m', 'release');
    const tag = repo.git('rev-parse', 'v1').trim();
    const { report } = await runJson(['history'], { cwd: repo.dir });
    const byKey = (k: string) => report.findings.filter((f: F) => f.secretSha256 === sha256Hex(k));
    const header = { path: null, location: 'header' };
    expect(byKey(inAuthor)).toEqual([
      expect.objectContaining({ ...header, commit, line: 2, column: 13 }),
    ]);
    expect(byKey(inCommitter)).toEqual([
      expect.objectContaining({ ...header, commit, line: 3, column: 14 }),
    ]);
    expect(byKey(inTagger)).toEqual([
      expect.objectContaining({ ...header, commit: tag, line: 4, column: 19 }),
    ]);
    const text = await runCli(['history'], { cwd: repo.dir });
    expect(text.stdout).toContain(`commit header of ${commit.slice(0, 10)}:2:13`);
    expect(text.stdout).toContain(`tag header of ${tag.slice(0, 10)}:4:19`);
    for (const key of [inAuthor, inCommitter, inTagger]) expect(text.stdout).not.toContain(key);
  });

  it("redacts a key in an author's name wherever a finding names its author", async () => {
    repo = tempRepo();
    const [inName, inFile] = [floraKey(), floraKey()];
    repo.write('.env', `FLORA_API_KEY=${inFile}\n`);
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'config', `--author=Dev ${inName} <dev@example.com>`);
    const { report } = await runJson(['history'], { cwd: repo.dir });
    expect(report.findings).toHaveLength(2);
    for (const f of report.findings) expect(f.author).toMatch(/^Dev sk_live_\w\w…\w\w$/);
    for (const format of ['json', 'text', 'sarif', 'github']) {
      const { stdout } = await runCli(['history', '--format', format], { cwd: repo.dir });
      for (const key of [inName, inFile]) expect(stdout).not.toContain(key);
    }
  });

  it('names a key in a git note as a note on its commit, not as a file named by a commit id', async () => {
    repo = tempRepo();
    const key = floraKey();
    const commit = repo.commit({ 'a.txt': 'x\n' }, 'plain');
    repo.git('notes', 'add', '-m', `deployed with\nFLORA_API_KEY=${key}`, commit);
    const { report } = await runJson(['history'], { cwd: repo.dir });
    const found = report.findings.filter((f: F) => f.secretSha256 === sha256Hex(key));
    expect(found).toEqual([
      expect.objectContaining({ path: null, note: commit, location: 'note', line: 2, column: 15 }),
    ]);
    expect(found[0].commit).toBe(repo.git('rev-parse', 'refs/notes/commits').trim());
    const text = await runCli(['history'], { cwd: repo.dir });
    expect(text.stdout).toContain(`note on commit ${commit.slice(0, 10)}:2:15`);
  });

  it('finds keys in ref names (branches, tags, remote-tracking refs), redacted wherever a ref is named', async () => {
    repo = tempRepo();
    const [inBranch, inTag, inRemote] = [floraKey(), floraKey('test'), floraKey()];
    repo.commit({ 'a.txt': 'x\n' }, 'plain');
    repo.git('branch', `fix/${inBranch}`);
    repo.git('tag', `v1-${inTag}`);
    // A name from the repository is shown escaped: a bidirectional override must not reorder the report.
    repo.git('update-ref', `refs/remotes/origin/\u202e${inRemote}`, 'HEAD');
    const { report, stdout } = await runJson(['history'], { cwd: repo.dir });
    const byKey = (k: string) => report.findings.filter((f: F) => f.secretSha256 === sha256Hex(k));
    const ref = (name: string, column: number, exposure: string) => [
      expect.objectContaining({
        path: null,
        location: 'ref',
        ref: name,
        line: 1,
        column,
        exposure,
      }),
    ];
    const redacted = (k: string) =>
      report.findings.find((f: F) => f.secretSha256 === sha256Hex(k)).redacted;
    expect(byKey(inBranch)).toEqual(ref(`refs/heads/fix/${redacted(inBranch)}`, 16, 'committed'));
    expect(byKey(inTag)).toEqual(ref(`refs/tags/v1-${redacted(inTag)}`, 14, 'committed'));
    expect(byKey(inRemote)).toEqual(
      ref(`refs/remotes/origin/\u202e${redacted(inRemote)}`, 22, 'pushed'),
    );
    const text = await runCli(['history'], { cwd: repo.dir });
    expect(text.stdout).toContain(`the ref name refs/remotes/origin/\\u202e${redacted(inRemote)}`);
    for (const out of [stdout, text.stdout, text.stderr])
      for (const k of [inBranch, inTag, inRemote]) expect(out).not.toContain(k);
  });

  it("gives every date in UTC (ISO 8601), whatever the author's offset, in messages and files alike", async () => {
    repo = tempRepo();
    const inFile = floraKey();
    const inMessage = floraKey();
    // 23:30 at +09:00 is 14:30 UTC the same day; 01:30 at +09:00 is the day before in UTC.
    repo.write('a.env', `FLORA_API_KEY=${inFile}\n`);
    repo.git('add', '.');
    const env = {
      GIT_AUTHOR_DATE: '2026-05-02T01:30:00+09:00',
      GIT_COMMITTER_DATE: '2026-05-02T01:30:00+09:00',
    };
    execFileSync('git', ['commit', '-q', '-m', `subject\n\n${inMessage}`], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV, ...env },
    });
    const { report } = await runJson(['history'], { cwd: repo.dir });
    expect(report.findings.map((f: { date: string }) => f.date)).toEqual([
      '2026-05-01T16:30:00Z',
      '2026-05-01T16:30:00Z',
    ]);
    const text = await runCli(['history'], { cwd: repo.dir });
    expect(text.stdout).toContain('committed between 2026-05-01 and 2026-05-01');
    expect(text.stdout).not.toContain('2026-05-02');
  });

  it('--all-objects finds the commit replaced by an amend; plain history only warns', async () => {
    repo = tempRepo();
    repo.commit({ 'a.txt': 'x\n' });
    const key = floraKey();
    const orphan = repo.commit({ 'secret.txt': key }, 'oops');
    repo.git('rm', '-q', 'secret.txt');
    repo.git('commit', '-q', '--amend', '--allow-empty', '-m', 'clean');
    const plain = await runJson(['history'], { cwd: repo.dir });
    expect(plain.report.findings).toEqual([]);
    expect(plain.report.warnings.join('\n')).toContain('--all-objects');
    const all = await runJson(['history', '--all-objects'], { cwd: repo.dir });
    expect(all.report.mode).toBe('all-objects');
    expect(occurrences(all.report, key)).toEqual([{ path: 'secret.txt', commit: orphan }]);
  });

  it('--all-objects reports a blob in no commit by its id', async () => {
    repo = tempRepo();
    repo.commit({ 'a.txt': 'x\n' });
    const key = floraKey();
    writeFileSync(join(repo.dir, 'loose.txt'), key);
    const oid = repo.git('hash-object', '-w', 'loose.txt').trim();
    rmSync(join(repo.dir, 'loose.txt'));
    const { report } = await runJson(['history', '--all-objects'], { cwd: repo.dir });
    expect(report.findings.filter((f: F) => f.secretSha256 === sha256Hex(key))).toMatchObject([
      { path: null, commit: null, blob: oid },
    ]);
  });

  it('--since REV scans only the commits REV does not have, including keys added and removed again', async () => {
    repo = tempRepo();
    const old = floraKey();
    repo.commit({ 'old.txt': old });
    repo.git('branch', 'base');
    const transient = floraKey();
    const added = repo.commit({ 'tmp.txt': transient }, 'add');
    repo.git('rm', '-q', 'tmp.txt');
    repo.commit({}, 'remove');
    const { code, report } = await runJson(['history', '--since', 'base'], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(occurrences(report, transient)).toEqual([{ path: 'tmp.txt', commit: added }]);
    expect(occurrences(report, old)).toEqual([]);
  });

  it('warns about a shallow clone and says how to deepen it', async () => {
    repo = tempRepo();
    repo.commit({ 'a.txt': floraKey() });
    repo.commit({ 'b.txt': 'x\n' });
    const dir = tempDir();
    repo.git('clone', '-q', '--depth', '1', `file://${repo.dir}`, join(dir, 'shallow'));
    const { report } = await runJson(['history'], { cwd: join(dir, 'shallow') });
    expect(report.warnings.join('\n')).toMatch(/shallow clone.*git fetch --unshallow/);
    expect(report.history.shallow).toBe(true);
  });

  it('bad input: not a repository, unknown revision, empty repository', async () => {
    const notRepo = await runCli(['history'], { cwd: tempDir() });
    expect([notRepo.code, notRepo.stderr]).toEqual([
      2,
      expect.stringMatching(/^flora-keyscan: not a git repository/),
    ]);
    repo = tempRepo();
    const empty = await runJson(['history'], { cwd: repo.dir });
    expect(empty.code).toBe(0);
    expect(empty.report.warnings.join('\n')).toContain('no commits yet');
    repo.commit({ 'a.txt': 'x\n' });
    const badRev = await runCli(['history', '--since', 'nope'], { cwd: repo.dir });
    expect([badRev.code, badRev.stderr.trim()]).toEqual([
      2,
      'flora-keyscan: unknown revision for --since: nope',
    ]);
  });

  it('reports a corrupt object, carries on, and exits 2', async () => {
    repo = tempRepo();
    const key = floraKey();
    repo.commit({ 'good.txt': key });
    writeFileSync(join(repo.dir, 'victim.txt'), 'some content that will be corrupted\n');
    const victim = repo.git('hash-object', '-w', 'victim.txt').trim();
    const path = join(repo.dir, '.git', 'objects', victim.slice(0, 2), victim.slice(2));
    chmodSync(path, 0o644);
    writeFileSync(path, Buffer.from('this is not zlib data at all'));
    const { code, report, stderr } = await runJson(['history', '--all-objects'], { cwd: repo.dir });
    expect(code).toBe(2);
    expect(report.stats.unreadable).toMatchObject([
      { path: victim, reason: expect.stringContaining(victim) },
    ]);
    expect(occurrences(report, key)).toHaveLength(1);
    expect(stderr).toContain('could not be read');
  });
});

describe('history progress', () => {
  const hasScript = (() => {
    try {
      execFileSync('script', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasScript)(
    'shows objects, bytes, rate and time left on a terminal; nothing with --quiet or in a pipe',
    async () => {
      repo = tempRepo();
      repo.commit({ 'a.txt': 'x\n' });
      // `script` gives the CLI a real terminal as stderr.
      const onTty = (extra: string) =>
        execFileSync(
          'script',
          [
            '-qec',
            `${process.execPath} ${BIN} history --format json -o /dev/null ${extra}`,
            '/dev/null',
          ],
          { cwd: repo.dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } },
        );
      // A short scan: no guess of the time left (early rates mislead).
      const shown = onTty('');
      expect(shown).toMatch(
        /read \d+ of \d+ blobs, commits and tags \(100%\), \d+ MB at \d+ MB\/s/,
      );
      expect(shown).not.toContain('s left');
      expect(onTty('--quiet')).toBe('');
      const piped = await runCli(['history', '--format', 'json', '-o', '/dev/null'], {
        cwd: repo.dir,
      });
      // No progress when stderr is no terminal; the one-line summary of a report written to a file.
      expect(piped.stderr).toMatch(
        /^flora-keyscan: no keys in the .*; exit 0: no keys\. Report: \/dev\/null\n$/,
      );
    },
  );
});
