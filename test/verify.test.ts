import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { probeKey } from '../src/verify/probe.js';
import { loadRules } from '../src/rules/load.js';
import { runCli, runJson, BIN } from './helpers/cli.js';
import { startFloraServer, type Behaviour, type FloraServer } from './helpers/flora-server.js';
import { floraKey, stripeShapedKey } from './helpers/keys.js';
import { GIT_ENV, tempRepo, type TempRepo } from './helpers/repo.js';

const probe = loadRules().find((r) => r.id === 'flora-live-key')!.verify!;
let server: FloraServer;
let repo: TempRepo | undefined;
beforeEach(async () => (server = await startFloraServer()));
afterEach(async () => {
  await server.close();
  repo?.cleanup();
  repo = undefined;
});

function probeWith(key: string, extra: { timeoutMs?: number } = {}) {
  const waits: number[] = [];
  const result = probeKey(key, probe, {
    baseUrl: server.url,
    timeoutMs: extra.timeoutMs ?? 2000,
    maxAttempts: 4,
    sleep: async (ms) => void waits.push(ms),
  });
  return result.then((verdict) => ({ verdict, waits }));
}

describe('the probe', () => {
  it.each<[Behaviour, string, number | null, string | null]>([
    ['live', 'live', 200, null],
    ['forbidden', 'live', 403, 'forbidden'],
    ['credits', 'live', 402, 'insufficient_credits'],
    ['revoked', 'inactive', 401, 'invalid_api_key'],
    ['unauthorized', 'inactive', 401, 'unauthorized'],
    ['not-found', 'unknown', 404, 'not_found'],
    ['html', 'unknown', 200, null],
    ['redirect', 'unknown', 302, null],
    ['reset', 'unknown', null, null],
  ])('%s → %s', async (behaviour, status, httpStatus, code) => {
    const key = floraKey();
    server.set(key, behaviour);
    const { verdict } = await probeWith(key);
    expect(verdict).toMatchObject({ status, httpStatus, code });
    expect(verdict.checkedAt).toMatch(/^\d{4}-/);
    if (httpStatus && behaviour !== 'redirect') expect(verdict.requestId).toMatch(/^req_test\d+$/);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      method: 'GET',
      url: '/api/v1/techniques?limit=1',
      authorization: `Bearer ${key}`,
    });
    expect(JSON.stringify(verdict)).not.toContain(key);
  });

  it('429 without retry-after waits 5 s, then backs off exponentially, then gives up as unknown', async () => {
    const key = floraKey();
    server.set(key, { status: 429, code: 'rate_limited' });
    const { verdict, waits } = await probeWith(key);
    expect(verdict).toMatchObject({
      status: 'unknown',
      httpStatus: 429,
      code: 'rate_limited',
      reason: 'rate limited after 4 tries',
    });
    expect(waits).toEqual([5000, 10000, 20000]);
    expect(server.requests).toHaveLength(4);
  });

  it('429 honours retry-after and caps the backoff at 30 s', async () => {
    const key = floraKey();
    server.set(
      key,
      { status: 429, retryAfter: '12' },
      { status: 429, retryAfter: '12' },
      { status: 429, retryAfter: '12' },
      'live',
    );
    const { verdict, waits } = await probeWith(key);
    expect(verdict.status).toBe('live');
    expect(waits).toEqual([12000, 24000, 30000]);
  });

  it('500 then 200 is live after one retry; 500 for good is unknown', async () => {
    const flaky = floraKey();
    server.set(flaky, { status: 500 }, 'live');
    expect(await probeWith(flaky)).toMatchObject({
      verdict: { status: 'live', httpStatus: 200 },
      waits: [1000],
    });
    const down = floraKey();
    server.set(down, { status: 503 });
    expect((await probeWith(down)).verdict).toMatchObject({
      status: 'unknown',
      httpStatus: 503,
      reason: 'server error after 4 tries',
    });
  });

  it('a slow answer past the timeout is unknown', async () => {
    const key = floraKey();
    server.set(key, { status: 200, delayMs: 1500 });
    const { verdict } = await probeWith(key, { timeoutMs: 200 });
    expect(verdict).toMatchObject({ status: 'unknown', reason: 'no answer within 200 ms' });
  });

  it('real waits between retries (retry-after: 1)', async () => {
    const key = floraKey();
    server.set(key, { status: 429, retryAfter: '1' }, 'live');
    const verdict = await probeKey(key, probe, {
      baseUrl: server.url,
      timeoutMs: 2000,
      maxAttempts: 4,
    });
    expect(verdict.status).toBe('live');
    expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });
});

