// Runs the real, built CLI as a child process.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GIT_ENV } from './repo.js';

export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd: string; env?: Record<string, string | undefined>; input?: string } ): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...GIT_ENV, NO_COLOR: undefined, FORCE_COLOR: undefined, GITHUB_ACTIONS: undefined, FLORA_BASE_URL: undefined, FLORA_API_KEY: undefined, ...options.env };
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

export async function runJson(args: string[], options: Parameters<typeof runCli>[1]) {
  const result = await runCli([...args, '--format', 'json'], options);
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(`not JSON (exit ${result.code}): ${result.stdout}\n${result.stderr}`);
  }
  return { ...result, report };
}
