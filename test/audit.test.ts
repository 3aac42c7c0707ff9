import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { chmodSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from './helpers/cli.js';
import { floraKey, randomBase62 } from './helpers/keys.js';
import { GIT_ENV, tempDir, tempRepo, type TempRepo } from './helpers/repo.js';
import { gitDaemon, githubStandIn, httpGit, type Running } from './helpers/git-servers.js';
import { sha256Hex } from '../src/scan/secret.js';
import { startFloraServer } from './helpers/flora-server.js';

const require = createRequire(import.meta.url);
// The official SARIF 2.1.0 schema (draft-04), as formats.test.ts validates single-repository SARIF.
const Ajv = require('ajv-draft-04') as new (options: object) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
};
const sarifSchema = join(
  require.resolve('@microsoft/jest-sarif/package.json'),
  '..',
  'lib',
  'schemas',
  'sarif-2.1.0-rtm.5.json',
);
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
(require('ajv-formats') as (ajv: object) => void)(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(sarifSchema, 'utf8')));

const TOKEN = `tok${randomBase62(24)}`;
const keyA = floraKey();
const keyB = floraKey();
const keyC = floraKey();
const sources: TempRepo[] = [];
let served: string;
let daemon: Running;
let http: Running & { authorizations: string[] };
let work: string;

/** A repository with `files` committed, published bare under the served folder as NAME.git. */
function publish(name: string, commits: Record<string, string>[]): TempRepo {
  const repo = tempRepo();
  sources.push(repo);
  for (const files of commits) repo.commit(files);
  execFileSync('git', ['clone', '-q', '--bare', repo.dir, join(served, `${name}.git`)], {
    env: { ...process.env, ...GIT_ENV },
  });
  return repo;
}

/** Every file under `dir`, as text. */
function allText(dir: string): string {
  let text = '';
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (statSync(path).isFile()) text += readFileSync(path).toString('latin1');
  }
  return text;
}

const git = () => `git://127.0.0.1:${daemon.port}`;
const web = () => `http://127.0.0.1:${http.port}`;
type Entry = { repository: string; status: string; error?: string; findings: F[] };
type F = { secretSha256: string; repository: string; exposure: string };
const keysOf = (e: Entry) => new Set(e.findings.map((f) => f.secretSha256));
const byName = (report: { repositories: Entry[] }) =>
  Object.fromEntries(report.repositories.map((r) => [r.repository, r]));
/** A report without what differs between two runs of the same audit (durations). */
const stable = (report: { repositories: Entry[] }) =>
  JSON.parse(JSON.stringify(report).replace(/"durationMs":\d+/g, '"durationMs":0'));

beforeAll(async () => {
  served = tempDir('fks-served-');
  work = tempDir('fks-audit-');
  publish('alpha', [
    { 'config.env': `FLORA_API_KEY=${keyA}\n` },
    { 'config.env': 'FLORA_API_KEY=\n' },
  ]);
  publish('beta', [{ 'README.md': 'nothing here\n' }]);
  publish('gamma', [{ '.env': `FLORA_API_KEY=${keyA}\nFLORA_KEY_2=${keyB}\n` }]);
  publish('secret', [{ 'deploy/.env': `FLORA_API_KEY=${keyC}\n` }]);
  for (const n of ['d1', 'd2', 'd3']) publish(n, [{ [`${n}.txt`]: 'clean\n' }]);
  // A repository that lost one of its objects (a blob holding a key).
  const broken = publish('broken', [{ '.env': `FLORA_API_KEY=${floraKey()}\n` }]);
  const blob = broken.git('rev-parse', 'HEAD:.env').trim();
  rmSync(join(served, 'broken.git', 'objects', blob.slice(0, 2), blob.slice(2)));
  daemon = await gitDaemon(served);
  http = await httpGit(served, {
    private: new Set(['secret.git']),
    user: 'x-access-token',
    password: TOKEN,
  });
});

