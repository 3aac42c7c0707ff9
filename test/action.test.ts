// The GitHub Action: action.yml and the example workflows are checked against GitHub's schemas
// (@action-validator/core, the library behind @action-validator/cli), and the action's step,
// action/run.sh, runs here as the runner would run it: GITHUB_* variables pointed at temp files,
// the inputs as INPUT_* variables with action.yml's defaults, the built dist/bin.js beside it.

import { validateAction, validateWorkflow } from '@action-validator/core';
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './helpers/cli.js';
import { startFloraServer } from './helpers/flora-server.js';
import { floraKey } from './helpers/keys.js';
import { GIT_ENV, tempDir, tempRepo, type TempRepo } from './helpers/repo.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ACTION_SOURCE = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yml'));

interface ActionInput {
  default?: string;
}
const ACTION = parse(ACTION_SOURCE) as {
  inputs: Record<string, ActionInput>;
  outputs: Record<string, { value: string }>;
  runs: { steps: { id: string; run: string; env: Record<string, string> }[] };
};

let repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos) r.cleanup();
  repos = [];
});
function repo(): TempRepo {
  const r = tempRepo();
  repos.push(r);
  return r;
}

/** The environment variable the step reads an input from: `fail-on` → INPUT_FAIL_ON. */
const envName = (input: string) => 'INPUT_' + input.toUpperCase().replace(/-/g, '_');

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/**
 * Runs the step as the runner does: in the workspace, every input set (action.yml's default unless
 * given; `since` defaults to empty, as outside a pull request), fresh summary and output files.
 */
function runAction(
  workspace: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  const files = tempDir('fks-gh-');
  const summaryFile = join(files, 'summary.md');
  const outputFile = join(files, 'output');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(ACTION.inputs))
    inputEnv[envName(name)] = inputs[name] ?? (name === 'since' ? '' : (spec.default ?? ''));
  const childEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? files,
    ...GIT_ENV,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION_PATH: ROOT,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    ...inputEnv,
    ...env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(ROOT, 'action/run.sh')], { cwd: workspace, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const outputs: Record<string, string> = {};
      for (const line of readFileSync(outputFile, 'utf8').split('\n').filter(Boolean)) {
        const at = line.indexOf('=');
        outputs[line.slice(0, at)] = line.slice(at + 1);
      }
      const summary = readFileSync(summaryFile, 'utf8');
      resolve({ code: code ?? -1, stdout, stderr, summary, outputs });
    });
  });
}

describe('action.yml and the example workflows', () => {
  it("are valid against GitHub's schemas, and the validator does reject a broken step", () => {
    expect(validateAction(ACTION_SOURCE).errors).toEqual([]);
    for (const file of EXAMPLES)
      expect([
        file,
        validateWorkflow(readFileSync(join(ROOT, 'examples', file), 'utf8')).errors,
      ]).toEqual([file, []]);
    expect(EXAMPLES).toEqual(expect.arrayContaining(['scan.yml', 'history-audit.yml']));
    // The reusable org-audit workflow (shards over a job matrix, then merge).
    const orgAudit = readFileSync(join(ROOT, '.github/workflows/org-audit.yml'), 'utf8');
    expect(validateWorkflow(orgAudit).errors).toEqual([]);
    expect(orgAudit).toContain('audit --repos repos.txt --shard "$SHARD"');
    expect(orgAudit).toContain('merge shard-*.json');
    const noShell = ACTION_SOURCE.replace(/^ *shell: bash\n/m, '');
    expect(noShell).not.toBe(ACTION_SOURCE);
    expect(validateAction(noShell).errors).not.toEqual([]);
  });

  it('pass every input to the step through env (never into the script), and every output from it', () => {
    const [step] = ACTION.runs.steps;
    expect(step!.run).not.toContain('${{');
    for (const name of Object.keys(ACTION.inputs))
      expect(step!.env[envName(name)]).toBe(`\${{ inputs.${name} }}`);
    expect(Object.keys(step!.env)).toHaveLength(Object.keys(ACTION.inputs).length);
    for (const [name, output] of Object.entries(ACTION.outputs))
      expect(output.value).toBe(`\${{ steps.${step!.id}.outputs.${name} }}`);
    expect(Object.keys(ACTION.outputs).sort()).toEqual(['findings', 'live-keys', 'sarif-file']);
  });

  it('examples use only inputs the action has, and read the outputs it sets', () => {
    for (const file of EXAMPLES) {
      const source = readFileSync(join(ROOT, 'examples', file), 'utf8');
      const workflow = parse(source) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      const ours = Object.values(workflow.jobs)
        .flatMap((j) => j.steps)
        .filter((s) => s.uses?.startsWith('flora-ai/flora-keyscan@'));
      expect(ours.length, file).toBeGreaterThan(0);
      for (const step of ours)
        for (const input of Object.keys(step.with ?? {}))
          expect(ACTION.inputs).toHaveProperty([input]);
      expect(source).toContain('outputs.sarif-file');
    }
  });
});

