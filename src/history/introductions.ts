// Every blob addition in the whole history, from one `git log --all --raw` of every commit (first-parent
// diffs, additions and modifications only), spooled: 45 MB for git.git, never held. Started once git's
// walk of every tree is done, on a core the scan leaves idle, so that a key found at the very end of the
// scan is attributed by reading the spool, not by a walk of the history of its own (a path-limited log
// of git.git takes ~3.5 s after the scan; this one runs beside it). It also sees what a path-limited log
// hides: that log simplifies history, so a side branch whose merge kept the other side's file was skipped.

import { BOUNDED_GIT_MEMORY, type Git } from '../git.js';
import type { Spool } from '../spool.js';
import { isoUtcSeconds } from '../time.js';
import { LOG_OUTPUT_FLAGS, RAW_LOG_FORMAT, type RawChange, type RawCommit } from './rawlog.js';

const NUL = 0;
const HEADER = 0x01;
const COLON = 0x3a;
const NEWLINE = 0x0a;

export class IntroductionLog {
  private constructor(
    private readonly spooled: Promise<Spool>,
    private readonly abort: AbortController,
  ) {
    spooled.catch(() => {}); // told by changesOf(), or not wanted at all
  }

  static start(git: Git): IntroductionLog {
    const abort = new AbortController();
    const args = [
      ...BOUNDED_GIT_MEMORY,
      'log',
      '--all',
      ...LOG_OUTPUT_FLAGS,
      '--diff-merges=first-parent',
      '--diff-filter=AMT',
      '--raw',
      '--no-abbrev',
      '-z',
      RAW_LOG_FORMAT,
    ];
    return new IntroductionLog(git.toSpool(args, abort.signal), abort);
  }

  /**
   * The commits that added or changed a file to one of `blobs`, each with those changes only, in log
   * order. One pass over the spool; only matching commits are kept.
   */
  async changesOf(blobs: ReadonlySet<string>): Promise<RawCommit[]> {
    const spool = await this.spooled;
    const out: RawCommit[] = [];
    let header: string[] = [];
    let fields = 0;
    /** The commit whose changes these are, made only once one of them is looked for. */
    let current: RawCommit | null = null;
    let expectPath = false;
    let change: Omit<RawChange, 'path'> | null = null;
    for (let token of spool.records(NUL)) {
      let start = 0;
      while (token[start] === NEWLINE) start++;
      if (start) token = token.subarray(start);
      if (fields > 0 && fields < 4) {
        // The commit's parents, author and date follow its id.
        header[fields++] = token.toString('utf8');
      } else if (expectPath) {
        expectPath = false;
        if (change) {
          if (!current) out.push((current = commitOf(header)));
          current.changes.push({ ...change, path: token.toString('utf8') });
        }
      } else if (token[0] === HEADER) {
        header = [token.toString('latin1', 1)];
        fields = 1;
        current = null;
      } else if (token[0] === COLON) {
        change = changeLine(token, blobs);
        expectPath = true;
      }
    }
    return out;
  }

  /** Stops git if it still runs, and lets the spool go. */
  close(): void {
    this.abort.abort();
    this.spooled.then(
      (spool) => spool.close(),
      () => {},
    );
  }
}

function commitOf([commit, parents, author, seconds]: string[]): RawCommit {
  const time = Number(seconds);
  return {
    commit: commit!,
    parents: parents!.split(' ').filter(Boolean),
    author: author!,
    date: seconds && Number.isFinite(time) ? isoUtcSeconds(time) : '',
    changes: [],
  };
}

/**
 * ":<old mode> <new mode> <old id> <new id> <status>", when its new id is one of `blobs` (the new id is
 * read first, without splitting the line: most changes are not looked for).
 */
function changeLine(token: Buffer, blobs: ReadonlySet<string>): Omit<RawChange, 'path'> | null {
  const beforeStatus = token.lastIndexOf(0x20);
  const beforeNew = beforeStatus > 0 ? token.lastIndexOf(0x20, beforeStatus - 1) : -1;
  if (beforeNew < 0 || !blobs.has(token.toString('latin1', beforeNew + 1, beforeStatus)))
    return null;
  const [, newMode = '', oldOid = '', newOid = '', status = ''] = token
    .toString('latin1', 1)
    .split(' ');
  return { oldOid, newOid, newMode, status };
}
