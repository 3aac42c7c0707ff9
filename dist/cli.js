// Parses the command line and runs one command. Returns the exit code; never touches `process`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkNumbers } from './cli/numbers.js';
import { closest } from './cli/suggest.js';
import { AUDIT_FLAGS, COMMANDS, HISTORY_FLAGS } from './cli/commands.js';
import { OPTION_HELP, OPTIONS } from './cli/options.js';
import { UsageError, UserError } from './errors.js';
import { FORMAT_NAMES } from './report/formats.js';
import { toolVersion } from './version.js';
const ALWAYS = new Set(['help', 'version', 'debug']);
function optionLine(name) {
    const spec = OPTIONS[name];
    const help = OPTION_HELP[name];
    const left = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${help.arg ? ` ${help.arg}` : ''}`;
    return `  ${left.padEnd(28)}${help.text.replace('{{formats}}', FORMAT_NAMES.join(', '))}`;
}
/** --help, derived from the command and option tables. */
export function helpText() {
    const history = new Set([...HISTORY_FLAGS, ...AUDIT_FLAGS]);
    const general = Object.keys(OPTIONS).filter((n) => !history.has(n));
    return [
        'flora-keyscan — keep FLORA API keys out of git',
        '',
        'Usage:',
        ...Object.values(COMMANDS).map((c) => `  flora-keyscan ${c.usage.padEnd(20)}${c.summary}`),
        '',
        'Options:',
        ...general.map(optionLine),
        '',
        'History options:',
        ...HISTORY_FLAGS.map(optionLine),
        '',
        'Audit options:',
        ...AUDIT_FLAGS.map(optionLine),
        '',
        "Each command's own options and examples: flora-keyscan COMMAND --help",
        'Exit codes: 0 no findings, 1 findings, 2 error (bad input, unreadable content).',
        'A line containing flora-keyscan:allow is never reported.',
    ].join('\n');
}
/** `flora-keyscan COMMAND --help`: its usage, its own options and examples. */
export function commandHelp(name) {
    const command = COMMANDS[name];
    return [
        `flora-keyscan ${command.usage} — ${command.summary}`,
        '',
        'Options:',
        ...[...command.flags, 'debug', 'help'].map((f) => optionLine(f)),
        '',
        'Examples:',
        ...command.examples.map((e) => `  ${e}`),
        '',
        'All commands: flora-keyscan --help',
    ].join('\n');
}
/** Node's message for an unknown option, with the option it probably meant. */
function unknownOption(error) {
    const message = error.message.split('\n')[0].split('. ')[0].replace(/\.$/, '');
    const typed = /'(--?[^']+)'/.exec(message)?.[1];
    const meant = typed?.startsWith('--') ? closest(typed.slice(2), Object.keys(OPTIONS)) : null;
    const suggest = meant !== null && `--${meant}` !== typed?.replace(/ .*$/, '');
    return new UsageError(`${message}${suggest ? `; did you mean --${meant}?` : ''} (see flora-keyscan --help)`);
}
/**
 * The command line as a command, its arguments and flags. A first word that is no command is a path
 * to scan, unless it is a command's name mistyped and no such file exists (`exists` says).
 */
export function parseCommandLine(argv, exists = () => false) {
    let parsed;
    try {
        parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw unknownOption(error);
    }
    const [first, ...rest] = parsed.positionals;
    const command = first !== undefined && Object.hasOwn(COMMANDS, first) ? first : 'scan';
    if (first !== undefined && first !== command && !exists(first)) {
        const meant = closest(first, Object.keys(COMMANDS));
        if (meant)
            throw new UsageError(`"${first}" is not a command, nor a file or folder here; did you mean "${meant}"? (to scan a path of that name: flora-keyscan scan ${first})`);
    }
    const args = command === 'scan' && first !== 'scan' ? parsed.positionals : rest;
    const allowed = new Set([...COMMANDS[command].flags, ...ALWAYS]);
    for (const flag of Object.keys(parsed.values)) {
        if (!allowed.has(flag))
            throw new UsageError(`--${flag} does not apply to "${command}" (see flora-keyscan ${command} --help)`);
    }
    checkNumbers(parsed.values);
    return { command, args, flags: parsed.values };
}
export async function run(argv, io) {
    let debug = argv.includes('--debug');
    try {
        const invocation = parseCommandLine(argv, (path) => existsSync(resolve(io.cwd, path)));
        debug = invocation.flags.debug === true;
        if (invocation.flags.help) {
            const named = argv.some((a) => a === invocation.command);
            io.stdout.write((named ? commandHelp(invocation.command) : helpText()) + '\n');
            return 0;
        }
        if (invocation.flags.version) {
            io.stdout.write(toolVersion() + '\n');
            return 0;
        }
        // `return await` keeps a command's rejection inside this try.
        const runCommand = await COMMANDS[invocation.command].load();
        return await runCommand(invocation, io);
    }
    catch (error) {
        if (error instanceof UserError) {
            io.stderr.write(`flora-keyscan: ${error.message}\n`);
            return 2;
        }
        io.stderr.write(`flora-keyscan: internal error: ${error.message ?? String(error)}\n`);
        if (debug)
            io.stderr.write(`${error.stack ?? ''}\n`);
        else
            io.stderr.write('Run again with --debug for details, and please report it.\n');
        return 2;
    }
}