describe('the action, run locally', () => {
  it('with a key: exit 1, the job summary, outputs counting distinct keys, and the SARIF report', async () => {
    const r = repo();
    const key = floraKey();
    r.commit({ 'app.ts': 'ok\n' });
    r.write('.env', `FLORA_API_KEY=${key}\n`);
    r.write('config/dev.env', `FLORA_API_KEY=${key}\n`);
    const run = await runAction(r.dir);
    expect(run.code).toBe(1);
    expect(run.summary).toMatch(/^### flora-keyscan: 1 key found\n/);
    expect(run.outputs).toEqual({
      findings: '1',
      'live-keys': '0',
      'sarif-file': 'flora-keyscan.sarif',
    });
    const sarif = JSON.parse(readFileSync(join(r.dir, 'flora-keyscan.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(2);
    expect(run.stderr).toContain('flora-keyscan: 1 key in 2 places');
    expect(run.stdout).toContain(
      `flora-keyscan ${VERSION}: scan --fail-on=any --format=sarif --output=flora-keyscan.sarif\n`,
    );
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(sarif)])
      expect(text).not.toContain(key.slice(8));
  });

  it('without a key: exit 0, "no keys" in the summary, findings=0, an empty SARIF report', async () => {
    const r = repo();
    r.commit({ 'app.ts': 'const key = process.env.FLORA_API_KEY;\n' });
    const run = await runAction(r.dir);
    expect(run.code).toBe(0);
    expect(run.summary).toContain('### flora-keyscan: no keys found');
    expect(run.outputs).toEqual({
      findings: '0',
      'live-keys': '0',
      'sarif-file': 'flora-keyscan.sarif',
    });
    expect(
      JSON.parse(readFileSync(join(r.dir, 'flora-keyscan.sarif'), 'utf8')).runs[0].results,
    ).toEqual([]);
  });

  it('with sarif empty: annotations in the log, no report file, no sarif-file output', async () => {
    const r = repo();
    r.write('.env', `FLORA_API_KEY=${floraKey()}\n`);
    const run = await runAction(r.dir, { sarif: '' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error file=\.env,line=1/m);
    expect(run.outputs).toEqual({ findings: '1', 'live-keys': '0' });
    expect(existsSync(join(r.dir, 'flora-keyscan.sarif'))).toBe(false);
  });

  it("history: since scans the pull request's commits (a key added and removed again), empty the whole history", async () => {
    const r = repo();
    r.commit({ 'old.env': `FLORA_API_KEY=${floraKey()}\n` }, 'an old leak');
    r.commit({ 'old.env': 'FLORA_API_KEY=\n' }, 'removed');
    r.git('checkout', '-q', '-b', 'feature');
    r.commit({ 'new.env': `FLORA_API_KEY=${floraKey()}\n` }, 'a new leak');
    r.commit({ 'new.env': 'FLORA_API_KEY=\n' }, 'removed again');

    const pullRequest = await runAction(r.dir, { mode: 'history', since: 'main' });
    expect(pullRequest.code).toBe(1);
    expect(pullRequest.outputs.findings).toBe('1');
    expect(pullRequest.summary).toContain('commits since main');
    const whole = await runAction(r.dir, { mode: 'history' });
    expect([whole.code, whole.outputs.findings]).toEqual([1, '2']);
    const files = await runAction(r.dir, { mode: 'scan', since: 'main' });
    expect([files.code, files.outputs.findings]).toEqual([0, '0']);
  });

  it('history: a base the clone lacks is refused with the fetch-depth advice', async () => {
    const r = repo();
    r.commit({ 'a.ts': 'ok\n' });
    const run = await runAction(r.dir, { mode: 'history', since: 'origin/main' });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      '::error title=flora-keyscan::since: origin/main is not a commit in this clone',
    );
    expect(run.stdout).toContain('fetch-depth: 0');
    expect(run.outputs).toEqual({});
  });

  it('verify and fail-on live: live-keys counts keys FLORA confirms, only those fail the step', async () => {
    const server = await startFloraServer();
    try {
      const r = repo();
      const live = floraKey();
      server.set(live, 'live'); // any other key gets 401: inactive
      r.write('.env', `FLORA_API_KEY=${floraKey()}\n`);
      const env = { FLORA_BASE_URL: server.url };
      const revokedOnly = await runAction(r.dir, { verify: 'true', 'fail-on': 'live' }, env);
      expect([
        revokedOnly.code,
        revokedOnly.outputs.findings,
        revokedOnly.outputs['live-keys'],
      ]).toEqual([0, '1', '0']);
      r.write('config.env', `FLORA_API_KEY=${live}\n`);
      const withLive = await runAction(r.dir, { verify: 'true', 'fail-on': 'live' }, env);
      expect([withLive.code, withLive.outputs.findings, withLive.outputs['live-keys']]).toEqual([
        1,
        '2',
        '1',
      ]);
      expect(withLive.summary).toContain('| live |');
    } finally {
      await server.close();
    }
  });

  it('args are split on whitespace and passed as they are: never globbed, evaluated or run', async () => {
    const r = repo();
    const encoded = Buffer.from(`FLORA_API_KEY=${floraKey()}\n`).toString('base64');
    r.commit({ '.gitignore': 'local/\n', 'encoded.txt': `${encoded}\n` });
    r.write('local/secrets.env', `FLORA_API_KEY=${floraKey()}\n`);
    const plain = await runAction(r.dir);
    expect(plain.summary).toContain('encoded.txt');
    expect(plain.summary).not.toContain('local/secrets.env');
    const both = await runAction(r.dir, { args: '  --include-ignored \n\t--no-decode ' });
    expect([both.code, both.outputs.findings]).toEqual([1, '1']);
    expect(both.summary).toContain('local/secrets.env');
    expect(both.summary).not.toContain('encoded.txt');

    const hostile = await runAction(r.dir, { args: '$(touch pwned) `touch pwned2` *' });
    expect(hostile.code).toBe(2);
    expect(hostile.stdout).toContain(
      `flora-keyscan ${VERSION}: scan --fail-on=any --format=sarif --output=flora-keyscan.sarif $(touch pwned) \`touch pwned2\` *\n`,
    );
    expect(hostile.stderr).toContain('no such file or directory');
    expect(existsSync(join(r.dir, 'pwned'))).toBe(false);
    expect(existsSync(join(r.dir, 'pwned2'))).toBe(false);
  });

  it('refuses in words: an unknown mode, an option as since, a sarif path that would break the outputs, verify not a boolean', async () => {
    const r = repo();
    r.commit({ 'a.ts': 'ok\n' });
    const cases: [Record<string, string>, string][] = [
      [{ mode: 'audit' }, 'mode must be scan or history (got "audit")'],
      [
        { mode: 'history', since: '--output=/tmp/x' },
        'since must name a revision, not an option (got "--output=/tmp/x")',
      ],
      [{ sarif: 'a.sarif\nfindings=0' }, 'sarif: a path with a line break cannot be a step output'],
      [{ verify: 'yes' }, 'verify must be true or false (got "yes")'],
    ];
    for (const [inputs, message] of cases) {
      const run = await runAction(r.dir, inputs);
      expect([run.code, run.stdout]).toEqual([2, `::error title=flora-keyscan::${message}\n`]);
      expect(run.outputs).toEqual({});
    }
  });

  it('a dist/ that cannot load (a package it lacks) is exit 2 in words, never exit 1 ("keys found")', async () => {
    const r = repo();
    r.write('.env', `FLORA_API_KEY=${floraKey()}\n`);
    const action = tempDir('fks-action-');
    mkdirSync(join(action, 'dist'));
    writeFileSync(join(action, 'dist/bin.js'), "require('flora-keyscan-no-such-package');\n");
    const run = await runAction(r.dir, {}, { GITHUB_ACTION_PATH: action });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(
      `::error title=flora-keyscan::flora-keyscan cannot start from ${action}/dist/bin.js`,
    );
    expect(run.stdout).toContain("Cannot find module 'flora-keyscan-no-such-package'");
    expect(run.outputs).toEqual({});
  });

  it('runs from a checkout of the action, which has no node_modules', async () => {
    // What a runner has: the repository's files at the action's ref (with the committed dist/),
    // nothing installed: the CLI bundle carries its dependencies.
    const checkout = tempDir('fks-checkout-');
    const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
    for (const file of tracked.split('\0').filter(Boolean))
      if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(checkout, file));
    cpSync(join(ROOT, 'dist'), join(checkout, 'dist'), { recursive: true });
    expect(existsSync(join(checkout, 'node_modules'))).toBe(false);
    const r = repo();
    r.write('.env', `FLORA_API_KEY=${floraKey()}\n`);
    const run = await runAction(r.dir, {}, { GITHUB_ACTION_PATH: checkout });
    expect([run.code, run.outputs.findings]).toEqual([1, '1']);
    expect(existsSync(join(r.dir, 'flora-keyscan.sarif'))).toBe(true);
  });

  it("an error of flora-keyscan's own is exit 2, and an earlier step's SARIF file is not taken for this run's", async () => {
    const r = repo();
    r.write('.env', `FLORA_API_KEY=${floraKey()}\n`);
    r.write('flora-keyscan.sarif', '{"left": "by an earlier step"}\n');
    const run = await runAction(r.dir, { 'fail-on': 'live' }); // without verify: refused
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fail-on live needs --verify');
    expect(run.outputs).toEqual({});
    expect(readFileSync(join(r.dir, 'flora-keyscan.sarif'), 'utf8')).toContain('earlier step');
  });

  it('says Node.js 20 is needed when the runner has an older one', async () => {
    const r = repo();
    const bin = tempDir('fks-node-');
    writeFileSync(join(bin, 'node'), '#!/bin/sh\necho v18.19.0\n');
    chmodSync(join(bin, 'node'), 0o755);
    const run = await runAction(r.dir, {}, { PATH: bin + delimiter + process.env.PATH });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Node.js v18.19.0 is too old: flora-keyscan needs 20 or later');
  });
});

describe('step outputs from the CLI', () => {
  it('an output file it cannot write is said, and does not change the exit code', async () => {
    const r = repo();
    r.write('.env', `FLORA_API_KEY=${floraKey()}\n`);
    const result = await runCli(['--format', 'json'], {
      cwd: r.dir,
      env: { GITHUB_OUTPUT: tempDir() }, // a folder: appending fails
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^flora-keyscan: cannot write the step outputs: /m);
  });
});
