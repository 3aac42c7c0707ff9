// `flora-keyscan install [--hook pre-commit|pre-push]` and `uninstall`: put the scan into the git hook
// git actually runs. With husky (.husky/ at the root) the scan goes into husky's hook file; otherwise
// into the hooks folder git uses (core.hooksPath respected). An existing hook is kept and chained.
// Both are idempotent, and uninstall removes only what install added.

import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Invocation, Io } from '../cli/io.js';
import { UsageError } from '../errors.js';
import { requireWorkTree } from '../git.js';

const BEGIN = '# >>> flora-keyscan >>>';
const END = '# <<< flora-keyscan <<<';
const CHAINED_SUFFIX = '.flora-keyscan-chained';
const HOOKS = ['pre-commit', 'pre-push'] as const;
type Hook = (typeof HOOKS)[number];

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** How the hook runs us: the project's own copy if it has one, else this very CLI. */
function command(root: string, io: Io): string {
  if (existsSync(join(root, 'node_modules', '.bin', 'flora-keyscan')))
    return './node_modules/.bin/flora-keyscan';
  if (!io.self) return 'npx --no-install flora-keyscan';
  return `${quote(io.self.node)} ${quote(resolve(io.self.script))}`;
}

/** The lines that run the check; FLORA_KEYSCAN=0 skips it once. */
function block(hook: Hook, cmd: string): string {
  const check =
    hook === 'pre-commit'
      ? `${cmd} staged --quiet`
      : `printf '%s\\n' "$flora_keyscan_input" | ${cmd} pre-push --quiet "$@"`;
  return [
    BEGIN,
    '# Added by flora-keyscan install; flora-keyscan uninstall removes it. FLORA_KEYSCAN=0 skips it once.',
    `if [ "\${FLORA_KEYSCAN:-1}" != "0" ]; then`,
    `  ${check} || exit $?`,
    'fi',
    END,
  ].join('\n');
}

function plainHook(hook: Hook, cmd: string): string {
  const chained = `"$(dirname "$0")/${hook}${CHAINED_SUFFIX}"`;
  if (hook === 'pre-commit') {
    return [
      '#!/bin/sh',
      block(hook, cmd),
      `if [ -x ${chained} ]; then exec ${chained} "$@"; fi`,
      '',
    ].join('\n');
  }
  // pre-push reads the refs being pushed on stdin: keep them for the chained hook too.
  return [
    '#!/bin/sh',
    'flora_keyscan_input=$(cat)',
    block(hook, cmd),
    `if [ -x ${chained} ]; then printf '%s\\n' "$flora_keyscan_input" | ${chained} "$@"; exit $?; fi`,
    '',
  ].join('\n');
}

function withoutBlock(text: string): string {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) return text;
  return (text.slice(0, start) + text.slice(end + END.length)).replace(/\n{3,}/g, '\n\n');
}

type Say = (text: string) => void;

/** With husky, the scan goes into husky's own hook file, which husky runs. */
function huskyHook(verb: string, hook: Hook, root: string, io: Io, say: Say): number {
  const file = join(root, '.husky', hook);
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (verb === 'install') {
    if (before.includes(BEGIN))
      return (say(`flora-keyscan is already in ${relative(root, file)}`), 0);
    const body =
      hook === 'pre-push'
        ? `flora_keyscan_input=$(cat)\n${block(hook, command(root, io))}\n`
        : `${block(hook, command(root, io))}\n`;
    writeFileSync(file, before ? `${before.replace(/\n*$/, '\n')}${body}` : body);
    chmodSync(file, 0o755);
    return (say(`added the ${hook} scan to ${relative(root, file)} (husky)`), 0);
  }
  if (!before.includes(BEGIN)) return (say(`flora-keyscan is not in ${relative(root, file)}`), 0);
  const after = withoutBlock(before)
    .replace(/^flora_keyscan_input=\$\(cat\)\n/m, '')
    .replace(/\n+$/, '\n');
  if (after.trim()) writeFileSync(file, after);
  else rmSync(file);
  return (say(`removed the ${hook} scan from ${relative(root, file)}`), 0);
}

/** Without husky, the hook goes in the folder git uses; an existing hook is kept and chained. */
function plainGitHook(
  verb: string,
  hook: Hook,
  root: string,
  hooksDir: string,
  io: Io,
  say: Say,
): number {
  const file = join(hooksDir, hook);
  const chained = file + CHAINED_SUFFIX;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (verb === 'install') {
    if (current?.includes(BEGIN))
      return (say(`flora-keyscan is already the ${hook} hook (${file})`), 0);
    mkdirSync(hooksDir, { recursive: true });
    if (current !== null) renameSync(file, chained);
    writeFileSync(file, plainHook(hook, command(root, io)));
    chmodSync(file, 0o755);
    const kept =
      current !== null
        ? ` (your existing hook still runs after it, from ${hook}${CHAINED_SUFFIX})`
        : '';
    return (say(`installed the ${hook} hook in ${file}${kept}`), 0);
  }
  if (!current?.includes(BEGIN)) return (say(`no flora-keyscan ${hook} hook in ${hooksDir}`), 0);
  rmSync(file);
  if (existsSync(chained)) renameSync(chained, file);
  return (
    say(`removed the ${hook} hook${existsSync(file) ? '; your previous hook is back' : ''}`),
    0
  );
}

export async function runInstall(
  { command: verb, args, flags }: Invocation,
  io: Io,
): Promise<number> {
  if (args.length)
    throw new UsageError(`${verb} takes no arguments (use --hook pre-commit|pre-push)`);
  const hook = (flags.hook ?? 'pre-commit') as Hook;
  if (!HOOKS.includes(hook))
    throw new UsageError(`--hook must be pre-commit or pre-push (got "${flags.hook}")`);
  const git = await requireWorkTree(io.cwd, io.env);
  const say = (text: string) => void io.stdout.write(text + '\n');
  if (existsSync(join(git.dir, '.husky'))) return huskyHook(verb, hook, git.dir, io, say);
  return plainGitHook(
    verb,
    hook,
    git.dir,
    resolve(git.dir, await git.text(['rev-parse', '--git-path', 'hooks'])),
    io,
    say,
  );
}
