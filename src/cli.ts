// Parses the command line and runs one command. Returns the exit code; never touches `process`.

import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import { UsageError, UserError } from './errors.js';
import { HELP } from './messages.js';
import { toolVersion } from './version.js';

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  cwd: string;
  stdin?: Readable;
  /** Aborted on Ctrl-C: long work stops and reports what it has. */
  signal?: AbortSignal;
  /** How this CLI was started (node and script), for hooks that must run it again. */
  self?: { node: string; script: string };
}

export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  config: { type: 'string' },
  'include-ignored': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'no-decode': { type: 'boolean' },
  verify: { type: 'boolean' },
  'api-base-url': { type: 'string' },
  'fail-on': { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'all-objects': { type: 'boolean' },
  since: { type: 'string' },
  threads: { type: 'string' },
  'write-purge': { type: 'string' },
  'only-live': { type: 'boolean' },
  'verify-clean': { type: 'boolean' },
  hook: { type: 'string' },
  'report-unused-ignores': { type: 'boolean' },
} as const;

export type Flags = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

const REPORT_FLAGS = ['format', 'output', 'no-color', 'quiet', 'config', 'max-file-size', 'no-decode', 'verify', 'api-base-url', 'fail-on', 'concurrency', 'timeout', 'report-unused-ignores'];
type Runner = (invocation: Invocation, io: Io) => Promise<number>;

/**
 * Every command: the flags it accepts beyond --help, --version and --debug, and how to load it.
 * Commands are loaded only when asked for, so the hook path loads only what it needs.
 */
const COMMANDS: Record<string, { flags: string[]; load: () => Promise<Runner> }> = {
  scan: { flags: [...REPORT_FLAGS, 'include-ignored'], load: async () => (await import('./commands/scan.js')).runScan },
  staged: { flags: REPORT_FLAGS, load: async () => (await import('./commands/scan.js')).runScan },
  history: { flags: [...REPORT_FLAGS, 'all-objects', 'since', 'threads', 'write-purge', 'only-live', 'verify-clean'], load: async () => (await import('./commands/history.js')).runHistory },
  verify: { flags: ['api-base-url', 'timeout', 'format', 'no-color'], load: async () => (await import('./commands/verify.js')).runVerify },
  install: { flags: ['hook'], load: async () => (await import('./commands/install.js')).runInstall },
  uninstall: { flags: ['hook'], load: async () => (await import('./commands/install.js')).runInstall },
  baseline: { flags: ['config', 'max-file-size', 'no-decode', 'include-ignored'], load: async () => (await import('./commands/baseline.js')).runBaseline },
  'pre-push': { flags: REPORT_FLAGS, load: async () => (await import('./commands/history.js')).runPrePush },
  rules: { flags: ['config', 'no-color'], load: async () => (await import('./commands/rules.js')).runRules },
};
const ALWAYS = new Set(['help', 'version', 'debug']);

export interface Invocation {
  command: string;
  args: string[];
  flags: Flags;
}

export function parseCommandLine(argv: string[]): Invocation {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages are clear ("Unknown option '--x'") but long; keep the first sentence.
    throw new UsageError(`${(error as Error).message.split('. ')[0]!.replace(/\.$/, '')} (see flora-keyscan --help)`);
  }
  const [first, ...rest] = parsed.positionals;
  const command = first !== undefined && first in COMMANDS ? first : 'scan';
  const args = command === 'scan' && first !== 'scan' ? parsed.positionals : rest;
  const allowed = new Set([...COMMANDS[command]!.flags, ...ALWAYS]);
  for (const flag of Object.keys(parsed.values)) {
    if (!allowed.has(flag)) throw new UsageError(`--${flag} does not apply to "${command}" (see flora-keyscan --help)`);
  }
  return { command, args, flags: parsed.values };
}

export async function run(argv: string[], io: Io): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const invocation = parseCommandLine(argv);
    debug = invocation.flags.debug === true;
    if (invocation.flags.help) {
      io.stdout.write(HELP + '\n');
      return 0;
    }
    if (invocation.flags.version) {
      io.stdout.write(toolVersion() + '\n');
      return 0;
    }
    // `return await` keeps a command's rejection inside this try.
    const runCommand = await COMMANDS[invocation.command]!.load();
    return await runCommand(invocation, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`flora-keyscan: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(`flora-keyscan: internal error: ${(error as Error).message ?? String(error)}\n`);
    if (debug) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    else io.stderr.write('Run again with --debug for details, and please report it.\n');
    return 2;
  }
}
