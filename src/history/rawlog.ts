// `git log --raw -z` with our own format, parsed: each commit with its parents, author, date and the
// files it changed (new blob id and path).

import { BOUNDED_GIT_MEMORY, type Git } from '../git.js';
import { isoUtcSeconds } from '../time.js';

export const RAW_LOG_FORMAT = '--format=%x01%H%x00%P%x00%an%x00%at';
/**
 * Settings of the scanned repository that would change what git log prints, overridden: root commits
 * shown (log.showRoot), no colour, no signature lines (log.showSignature also runs gpg), no renames,
 * names in UTF-8 (i18n.logOutputEncoding=UTF-16 made headers unreadable).
 */
export const LOG_OUTPUT_FLAGS = [
  '--root',
  '--no-color',
  '--no-show-signature',
  '--no-renames',
  '--encoding=UTF-8',
];

export interface RawChange {
  oldOid: string;
  newOid: string;
  newMode: string;
  status: string;
  path: string;
  /** The path it had before, when rename detection (-M) found a rename or copy. */
  oldPath?: string;
}

export interface RawCommit {
  commit: string;
  parents: string[];
  author: string;
  date: string;
  changes: RawChange[];
}

/** ":<old mode> <new mode> <old id> <new id> <status>", as git's --raw writes a change. */
export function changeFields(line: string): Omit<RawChange, 'path' | 'oldPath'> {
  const [, newMode = '', oldOid = '', newOid = '', status = ''] = line.slice(1).split(' ');
  return { oldOid, newOid, newMode, status };
}

export function parseRawLog(out: Buffer): RawCommit[] {
  const tokens = out.toString('utf8').split('\0');
  const commits: RawCommit[] = [];
  let current: RawCommit | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.replace(/^\n+/, '');
    if (token.startsWith('\x01')) {
      const seconds = Number(tokens[i + 3] ?? '');
      current = {
        commit: token.slice(1),
        parents: (tokens[i + 1] ?? '').split(' ').filter(Boolean),
        author: tokens[i + 2] ?? '',
        date: Number.isFinite(seconds) ? isoUtcSeconds(seconds) : '',
        changes: [],
      };
      commits.push(current);
      i += 3;
    } else if (token.startsWith(':') && current) {
      // ":<old mode> <new mode> <old oid> <new oid> <status>", then the path
      const change = changeFields(token);
      // A rename or copy names the old path first, then the new one.
      const oldPath = /^[RC]/.test(change.status) ? (tokens[++i] ?? '') : undefined;
      current.changes.push({
        ...change,
        path: tokens[++i] ?? '',
        ...(oldPath !== undefined ? { oldPath } : {}),
      });
    }
  }
  return commits;
}

/** Runs `git log` over `revs` with first-parent diffs of merges (content a merge brought counts). */
export async function rawLog(
  git: Git,
  revs: string[],
  extra: string[] = [],
  input?: string,
): Promise<RawCommit[]> {
  const args = [
    ...BOUNDED_GIT_MEMORY,
    'log',
    ...LOG_OUTPUT_FLAGS,
    '--diff-merges=first-parent',
    '--raw',
    '--no-abbrev',
    '-z',
    RAW_LOG_FORMAT,
    ...extra,
    ...revs,
  ];
  return parseRawLog(await git.run(args, input));
}