afterAll(async () => {
  await daemon?.close();
  await http?.close();
  for (const r of sources) r.cleanup();
  rmSync(served, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('audit', () => {
  it('mirrors repositories over git://, http:// (with credentials) and paths into one report; a failure does not stop the rest', async () => {
    const cache = join(work, 'cache-1');
    const repos = [
      `${git()}/alpha.git`,
      `${web()}/beta.git`,
      join(served, 'gamma.git'),
      `http://x-access-token:${TOKEN}@127.0.0.1:${http.port}/secret.git`,
      `${git()}/missing.git`,
    ];
    const { code, report, stderr } = await runJson(
      ['audit', ...repos, '--cache', cache, '--jobs', '3'],
      {
        cwd: work,
      },
    );
    expect(code).toBe(2);
    expect(report).toMatchObject({ schemaVersion: 1, mode: 'audit' });
    const entries = byName(report);
    const secretName = `${web()}/secret.git`;
    expect(Object.keys(entries)).toEqual([...repos.slice(0, 3), secretName, repos[4]]);
    expect(keysOf(entries[repos[0]!]!)).toEqual(new Set([sha256Hex(keyA)]));
    expect(keysOf(entries[repos[1]!]!).size).toBe(0);
    expect(keysOf(entries[repos[2]!]!)).toEqual(new Set([sha256Hex(keyA), sha256Hex(keyB)]));
    expect(keysOf(entries[secretName]!)).toEqual(new Set([sha256Hex(keyC)]));
    expect(entries[secretName]!.findings.every((f) => f.repository === secretName)).toBe(true);
    expect(entries[repos[4]!]).toMatchObject({ status: 'failed', findings: [] });
    expect(entries[repos[4]!]!.error).toMatch(/git clone failed/);
    expect(report.summary).toMatchObject({
      repositories: 5,
      scanned: 4,
      failed: 1,
      uniqueSecrets: 3,
    });
    // The credential went to the server, and nowhere else.
    expect(http.authorizations).toContain(
      'Basic ' + Buffer.from(`x-access-token:${TOKEN}`).toString('base64'),
    );
    for (const text of [JSON.stringify(report), stderr, allText(cache)]) {
      expect(text).not.toContain(TOKEN);
      for (const key of [keyA, keyB, keyC]) expect(text).not.toContain(key);
    }
  });

  it('prints a table, then each repository as history does; a re-run fetches what is new', async () => {
    const cache = join(work, 'cache-2');
    const repos = [`${git()}/beta.git`, `${web()}/d1.git`];
    // --jobs 1 scans in this thread; more jobs (the other tests) each in a thread of their own.
    const clean = await runCli(['audit', ...repos, '--cache', cache, '--jobs', '1'], { cwd: work });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/REPOSITORY\s+KEYS\s+LIVE\s+PUSHED\s+FIRST SEEN/);
    expect(clean.stdout).toContain(`== ${repos[0]}`);
    expect(clean.stdout).toMatch(/No keys found in the history \(every ref\) of git:\/\//);
    // A key pushed to d1 after its mirror was made is found by the next run (fetch, not a new clone).
    const extra = floraKey();
    const d1 = tempRepo({ init: false });
    sources.push(d1);
    d1.git('clone', '-q', join(served, 'd1.git'), '.');
    d1.git('config', 'user.name', 'T');
    d1.git('config', 'user.email', 't@example.com');
    d1.commit({ 'new.env': `FLORA_API_KEY=${extra}\n` });
    d1.git('push', '-q', 'origin', 'HEAD:refs/heads/feature');
    const again = await runCli(['audit', ...repos, '--cache', cache], { cwd: work, tty: true });
    // On a terminal, a line per repository as it ends.
    expect(again.stderr).toMatch(/\[\d\/2\] git:\/\/127\.0\.0\.1:\d+\/beta\.git: 0 key\(s\)/);
    expect(again.stderr).toMatch(/\[\d\/2\] http:\/\/127\.0\.0\.1:\d+\/d1\.git: 1 key\(s\)/);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(
      new RegExp(`${web().replace(/[.]/g, '\\.')}/d1\\.git\\s+1\\s+—\\s+1\\s+\\d{4}-`),
    );
    expect(again.stdout).not.toContain(extra);
    expect(readdirSync(cache).filter((n) => !n.endsWith('.git'))).toEqual([]);
    // Nothing new: the last scan of each mirror is reused (its file untouched), and the report is
    // the one a full scan (--no-cache) writes, timings aside.
    const kept = join(
      cache,
      readdirSync(cache).find((n) => n.includes('d1'))!,
      'flora-keyscan.scan',
    );
    const keptAt = statSync(kept).mtimeMs;
    const reused = await runJson(['audit', ...repos, '--cache', cache], { cwd: work });
    expect(statSync(kept).mtimeMs).toBe(keptAt);
    expect(statSync(kept).mode & 0o777).toBe(0o600);
    const full = await runJson(['audit', ...repos, '--cache', cache, '--no-cache'], { cwd: work });
    expect(statSync(kept).mtimeMs).not.toBe(keptAt);
    const timeless = (text: string) => text.replace(/"durationMs": \d+/g, '');
    expect(timeless(reused.stdout)).toBe(timeless(full.stdout));
    expect(reused.report.summary.uniqueSecrets).toBe(1);
    const none = await runCli(['audit'], { cwd: work });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/audit needs repositories/);
  });

  it('after a fetch reads only what is new: trees the last scan proved clean are not read again', async () => {
    const cache = join(work, 'cache-incremental');
    const [early, late] = [floraKey(), floraKey()];
    const clean = randomBase62(30_000).replace(/(.{60})/g, '$1\n');
    const origin = publish('inc', [
      { 'data.txt': clean, 'a.env': `FLORA_API_KEY=${early}\n` },
      { 'a.env': 'FLORA_API_KEY=\n', 'notes.md': 'rotated\n' },
    ]);
    const url = `${git()}/inc.git`;
    const audit = (...extra: string[]) =>
      runJson(['audit', url, '--cache', cache, '--jobs', '1', ...extra], { cwd: work });
    const push = (files: Record<string, string>) => {
      origin.commit(files);
      origin.git('push', '-q', join(served, 'inc.git'), 'HEAD:refs/heads/main', '--force');
    };
    expect((await audit()).code).toBe(1);
    const mirror = join(
      cache,
      readdirSync(cache).find((n) => n.includes('inc'))!,
    );
    expect(statSync(join(mirror, 'flora-keyscan.packs')).mode & 0o777).toBe(0o600);
    push({ 'b.env': `FLORA_API_KEY=${late}\n` });
    const incremental = await audit();
    const full = await audit('--no-cache');
    expect(stable(incremental.report)).toEqual(stable(full.report));
    expect(keysOf(incremental.report.repositories[0])).toEqual(
      new Set([early, late].map(sha256Hex)),
    );
    // Damage the clean blob in the mirror's first pack: a scan that reads it says so; the next
    // incremental one does not read it at all.
    const blob = origin.git('rev-parse', 'HEAD:data.txt').trim();
    const packDir = join(mirror, 'objects', 'pack');
    const idx = readdirSync(packDir).find(
      (f) => f.endsWith('.idx') && origin.git('verify-pack', '-v', join(packDir, f)).includes(blob),
    )!;
    const line = origin
      .git('verify-pack', '-v', join(packDir, idx))
      .split('\n')
      .find((l) => l.startsWith(blob))!;
    const [, , , packed, offset] = line.split(/\s+/).map(Number);
    const packPath = join(packDir, idx.replace(/\.idx$/, '.pack'));
    const bytes = readFileSync(packPath);
    bytes.fill(0xff, offset! + 8, offset! + packed! - 8);
    chmodSync(packPath, 0o644);
    writeFileSync(packPath, bytes);
    push({ 'notes.md': 'later\n' });
    const skipped = await audit();
    expect(skipped.code).toBe(1);
    expect(JSON.stringify(skipped.report)).not.toContain(blob);
    const reread = await audit('--no-cache');
    expect(reread.code).toBe(2);
    expect(JSON.stringify(reread.report.repositories[0].stats.unreadable)).toContain(blob);
  });

  it('shards: each repository in exactly one shard whatever the order; merged shards equal one run', async () => {
    const names = ['alpha', 'beta', 'gamma', 'secret', 'd1', 'd2', 'd3', 'missing'];
    const list = names.map((n) =>
      n === 'secret'
        ? `http://x-access-token:${TOKEN}@127.0.0.1:${http.port}/secret.git`
        : `${git()}/${n}.git`,
    );
    writeFileSync(join(work, 'repos.txt'), `# the org\n${list.join('\n')}\n\n`);
    writeFileSync(join(work, 'reversed.txt'), [...list].reverse().join('\n'));
    const cache = join(work, 'cache-3');
    const base = ['audit', '--repos', 'repos.txt', '--cache', cache, '--format', 'json'];
    const whole = await runCli([...base, '--output', 'whole.json'], { cwd: work });
    expect(whole.code).toBe(2);
    const shards = [];
    for (const i of [1, 2, 3]) {
      const shard = await runCli([...base, '--shard', `${i}/3`, '--output', `s${i}.json`], {
        cwd: work,
      });
      expect(shard.code).toBeGreaterThanOrEqual(0);
      shards.push(
        JSON.parse(readFileSync(join(work, `s${i}.json`), 'utf8')) as { repositories: Entry[] },
      );
    }
    const reversed = await runJson(
      ['audit', '--repos', 'reversed.txt', '--cache', cache, '--shard', '2/3'],
      { cwd: work },
    );
    expect(reversed.report.repositories.map((r: Entry) => r.repository).sort()).toEqual(
      shards[1]!.repositories.map((r) => r.repository).sort(),
    );
    const sizes = shards.map((s) => s.repositories.length);
    expect(sizes.reduce((a, b) => a + b)).toBe(names.length);
    const merged = await runJson(['merge', 's1.json', 's2.json', 's3.json'], { cwd: work });
    expect(merged.code).toBe(whole.code);
    const one = stable(JSON.parse(readFileSync(join(work, 'whole.json'), 'utf8')));
    const sorted = (r: { repositories: Entry[] }) => ({
      ...r,
      repositories: [...r.repositories].sort((a, b) => a.repository.localeCompare(b.repository)),
    });
    expect(sorted(stable(merged.report))).toEqual(sorted(one));
    const summaryFile = join(work, 'summary.md');
    const outputFile = join(work, 'outputs.txt');
    const text = await runCli(['merge', 's1.json', 's2.json', 's3.json'], {
      cwd: work,
      env: { GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile },
    });
    // Under GitHub Actions: the table on the run's page, the numbers as step outputs.
    expect(readFileSync(summaryFile, 'utf8')).toMatch(
      /\| ` git:\/\/127\.0\.0\.1:\d+\/missing\.git ` \| failed \|/,
    );
    expect(readFileSync(outputFile, 'utf8')).toMatch(
      /^findings=\d+\nlive-keys=0\nfailed-repositories=1\n$/,
    );
    expect(text.stdout).toMatch(/Audit of 8 repositories: \d key\(s\) found; 7 scanned, 1 failed/);
    const sarif = await runCli(['merge', 's1.json', 's2.json', 's3.json', '--format', 'sarif'], {
      cwd: work,
    });
    const log = JSON.parse(sarif.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    // One run per scanned repository, each naming it.
    expect(
      log.runs.map((r: { properties: { repository: string } }) => r.properties.repository).sort(),
    ).toEqual(
      one.repositories
        .filter((r: Entry) => r.status === 'scanned')
        .map((r: Entry) => r.repository)
        .sort(),
    );
    // Shards follow a hash of each URL, whose port changes from run to run: one may be empty.
    const held = `s${1 + shards.findIndex((s) => s.repositories.length > 0)}.json`;
    const overlap = await runCli(['merge', held, held], { cwd: work });
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toContain(`is in both ${held} and ${held}`);
  });

  it('lists a GitHub organisation page by page, waits out a rate limit, and sends the token only where it belongs', async () => {
    const repos = [
      { full_name: 'acme/alpha', clone_url: `${web()}/alpha.git` },
      { full_name: 'acme/secret', clone_url: `${web()}/secret.git`, private: true },
      { full_name: 'acme/fork', clone_url: `${web()}/gamma.git`, fork: true },
      { full_name: 'acme/old', clone_url: `${web()}/d2.git`, archived: true },
      { full_name: 'acme/gone', clone_url: `${web()}/gone.git` },
    ];
    const api = await githubStandIn('acme', repos, TOKEN, 2);
    try {
      const cache = join(work, 'cache-4');
      const args = [
        'audit',
        '--github-org',
        'acme',
        '--github-api-url',
        `http://127.0.0.1:${api.port}`,
        '--cache',
        cache,
      ];
      const { code, report, stderr } = await runJson(args, {
        cwd: work,
        env: { GITHUB_TOKEN: TOKEN },
      });
      expect(code).toBe(2);
      // The first request met the rate limit and was made again, as was the first for page 2; three pages.
      expect(api.requests[0]).toBe(api.requests[1]);
      expect(api.requests[2]).toMatch(/page=2/);
      expect(api.requests[2]).toBe(api.requests[3]);
      expect(api.requests.length).toBe(5);
      const entries = byName(report);
      expect(Object.keys(entries)).toEqual([
        `${web()}/alpha.git`,
        `${web()}/secret.git`,
        `${web()}/gone.git`,
      ]);
      expect(keysOf(entries[`${web()}/secret.git`]!)).toEqual(new Set([sha256Hex(keyC)]));
      expect(entries[`${web()}/gone.git`]).toMatchObject({ status: 'failed' });
      for (const text of [JSON.stringify(report), stderr, allText(cache)])
        expect(text).not.toContain(TOKEN);
      // Forks and archived repositories when asked; without a token, no private repository.
      const all = await runJson([...args, '--include-forks', '--include-archived'], { cwd: work });
      expect(all.report.repositories.map((r: Entry) => r.repository)).toEqual([
        `${web()}/alpha.git`,
        `${web()}/gamma.git`,
        `${web()}/d2.git`,
        `${web()}/gone.git`,
      ]);
      const unknown = await runCli([...args, '--github-org', 'nobody'], { cwd: work });
      expect(unknown.code).toBe(2);
    } finally {
      await api.close();
    }
  });

  it('probes each key once across repositories; a repository missing objects is incomplete', async () => {
    const server = await startFloraServer();
    try {
      server.set(keyA, 'live');
      server.set(keyB, 'revoked');
      const cache = join(work, 'cache-5');
      const repos = [`${git()}/alpha.git`, `${web()}/gamma.git`];
      const { code, report } = await runJson(
        ['audit', ...repos, '--cache', cache, '--verify', '--api-base-url', server.url],
        { cwd: work },
      );
      expect(code).toBe(1);
      // keyA is in both repositories and was sent once; keyB once.
      expect(server.requests.length).toBe(2);
      expect(report.summary.live).toBe(1);
      writeFileSync(join(work, 'verified.json'), JSON.stringify(report));
      const table = await runCli(['merge', 'verified.json'], { cwd: work });
      expect(table.stdout).toMatch(/alpha\.git\s+1\s+1\s+1\s/);
      expect(table.stdout).toMatch(/gamma\.git\s+2\s+1\s+2\s/);
      // Served over git://, the missing object stops the clone; read from its folder, the scan says what is missing.
      const broken = await runJson(
        ['audit', `${git()}/broken.git`, join(served, 'broken.git'), '--cache', cache],
        { cwd: work },
      );
      expect(broken.code).toBe(2);
      expect(broken.report.repositories[0]).toMatchObject({ status: 'failed' });
      expect(broken.report.repositories[1]).toMatchObject({ status: 'scanned' });
      expect(broken.report.repositories[1].error).toMatch(/incomplete: 1 object\(s\) missing/);
      expect(broken.report.repositories[1].stats.missing).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('does not send a credential on to the host a repository redirects to', async () => {
    const seen: (string | null)[] = [];
    const elsewhere = createServer((req, res) => {
      seen.push(req.headers.authorization ?? null);
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const port = (elsewhere.address() as { port: number }).port;
    const redirecting = createServer((req, res) =>
      res.writeHead(301, { location: `http://localhost:${port}${req.url}` }).end(),
    );
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://x-access-token:${TOKEN}@127.0.0.1:${(redirecting.address() as { port: number }).port}/moved.git`;
      const { code, report, stderr } = await runJson(
        ['audit', url, '--cache', join(work, 'cache-6')],
        {
          cwd: work,
        },
      );
      expect(code).toBe(2);
      expect(report.repositories[0]).toMatchObject({ status: 'failed' });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen).toEqual(seen.map(() => null));
      expect(JSON.stringify(report) + stderr).not.toContain(TOKEN);
    } finally {
      elsewhere.close();
      redirecting.close();
    }
  });
});
