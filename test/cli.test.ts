import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, runCli, runJson } from './helpers/cli.js';
import { floraKey } from './helpers/keys.js';
import { tempDir, tempRepo, type TempRepo } from './helpers/repo.js';
import { sha256Hex } from '../src/scan/secret.js';

let repo: TempRepo;
afterEach(() => repo?.cleanup());

const version = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

describe('command line', () => {
  it('is built as an executable script, as npx in a fresh clone runs it by path', () => {
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    expect(execFileSync(BIN, ['--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("reports link to package.json's homepage, the page that exists", async () => {
    const { PROJECT_URL } = await import('../src/messages.js');
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(PROJECT_URL).toBe(pkg.homepage);
    expect(pkg.repository.url).toContain(new URL(PROJECT_URL).pathname.replace(/\/$/, ''));
  });

  it('--help and --version', async () => {
    const help = await runCli(['--help'], { cwd: tempDir() });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage:');
    expect(help.stdout).toContain('Exit codes: 0 no findings, 1 findings, 2 error');
    const v = await runCli(['--version'], { cwd: tempDir() });
    expect(v.stdout.trim()).toBe(version);
  });

  it.each([
    [['--frobnicate'], "Unknown option '--frobnicate'"],
    [['--format', 'xml'], '--format must be one of text, json, sarif, github'],
    [['/no/such/path'], 'no such file or directory: /no/such/path'],
    [['staged', '--include-ignored'], '--include-ignored does not apply to "staged"'],
    [['--max-file-size', 'lots'], '--max-file-size: "lots" is not a size'],
    [['--fail-on', 'sometimes'], '--fail-on must be "any" or "live"'],
    [['--config', 'missing.json'], 'config file not found:'],
  ])('%j is a one-line error with exit 2 and no stack trace', async (args, message) => {
    const result = await runCli(args, { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a config with an unknown key names the key', async () => {
    repo = tempRepo();
    repo.write('flora-keyscan.config.json', JSON.stringify({ exclud: ['x'] }));
    const result = await runCli([], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown key "exclud"');
  });

  it('config: exclude, allowlist and extra rules apply', async () => {
    repo = tempRepo();
    const allowed = 'sk_' + 'test_' + 'AllowedFixtureQ8d7Fh2kLm9Zx';
    repo.write(
      'flora-keyscan.config.json',
      JSON.stringify({
        exclude: ['fixtures/**'],
        allowlist: ['AllowedFixture'],
        rules: [
          {
            id: 'acme-token',
            description: 'ACME token',
            provider: 'acme',
            severity: 'medium',
            keywords: ['acme_'],
            pattern: '(?<secret>acme_[A-Za-z0-9]{20,})',
            minEntropy: 3,
            examples: ['acme_{{random:24}}'],
          },
        ],
      }),
    );
    repo.write('fixtures/keys.txt', floraKey());
    repo.write('app.ts', `a = "${allowed}"\nb = "acme_${'Q8d7Fh2kLm9ZxPqR4tW1vB6n'}"\n`);
    const { report } = await runJson([], { cwd: repo.dir });
    expect(
      report.findings.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line]),
    ).toEqual([['acme-token', 2]]);
    // The allowlist is counted as such, not as an inline allow (it used to be).
    expect(report.stats.suppressed).toBe(0);
    expect(report.stats.suppressedBy).toMatchObject({ allowlist: 1, 'config-exclude': 1 });
    expect(report.suppressed).toMatchObject([
      { suppressedBy: 'allowlist', path: 'app.ts', line: 1 },
    ]);
  });

  it('JSON report follows the contract and never holds the full secret', async () => {
    repo = tempRepo();
    const key = floraKey();
    repo.commit({ 'src/app.ts': `\nconst flora = new Flora({ apiKey: "${key}" });\n` });
    const { code, stdout, stderr, report } = await runJson([], { cwd: repo.dir });
    expect(code).toBe(1);
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'flora-keyscan', version },
      mode: 'worktree',
    });
    expect(report.findings).toEqual([
      {
        ruleId: 'flora-live-key',
        provider: 'flora',
        severity: 'critical',
        environment: 'live',
        secretSha256: sha256Hex(key),
        redacted: `${key.slice(0, 10)}…${key.slice(-2)}`,
        path: 'src/app.ts',
        line: 2,
        column: 36,
        commit: null,
        entropy: expect.any(Number),
        exposure: 'committed',
        committedIn: repo.git('rev-parse', 'HEAD').trim(),
        providerEvidence: { kind: 'line', detail: "'Flora' on the same line" },
        verification: null,
      },
    ]);
    expect(report.stats).toMatchObject({
      filesScanned: 1,
      findings: 1,
      uniqueSecrets: 1,
      suppressed: 0,
      skipped: [],
      unreadable: [],
    });
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const out = await runCli(['--format', format], { cwd: repo.dir });
      expect(out.stdout + out.stderr).not.toContain(key.slice(8));
    }
    expect(stdout + stderr).not.toContain(key);
  });

  it('--output writes the report to a file; --quiet prints nothing when clean', async () => {
    repo = tempRepo();
    repo.write('a.ts', floraKey());
    const out = join(repo.dir, 'report.json');
    const result = await runCli(['--format', 'json', '--output', out, 'a.ts'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).findings).toHaveLength(1);
    const clean = tempRepo();
    clean.write('b.ts', 'nothing\n');
    const quiet = await runCli(['--quiet'], { cwd: clean.dir });
    expect([quiet.code, quiet.stdout]).toEqual([0, '']);
    clean.cleanup();
  });

  it('colour only when asked: FORCE_COLOR on, NO_COLOR and --no-color off, none in a pipe', async () => {
    repo = tempRepo();
    repo.write('a.ts', floraKey());
    const esc = '\u001b[';
    expect((await runCli([], { cwd: repo.dir })).stdout).not.toContain(esc);
    expect((await runCli([], { cwd: repo.dir, env: { FORCE_COLOR: '1' } })).stdout).toContain(esc);
    expect(
      (await runCli(['--no-color'], { cwd: repo.dir, env: { FORCE_COLOR: '1' } })).stdout,
    ).not.toContain(esc);
    expect(
      (await runCli([], { cwd: repo.dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout,
    ).not.toContain(esc);
  });

  it('text report groups occurrences by secret with path:line:column and a next step', async () => {
    repo = tempRepo();
    const key = floraKey();
    repo.write('a.ts', `x\n  "${key}"\n`);
    repo.write('b.env', `FLORA_API_KEY=${key}\n`);
    const { stdout } = await runCli([], { cwd: repo.dir });
    expect(stdout).toContain('1 secret found in 2 places');
    expect(stdout).toMatch(/a\.ts:2:4\n\s+b\.env:1:15\n/);
    // Never committed: remove it (and keep the settings file out of git); nothing to revoke.
    expect(stdout).toContain('1. Remove it from the files:');
    expect(stdout).toContain('1. Keep settings files out of git: Add b.env to .gitignore');
    expect(stdout).not.toContain('Revoke');
  });
});

describe('help, typos and CI logs', () => {
  it('COMMAND --help shows that command: its usage, only its options, and examples', async () => {
    const help = await runCli(['history', '--help'], { cwd: tempDir() });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^flora-keyscan history \[PATH\] — /);
    expect(help.stdout).toContain('--since');
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).not.toContain('--hook');
    const general = await runCli(['--help'], { cwd: tempDir() });
    expect(general.stdout).toContain('flora-keyscan COMMAND --help');
  });

  it.each([
    [['histroy'], '"histroy" is not a command, nor a file or folder here; did you mean "history"?'],
    [['stagd'], 'did you mean "staged"?'],
    [['--verfy'], "Unknown option '--verfy'; did you mean --verify?"],
    [['--max-file-size', '-1'], "Option '--max-file-size' argument is ambiguous (see"],
    [['history', '--hook', 'pre-push'], '(see flora-keyscan history --help)'],
    [['--timeout', '5s', '--verify'], '--timeout must be a whole number from 1 to 600 (got "5s")'],
    [['history', '--threads', '0'], '--threads must be a whole number from 1 to 64'],
    [['--output', 'no/such/folder/r.json'], 'the folder'],
  ])('%j fails at once, in one line that says what was meant', async (args, message) => {
    const result = await runCli(args, { cwd: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a file named like a mistyped command is scanned, not refused', async () => {
    repo = tempRepo();
    repo.write('histroy', `FLORA_API_KEY=${floraKey()}\n`);
    const result = await runCli(['histroy'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('histroy:1:');
  });

  it('TERM=dumb turns colour off on a terminal; a colour terminal gets it', async () => {
    repo = tempRepo();
    repo.write('a.ts', floraKey());
    const esc = '\u001b[';
    const tty = await runCli([], { cwd: repo.dir, stdoutTty: true, env: { TERM: 'xterm' } });
    expect(tty.stdout).toContain(esc);
    const dumb = await runCli([], { cwd: repo.dir, stdoutTty: true, env: { TERM: 'dumb' } });
    expect(dumb.stdout).not.toContain(esc);
  });

  it('a report to a file leaves one summary line in the log; quiet and clean leaves none', async () => {
    repo = tempRepo();
    repo.write('a.ts', `const flora = new Flora({ apiKey: "${floraKey()}" });\n`);
    const out = join(repo.dir, 'keys.sarif');
    const result = await runCli(['--format', 'sarif', '--output', out], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `flora-keyscan: 1 key in 1 place in the working tree of ${repo.dir}; exit 1: keys found. Report: ${out}\n`,
    );
    const clean = tempRepo();
    clean.write('b.ts', 'nothing\n');
    const quiet = await runCli(['--format', 'json', '--quiet'], { cwd: clean.dir });
    expect([quiet.code, quiet.stderr]).toEqual([0, '']);
    clean.cleanup();
  });

  it('under GitHub Actions the job summary gets a table no file name can break', async () => {
    repo = tempRepo();
    const hostile = '[a|b](https:evil.example)<img src=x>`c`.env';
    repo.write(hostile, `FLORA_API_KEY=${floraKey()}\n`);
    const summary = join(tempDir(), 'summary.md');
    writeFileSync(summary, '# earlier step\n');
    const result = await runCli(['--format', 'sarif'], {
      cwd: repo.dir,
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(result.code).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# earlier step\n### flora-keyscan: 1 key found')).toBe(true);
    const row = text.split('\n').find((l) => l.includes('evil.example'))!;
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7); // five cells, nothing more
    // In a code span longer than any backtick run inside: no link, image, HTML or autolink.
    expect(row).toContain('| `` [a\\|b](https:evil.example)<img src=x>`c`.env:1:15 `` |');
    expect(text).toContain('**Next steps**');
  });
});

describe('library', () => {
  it("the README's example runs as written", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = /## Library[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)![1]!;
    const dir = tempDir();
    writeFileSync(join(dir, 'a.ts'), `const flora = new Flora({ apiKey: "${floraKey()}" });\n`);
    const script = join(dir, 'example.mjs');
    writeFileSync(
      script,
      `const text = 'nothing here'; const cwd = ${JSON.stringify(dir)};\n` +
        example.replace(
          "from 'flora-keyscan'",
          `from ${JSON.stringify(join(process.cwd(), 'dist/index.js'))}`,
        ),
    );
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8', cwd: dir });
    expect(out).toContain('1 secret found');
    expect(out).toContain('a.ts:1:');
  });

  it('exposes the engine, rules, pipeline and reporters the CLI uses', async () => {
    const lib = await import('../dist/index.js');
    const engine = new lib.Engine(lib.loadRules());
    const key = floraKey();
    const { findings } = engine.scan(Buffer.from(`FLORA_API_KEY=${key}\n`), {
      kind: 'file',
      path: '.env',
    });
    expect(findings).toMatchObject([
      { ruleId: 'flora-live-key', line: 1, column: 15, secretSha256: sha256Hex(key) },
    ]);
    repo = tempRepo();
    repo.write('.env', `FLORA_API_KEY=${key}\n`);
    const plan = await lib.planWorktree({
      cwd: repo.dir,
      env: process.env,
      paths: [],
      includeIgnored: false,
    });
    const { report } = await lib.runPipeline(lib.worktreeSource(plan), {
      policy: lib.loadPolicy({ files: lib.worktreeFiles(plan.root), cwd: repo.dir, decode: true }),
    });
    expect(
      JSON.parse((await lib.FORMATS.json.report())(report, { color: false })).findings[0].redacted,
    ).toBe(findings[0]!.redacted);
    for (const name of lib.FORMAT_NAMES)
      expect((await lib.FORMATS[name].report())(report, { color: false })).not.toContain(
        key.slice(8),
      );
    expect(JSON.stringify(report)).not.toContain(key);
  });
});