describe('--verify on a scan', () => {
  it('probes each unique FLORA key once, never a Stripe key, and attaches the verdict to every finding', async () => {
    repo = tempRepo();
    const live = floraKey();
    const dead = floraKey('test');
    const stripe = stripeShapedKey();
    server.set(live, 'live');
    server.set(dead, 'revoked');
    repo.write('a.env', `FLORA_API_KEY=${live}\nSTRIPE_SECRET_KEY=${stripe}\n`);
    // No word names FLORA in b.ts but its folder does: path evidence, so the keys are probed.
    repo.write('flora/b.ts', `const k = "${live}";\nconst t = "${dead}";\n`);
    const { code, report, stdout } = await runJson(['--verify'], {
      cwd: repo.dir,
      env: { FLORA_BASE_URL: server.url },
    });
    expect(code).toBe(1);
    expect(server.requests.map((r) => r.authorization).sort()).toEqual(
      [`Bearer ${dead}`, `Bearer ${live}`].sort(),
    );
    const byRule = (id: string) =>
      report.findings.filter((f: { ruleId: string }) => f.ruleId === id);
    expect(
      byRule('flora-live-key').map(
        (f: { verification: { status: string } }) => f.verification.status,
      ),
    ).toEqual(['live', 'live']);
    expect(byRule('flora-live-key')[0].verification.requestId).toMatch(/^req_test/);
    expect(byRule('flora-test-key')[0].verification).toMatchObject({
      status: 'inactive',
      httpStatus: 401,
      code: 'invalid_api_key',
    });
    expect(byRule('stripe-secret-key')[0].verification).toBeNull();
    for (const key of [live, dead, stripe]) expect(stdout).not.toContain(key.slice(10));
    const text = await runCli(['--verify', '--no-color'], {
      cwd: repo.dir,
      env: { FLORA_BASE_URL: server.url },
    });
    expect(text.stdout.indexOf('LIVE')).toBeLessThan(text.stdout.indexOf('inactive'));
    expect(text.stdout).toContain('not probed: a Stripe key is never sent to FLORA');
  });

  it('makes no request without --verify', async () => {
    repo = tempRepo();
    const key = floraKey();
    server.set(key, 'live');
    repo.write('a.env', `FLORA_API_KEY=${key}\n`);
    const { report } = await runJson([], { cwd: repo.dir, env: { FLORA_BASE_URL: server.url } });
    expect(report.findings[0].verification).toBeNull();
    expect(server.requests).toEqual([]);
  });

  it('keeps at most 2 probes in flight, or what --concurrency says', async () => {
    repo = tempRepo();
    const keys = Array.from({ length: 6 }, () => floraKey());
    for (const k of keys) server.set(k, { status: 200, delayMs: 200 });
    repo.write('flora-keys.txt', keys.join('\n'));
    await runJson(['--verify', '--api-base-url', server.url], { cwd: repo.dir });
    expect(server.requests).toHaveLength(6);
    expect(server.maxInFlight).toBe(2);
    const again = await startFloraServer();
    for (const k of keys) again.set(k, { status: 200, delayMs: 100 });
    await runJson(['--verify', '--api-base-url', again.url, '--concurrency', '1'], {
      cwd: repo.dir,
    });
    expect(again.maxInFlight).toBe(1);
    await again.close();
  });

  it('--fail-on live lets a revoked key pass and fails on a live one', async () => {
    repo = tempRepo();
    const dead = floraKey();
    server.set(dead, 'revoked');
    repo.write('a.env', `FLORA_API_KEY=${dead}\n`);
    const passing = await runJson(['--verify', '--fail-on', 'live'], {
      cwd: repo.dir,
      env: { FLORA_BASE_URL: server.url },
    });
    expect(passing.code).toBe(0);
    const live = floraKey();
    server.set(live, 'live');
    repo.write('b.env', `FLORA_API_KEY=${live}\n`);
    expect(
      (
        await runJson(['--verify', '--fail-on', 'live'], {
          cwd: repo.dir,
          env: { FLORA_BASE_URL: server.url },
        })
      ).code,
    ).toBe(1);
    expect((await runCli(['--fail-on', 'live'], { cwd: repo.dir })).stderr).toContain(
      '--fail-on live needs --verify',
    );
  });

  it('refuses a plain-http base URL that is not loopback', async () => {
    repo = tempRepo();
    const result = await runCli(['--verify', '--api-base-url', 'http://api.example.com/v1'], {
      cwd: repo.dir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('must use https');
  });

  it('Ctrl-C while probing ends cleanly with the findings so far', async () => {
    repo = tempRepo();
    const key = floraKey();
    server.set(key, { status: 200, delayMs: 10_000 });
    repo.write('a.env', `FLORA_API_KEY=${key}\n`);
    const child = spawn(process.execPath, [BIN, '--verify', '--format', 'json'], {
      cwd: repo.dir,
      env: { ...process.env, ...GIT_ENV, FLORA_BASE_URL: server.url },
    });
    let stdout = '';
    child.stdout.on('data', (c) => (stdout += c));
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings[0].verification).toMatchObject({
      status: 'unknown',
      reason: 'interrupted',
    });
  });
});

describe('flora-keyscan verify', () => {
  it('reads the key from stdin or FLORA_API_KEY: exit 0 live, 1 inactive, 2 unknown', async () => {
    const live = floraKey();
    const dead = floraKey();
    const odd = floraKey();
    server.set(live, 'live');
    server.set(dead, 'revoked');
    server.set(odd, 'not-found');
    const env = { FLORA_BASE_URL: server.url };
    const a = await runCli(['verify'], { cwd: '/', env, input: `${live}\n` });
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/LIVE \(HTTP 200\)\nrequest-id: req_test\d+/);
    expect(a.stdout).not.toContain(live);
    expect(
      (await runCli(['verify'], { cwd: '/', env: { ...env, FLORA_API_KEY: dead } })).code,
    ).toBe(1);
    expect((await runCli(['verify'], { cwd: '/', env, input: odd })).code).toBe(2);
  });

  it('never takes the key as an argument and never sends a Stripe key', async () => {
    const arg = await runCli(['verify', floraKey()], { cwd: '/' });
    expect(arg.code).toBe(2);
    expect(arg.stderr).toContain('shell history');
    const stripe = await runCli(['verify'], {
      cwd: '/',
      env: { FLORA_BASE_URL: server.url },
      input: stripeShapedKey(),
    });
    expect(stripe.code).toBe(2);
    expect(stripe.stderr).toContain('Stripe key');
    expect(server.requests).toEqual([]);
  });
});

