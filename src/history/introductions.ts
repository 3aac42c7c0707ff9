// Every blob addition in the whole history, from one `git log --all --raw` of every commit (first-parent
// diffs, additions and modifications only), spooled: 45 MB for git.git, never held. Started once git's
// walk of every tree is done, on a core the scan leaves idle, so that a key found at the very end of the
// scan is attributed by reading the spool, not by a walk of the history of its own (a path-limited log
// of git.git takes ~3.5 s after the scan; this one runs beside it). It also sees every path: the
// path-limited log knew one path per blob, so the same content added elsewhere was not attributed.

import { BOUNDED_GIT_MEMORY, GitError, type Git } from '../git.js';
import type { Spool } from '../spool.js';
import { isoUtcSeconds } from '../time.js';
import { changeFields, LOG_OUTPUT_FLAGS, type RawChange, type RawCommit } from './rawlog.js';

/**
 * One record per commit header: id, date and parents (hex, digits and spaces only), then STX and the
 * author's name, which may hold anything but NUL.
 */
const FORMAT = '--format=%x01%H %at %P%x02%an';
const NUL = 0;
const HEADER = 0x01;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const SPACE = 0x20;

export class IntroductionLog {
  private closed = false;

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
      FORMAT,
    ];
    return new IntroductionLog(git.toSpool(args, abort.signal), abort);
  }

  /**
   * The commits that added or changed a file to one of `blobs`, each with those changes only, in log
   * order. One pass over the spool; only matching commits are kept.
   */
  async changesOf(blobs: ReadonlySet<string>): Promise<RawCommit[]> {
    if (this.closed) throw new GitError('the log of additions was stopped before it was read');
    const spool = await this.spooled;
    const out: RawCommit[] = [];
    /** The header of the commit whose changes these are; made a commit only once one is looked for. */
    let header = Buffer.alloc(0);
    let current: RawCommit | null = null;
    let expectPath = false;
    let change: Omit<RawChange, 'path'> | null = null;
    const wanted = new BlobFilter(blobs);
    spool.eachRecord(NUL, (buffer, start, end) => {
      if (expectPath) {
        // Taken whole: a name may start with a line break.
        expectPath = false;
        if (change) {
          if (!current) out.push((current = commitOf(header)));
          current.changes.push({ ...change, path: buffer.toString('utf8', start, end) });
        }
        return;
      }
      // git puts a line break before a commit's first change line.
      while (start < end && buffer[start] === NEWLINE) start++;
      if (buffer[start] === HEADER) {
        header = Buffer.from(buffer.subarray(start + 1, end));
        current = null;
      } else if (buffer[start] === COLON) {
        change = changeLine(buffer, start, end, wanted);
        expectPath = true;
      }
    });
    return out;
  }

  /** Stops git if it still runs, and lets the spool go (once; later calls do nothing). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.abort.abort();
    this.spooled.then(
      (spool) => spool.close(),
      () => {},
    );
  }
}

/** "<id> <seconds> <parent>…" STX "<author>" (see FORMAT): the author may hold any byte but NUL. */
function commitOf(header: Buffer): RawCommit {
  const stx = header.indexOf(0x02);
  const [commit = '', seconds = '', ...parents] = header.toString('latin1', 0, stx).split(' ');
  const time = Number(seconds);
  return {
    commit,
    parents: parents.filter(Boolean),
    author: stx === -1 ? '' : header.toString('utf8', stx + 1),
    date: seconds && Number.isFinite(time) ? isoUtcSeconds(time) : '',
    changes: [],
  };
}

/** The change line at `start`, when its new id is one of the blobs (most are ruled out in place). */
function changeLine(
  buffer: Buffer,
  start: number,
  end: number,
  wanted: BlobFilter,
): Omit<RawChange, 'path'> | null {
  if (!wanted.mayBeAt(buffer, start, end)) return null;
  const change = changeFields(buffer.toString('latin1', start, end));
  return wanted.blobs.has(change.newOid) ? change : null;
}

/**
 * A first look at a change line without calling out of JavaScript: git writes modes as six digits, so
 * the new id starts at a fixed place for each id length; its first two characters must start one of
 * the blobs. Most lines end here (three hundred thousand of them in git.git's history).
 */
class BlobFilter {
  private readonly starts = new Uint8Array(65536);
  private readonly idLengths: number[];

  constructor(readonly blobs: ReadonlySet<string>) {
    const lengths = new Set<number>();
    for (const blob of blobs) {
      this.starts[(blob.charCodeAt(0) << 8) | blob.charCodeAt(1)] = 1;
      lengths.add(blob.length);
    }
    this.idLengths = [...lengths];
  }

  /** False only when the line's new id cannot be one of the blobs. */
  mayBeAt(buffer: Buffer, start: number, end: number): boolean {
    for (const length of this.idLengths) {
      // ":100644 100644 <old> <new> M": the new id starts after 1 + 7 + 7 + length + 1 bytes.
      const at = start + 16 + length;
      const laidOut =
        at + length < end &&
        buffer[start + 7] === SPACE &&
        buffer[start + 14] === SPACE &&
        buffer[at - 1] === SPACE &&
        buffer[at + length] === SPACE;
      // A line laid out otherwise is left to the exact reading.
      if (!laidOut || this.starts[(buffer[at]! << 8) | buffer[at + 1]!]) return true;
    }
    return false;
  }
}
