// Runs the CLI: in-process through run(argv, io) with buffers for streams (most tests), or as the
// real built bin in a child process (the few end-to-end tests: packaging, hooks, signals).

import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli.js';
import { GIT_ENV } from './repo.js';

export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  input?: string;
  /** Pretend stderr is a terminal (progress lines). */
  tty?: boolean;
  /** Pretend stdout is a terminal (colour). */
  stdoutTty?: boolean;
}

/** The environment a test run sees: this machine's, without git config or CI settings leaking in. */
function testEnv(
  extra: Record<string, string | undefined> = {},
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    ...GIT_ENV,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    GITHUB_ACTIONS: undefined,
    GITHUB_STEP_SUMMARY: undefined,
    GITHUB_OUTPUT: undefined,
    TERM: undefined,
    FLORA_BASE_URL: undefined,
    FLORA_API_KEY: undefined,
    ...extra,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return env;
}

/** The CLI in this process, as `bin.js` would run it. */
export async function runCli(args: string[], options: CliOptions): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.stdoutTty === true },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.tty === true },
    env: testEnv(options.env),
    cwd: options.cwd,
    stdin: Readable.from(options.input === undefined ? [] : [Buffer.from(options.input)]),
  });
  return { code, stdout, stderr };
}

/** The built CLI as a child process. */
export function spawnCli(args: string[], options: CliOptions): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env: testEnv(options.env) as NodeJS.ProcessEnv,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export async function runJson(args: string[], options: CliOptions) {
  const result = await runCli([...args, '--format', 'json'], options);
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout}\n${result.stderr}`);
  }
  return { ...result, report };
}