describe('a second provider with a live check', () => {
  it("is one rule file: its keys go to its own API, FLORA keys to FLORA's, and --api-base-url is refused as ambiguous", async () => {
    const { cpSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { loadRuleDir, BUILTIN_RULES_DIR } = await import('../src/rules/load.js');
    const { loadPolicy } = await import('../src/policy.js');
    const { worktreeFiles } = await import('../src/policy-files.js');
    const { Engine } = await import('../src/scan/engine.js');
    const { runPipeline } = await import('../src/pipeline.js');
    const { planWorktree, worktreeSource } = await import('../src/sources/worktree.js');
    const { probeOptions } = await import('../src/commands/setup.js');
    const { tempDir } = await import('./helpers/repo.js');
    const dir = tempDir();
    cpSync(BUILTIN_RULES_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, 'acme.json'),
      JSON.stringify({
        provider: { id: 'acme', name: 'ACME', envVar: 'ACME_TOKEN' },
        rules: [
          {
            id: 'acme-token',
            description: 'ACME API token',
            provider: 'acme',
            severity: 'high',
            keywords: ['acme_'],
            prefixes: ['acme_'],
            pattern: '(?<secret>acme_[A-Za-z0-9]{24,})',
            minEntropy: 3,
            verify: {
              method: 'GET',
              baseUrl: 'https://api.acme.example/v2',
              baseUrlEnv: 'ACME_BASE_URL',
              path: '/me',
              headers: { Authorization: 'Token {{secret}}' },
              live: [200],
              inactive: [401],
            },
            examples: ['acme_{{random:30}}'],
          },
        ],
      }),
    );
    const acmeServer = await startFloraServer();
    try {
      const book = loadRuleDir(dir, { shipped: true });
      repo = tempRepo();
      const acme = 'acme_' + floraKey().slice(8);
      const flora = floraKey();
      acmeServer.set(acme, 'live');
      server.set(flora, 'revoked');
      repo.write(
        'a.env',
        `ACME_TOKEN=${acme}\nFLORA_API_KEY=${flora}\nSTRIPE_SECRET_KEY=${stripeShapedKey()}\n`,
      );
      const plan = await planWorktree({
        cwd: repo.dir,
        env: process.env,
        paths: [],
        includeIgnored: false,
      });
      const policy = {
        ...loadPolicy({ files: worktreeFiles(plan.root), cwd: repo.dir, decode: true }),
        book,
        engine: new Engine(book.rules),
      };
      const io = {
        stdout: { write: () => true },
        stderr: { write: () => true },
        cwd: repo.dir,
        env: {
          FLORA_BASE_URL: server.url,
          ACME_BASE_URL: acmeServer.url.replace('/api/v1', '/v2'),
        },
      };
      const probe = await probeOptions({}, io, book.rules);
      const { report } = await runPipeline(worktreeSource(plan), { policy, probe });
      expect(report.findings.map((f) => [f.ruleId, f.verification?.status ?? null])).toEqual([
        ['acme-token', 'live'],
        ['flora-live-key', 'inactive'],
        ['stripe-secret-key', null],
      ]);
      expect(acmeServer.requests).toMatchObject([
        { url: '/v2/me', authorization: `Token ${acme}` },
      ]);
      expect(server.requests).toMatchObject([
        { url: '/api/v1/techniques?limit=1', authorization: `Bearer ${flora}` },
      ]);
      await expect(probeOptions({ 'api-base-url': server.url }, io, book.rules)).rejects.toThrow(
        '--api-base-url is ambiguous with live checks for acme and flora',
      );
    } finally {
      await acmeServer.close();
    }
  });
});

describe('the probe, against a hostile or broken answer', () => {
  it('reads an endless answer only up to 64 KiB, and still gives its verdict', async () => {
    const key = floraKey();
    server.set(key, 'endless');
    const before = process.memoryUsage().rss;
    const { verdict } = await probeWith(key);
    expect(verdict).toMatchObject({ status: 'live', httpStatus: 200 });
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('a negative or absurd retry-after still waits at least a second, and never more than 30', async () => {
    const key = floraKey();
    server.set(
      key,
      { status: 429, retryAfter: '-5' },
      { status: 429, retryAfter: '99999999' },
      'live',
    );
    const { verdict, waits } = await probeWith(key);
    expect(verdict.status).toBe('live');
    expect(waits).toEqual([5000, 30000]);
  });

  it('a base URL with a password is refused without being repeated', async () => {
    const result = await runCli(['verify'], {
      cwd: '/',
      env: { FLORA_BASE_URL: 'https://user:hunter2@app.example/api' },
      input: floraKey(),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('refusing an API base URL with credentials');
    expect(result.stderr).not.toContain('hunter2');
  });
});
