// `flora-keyscan install [--hook pre-commit|pre-push]` and `uninstall`: put the scan into the hook git
// actually runs. With husky active (core.hooksPath at .husky/_ or .husky) the scan goes first in
// husky's hook file, so nothing later in it (an `exit 0`) can skip it; otherwise in the hooks folder
// git uses, with an existing hook kept and chained. Everything added sits between two marker lines,
// and uninstall removes exactly those lines. The hook finds flora-keyscan when it runs (the
// project's node_modules/.bin, then PATH) and refuses the commit, saying why, when it cannot.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { requireWorkTree } from '../git.js';
export const BEGIN = '# >>> flora-keyscan >>>';
const END = '# <<< flora-keyscan <<<';
const CHAINED_SUFFIX = '.flora-keyscan-chained';
export const HOOKS = ['pre-commit', 'pre-push'];
const LOCAL_BIN = './node_modules/.bin/flora-keyscan';
/** Finds flora-keyscan when the hook runs; refuses the commit or push when it is not there. */
function resolveLines(hook) {
    const action = hook === 'pre-commit' ? 'commit' : 'push';
    return [
        `  if [ -x ${LOCAL_BIN} ]; then flora_keyscan=${LOCAL_BIN}`,
        '  elif command -v flora-keyscan >/dev/null 2>&1; then flora_keyscan=flora-keyscan',
        '  else',
        `    echo "flora-keyscan: the ${hook} hook cannot find flora-keyscan (not in node_modules/.bin, not on PATH)." >&2`,
        `    echo "Install it (npm install --save-dev flora-keyscan), or skip the check once: FLORA_KEYSCAN=0 git ${action} ..." >&2`,
        '    exit 1',
        '  fi',
    ];
}
/** The lines that run the check; FLORA_KEYSCAN=0 skips it once. `chain`: run the earlier hook after it. */
function block(hook, chain) {
    const lines = [
        BEGIN,
        '# Added by flora-keyscan install; flora-keyscan uninstall removes it. FLORA_KEYSCAN=0 skips it once.',
    ];
    // pre-push reads the refs being pushed on stdin: kept, and given back to whatever runs after.
    if (hook === 'pre-push')
        lines.push('flora_keyscan_input=$(cat)');
    lines.push('if [ "${FLORA_KEYSCAN:-1}" != "0" ]; then', ...resolveLines(hook));
    if (hook === 'pre-commit')
        lines.push('  "$flora_keyscan" staged --quiet || exit $?');
    else
        lines.push('  printf \'%s\\n\' "$flora_keyscan_input" | "$flora_keyscan" pre-push --quiet "$@" || exit $?');
    lines.push('fi');
    const chained = `"$(dirname "$0")/${hook}${CHAINED_SUFFIX}"`;
    if (chain && hook === 'pre-commit')
        lines.push(`if [ -x ${chained} ]; then exec ${chained} "$@"; fi`);
    if (chain && hook === 'pre-push')
        lines.push(`if [ -x ${chained} ]; then printf '%s\\n' "$flora_keyscan_input" | ${chained} "$@"; exit $?; fi`);
    if (!chain && hook === 'pre-push')
        lines.push('exec <<FLORA_KEYSCAN_INPUT', '$flora_keyscan_input', 'FLORA_KEYSCAN_INPUT');
    return [...lines, END].join('\n');
}
function withoutBlock(text) {
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    if (start === -1 || end === -1)
        return text;
    return text.slice(0, start) + text.slice(end + END.length).replace(/^\n/, '');
}
/** Nothing but a shebang and blank lines. */
const trivial = (text) => text.replace(/^#!.*$/m, '').trim() === '';
/** Where git looks for hooks, and whether that is husky's folder. */
export async function hookFolder(git) {
    const hooksPath = (await git.raw(['config', '--get', 'core.hooksPath'])).stdout
        .toString('utf8')
        .trim();
    const dir = resolve(git.dir, await git.text(['rev-parse', '--git-path', 'hooks']));
    const husky = join(git.dir, '.husky');
    if (!existsSync(husky))
        return { dir, husky: false };
    const active = hooksPath !== '' &&
        [join(husky, '_'), husky].includes(resolve(git.dir, hooksPath).replace(/\/$/, ''));
    if (active)
        return { dir: husky, husky: true };
    return {
        dir,
        husky: false,
        note: `.husky/ is here, but git does not run it (core.hooksPath is ${hooksPath || 'not set'}): the hook goes where git looks, ${relative(git.dir, dir) || dir}.`,
    };
}
/** The flora-keyscan the hook will run, resolved as the hook does: the project's, then PATH's. */
export function hookCli(root, env) {
    if (existsSync(join(root, LOCAL_BIN)))
        return join(root, LOCAL_BIN);
    const found = (env.PATH ?? '')
        .split(delimiter)
        .find((d) => d && existsSync(join(d, 'flora-keyscan')));
    return found ? join(found, 'flora-keyscan') : null;
}
/** Which flora-keyscan the hook will run, for the message install prints. */
function whichCli(root, env) {
    const cli = hookCli(root, env);
    if (cli?.startsWith(root))
        return `it runs ${LOCAL_BIN}`;
    if (cli)
        return `it runs flora-keyscan from your PATH (${cli})`;
    return 'warning: flora-keyscan is not in node_modules/.bin nor on PATH, so the hook will refuse commits until it is: npm install --save-dev flora-keyscan';
}
function installHusky(file, hook) {
    const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (before.includes(BEGIN))
        return 'already';
    // First in the file, after its shebang: a later `exit 0` cannot skip the scan.
    const shebang = /^#!.*\n/.exec(before)?.[0] ?? '';
    writeFileSync(file, `${shebang}${block(hook, false)}\n${before.slice(shebang.length)}`);
    chmodSync(file, 0o755);
    return 'added';
}
function installPlain(file, hook) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current?.includes(BEGIN))
        return 'already';
    mkdirSync(resolve(file, '..'), { recursive: true });
    if (current !== null)
        renameSync(file, file + CHAINED_SUFFIX);
    writeFileSync(file, `#!/bin/sh\n${block(hook, true)}\n`);
    chmodSync(file, 0o755);
    return current !== null ? 'chained' : 'added';
}
/** Removes exactly the lines install added; the file goes only if nothing else is left in it. */
function uninstall(file, husky) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (!current.includes(BEGIN))
        return 'absent';
    const rest = withoutBlock(current);
    const chained = file + CHAINED_SUFFIX;
    if (!trivial(rest)) {
        writeFileSync(file, rest);
        return !husky && existsSync(chained)
            ? `kept your lines; your earlier hook is still at ${chained}`
            : 'removed';
    }
    rmSync(file);
    if (!husky && existsSync(chained)) {
        renameSync(chained, file);
        return 'removed; your previous hook is back';
    }
    return 'removed';
}
export async function runInstall({ command: verb, args, flags }, io) {
    if (args.length)
        throw new UsageError(`${verb} takes no arguments (use --hook pre-commit|pre-push)`);
    const hook = (flags.hook ?? 'pre-commit');
    if (!HOOKS.includes(hook))
        throw new UsageError(`--hook must be pre-commit or pre-push (got "${flags.hook}")`);
    const git = await requireWorkTree(io.cwd, io.env);
    const { dir, husky, note } = await hookFolder(git);
    const file = join(dir, hook);
    const where = relative(git.dir, file) || file;
    const say = (text) => void io.stdout.write(text + '\n');
    if (note)
        say(`note: ${note}`);
    if (verb === 'uninstall') {
        const result = uninstall(file, husky);
        say(result === 'absent'
            ? `flora-keyscan is not in ${where}`
            : `flora-keyscan ${hook} scan ${result} (${where})`);
        return 0;
    }
    const result = husky ? installHusky(file, hook) : installPlain(file, hook);
    if (result === 'already')
        say(`flora-keyscan is already in ${where}`);
    else
        say(`added the ${hook} scan to ${where}${husky ? ' (husky), first in the file' : ''}${result === 'chained' ? `; your existing hook still runs after it, from ${hook}${CHAINED_SUFFIX}` : ''}`);
    say(`When it runs, ${whichCli(git.dir, io.env)}.`);
    return 0;
}
