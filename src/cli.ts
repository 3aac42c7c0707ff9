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
  'write-purge': { type: 'string' },
  'only-live': { type: 'boolean' },
  'verify-clean': { type: 'boolean' },
  hook: { type: 'string' },
  'report-unused-ignores': { type: 'boolean' },
} as const;

export type Flags = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>['values'];

const REPORT_FLAGS = ['format', 'output', 'no-color', 'quiet', 'config', 'max-file-size', 'no-decode', 'verify', 'api-base-url', 'fail-on', 'concurrency', 'timeout', 'report-unused-ignores'];
/** Which flags each command accepts beyond --help, --version and --debug. */
const COMMAND_FLAGS: Record<string, string[]> = {
  scan: [...REPORT_FLAGS, 'include-ignored'],
  staged: REPORT_FLAGS,
  history: [...REPORT_FLAGS, 'all-objects', 'since', 'write-purge', 'only-live', 'verify-clean'],
  verify: ['api-base-url', 'timeout', 'format', 'no-color'],
  install: ['hook'],
  uninstall: ['hook'],
  baseline: ['config', 'max-file-size', 'no-decode', 'include-ignored'],
  'pre-push': [...REPORT_FLAGS],
  rules: ['config', 'no-color'],
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
  const command = first !== undefined && first in COMMAND_FLAGS ? first : 'scan';
  const args = command === 'scan' && first !== 'scan' ? parsed.positionals : rest;
  const allowed = new Set([...COMMAND_FLAGS[command]!, ...ALWAYS]);
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
    // Each command is loaded only when asked for, so the hook path loads only what it needs.
    // `return await` keeps a command's rejection inside this try.
    switch (invocation.command) {
      case 'scan':
      case 'staged':
        return await (await import('./commands/scan.js')).runScan(invocation, io);
      case 'history':
        return await (await import('./commands/history.js')).runHistory(invocation, io);
      case 'verify':
        return await (await import('./commands/verify.js')).runVerify(invocation, io);
      case 'baseline':
        return await (await import('./commands/baseline.js')).runBaseline(invocation, io);
      case 'install':
      case 'uninstall':
        return await (await import('./commands/install.js')).runInstall(invocation, io);
      case 'pre-push':
        return await (await import('./commands/history.js')).runPrePush(invocation, io);
      case 'rules':
        return await (await import('./commands/rules.js')).runRules(invocation, io);
      default:
        throw new UsageError(`unknown command "${invocation.command}"`);
    }
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
