// All git access, through a `Git` bound to a directory and the environment the CLI was given (never
// this process's own). One-shot commands go through `run()`; object contents stream from one
// long-lived `git cat-file --batch` process. We spawn git directly rather than through simple-git:
// its 25 ms load alone would eat the pre-commit hook's budget, and it cannot stream a batch process.

import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { UserError } from './errors.js';
import { Spool } from './spool.js';

export class GitError extends UserError {
  override name = 'GitError';
}

export type Env = Record<string, string | undefined>;

/**
 * Keeps git from paging, prompting or translating the messages we parse, and from fetching: a partial
 * clone lazily downloads any object it lacks, and a scan must never touch the network
 * (GIT_NO_LAZY_FETCH for git 2.44 and later; refusing every transport for older ones).
 */
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  LC_ALL: 'C',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_NO_LAZY_FETCH: '1',
};
const NO_TRANSPORT = { GIT_ALLOW_PROTOCOL: 'none' };
/** Settings of the scanned repository that would run its programs: the fsmonitor hook. */
const SAFE_CONFIG: [string, string][] = [['core.fsmonitor', 'false']];

/**
 * Bounds on git's own memory for the commands that read every tree or commit: the pack is read
 * through windows of 32 MB, at most 128 MB of them mapped at once, instead of mapping whole packs.
 * On git.git: the walk of every tree 679 → 155 MB resident, a path-limited log 661 → 229 MB, both
 * as fast (16 MB windows made the log 7% slower, 64 MB ones thrashed at this limit); the log of
 * every commit's additions (introductions.ts) peaks at 73 MB.
 */
export const BOUNDED_GIT_MEMORY = [
  '-c',
  'core.packedGitWindowSize=32m',
  '-c',
  'core.packedGitLimit=128m',
  '-c',
  'core.deltaBaseCacheLimit=16m',
];

export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** A failed git command, told in git's own first line of complaint. */
function gitFailed(args: string[], stderr: string, code: number): GitError {
  const reason = stderr.split('\n').find((l) => l.trim()) ?? `exit code ${code}`;
  const command = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c');
  return new GitError(`git ${command} failed: ${reason.replace(/^(fatal|error): /, '')}`);
}

function notStarted(error: NodeJS.ErrnoException): GitError {
  return new GitError(
    error.code === 'ENOENT'
      ? 'git is not installed or not on PATH'
      : `cannot run git: ${error.message}`,
  );
}

export function splitNul(buffer: Buffer): string[] {
  return buffer
    .toString('utf8')
    .split('\0')
    .filter((s) => s.length > 0);
}

export interface BatchObject {
  oid: string;
  type: string;
  /** null when git reports the object missing or unreadable. */
  bytes: Buffer | null;
  error?: string;
}

/** An object git could not read; `oid` is the first one not delivered. */
export class ObjectReadError extends GitError {
  override name = 'ObjectReadError';
  constructor(
    readonly oid: string,
    reason: string,
  ) {
    super(`cannot read git object ${oid}: ${reason.replace(/^(fatal|error): /, '')}`);
  }
}

/** git in one directory, with one environment. */
export class Git {
  constructor(
    readonly dir: string,
    readonly env: Env,
    /** Whether git may use a transport: only for steps that must fetch (--fetch-missing). */
    private readonly network = false,
  ) {}

  /**
   * Facts that cannot change during a run (is it bare, does HEAD exist, where is MERGE_HEAD), asked of
   * git once: every process git starts costs the pre-commit hook a few milliseconds.
   */
  private readonly facts = new Map<string, Promise<unknown>>();

  once<T>(fact: string, ask: () => Promise<T>): Promise<T> {
    let known = this.facts.get(fact) as Promise<T> | undefined;
    if (!known) this.facts.set(fact, (known = ask()));
    return known;
  }

  /** The same environment, in another directory. */
  at(dir: string): Git {
    return new Git(dir, this.env, this.network);
  }

  /** The same git, allowed to fetch (and lazily fetch). */
  withNetwork(): Git {
    return new Git(this.dir, this.env, true);
  }

  private spawnEnv(): NodeJS.ProcessEnv {
    const env: Env = {
      ...this.env,
      ...GIT_ENV,
      ...(this.network ? { GIT_NO_LAZY_FETCH: undefined } : NO_TRANSPORT),
    };
    // Appended to any -c settings the caller's environment already carries.
    let count = Number(env.GIT_CONFIG_COUNT) || 0;
    for (const [key, value] of SAFE_CONFIG) {
      env[`GIT_CONFIG_KEY_${count}`] = key;
      env[`GIT_CONFIG_VALUE_${count++}`] = value;
    }
    env.GIT_CONFIG_COUNT = String(count);
    for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
    return env as NodeJS.ProcessEnv;
  }

  /** Runs git and collects its output; rejects only when git cannot be started at all. */
  raw(args: string[], input?: string | Buffer): Promise<GitResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('git', args, {
        cwd: this.dir,
        env: this.spawnEnv(),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      child.on('error', (error: NodeJS.ErrnoException) => reject(notStarted(error)));
      child.on('close', (code) =>
        resolve({
          stdout: Buffer.concat(out),
          stderr: Buffer.concat(err).toString('utf8'),
          code: code ?? 1,
        }),
      );
      child.stdin.on('error', () => {}); // git may exit before reading all input; its exit code tells.
      child.stdin.end(input);
    });
  }

  /** Runs git and returns stdout; a non-zero exit is a GitError with git's own first line of complaint. */
  async run(args: string[], input?: string | Buffer): Promise<Buffer> {
    const result = await this.raw(args, input);
    if (result.code !== 0) throw gitFailed(args, result.stderr, result.code);
    return result.stdout;
  }

  /** `run()` as text, trimmed. */
  async text(args: string[]): Promise<string> {
    return (await this.run(args)).toString('utf8').trim();
  }

  /**
   * Runs git with its output going to a temporary file rather than a pipe, and returns the output: for
   * long listings meant to run alongside a busy thread, which a pipe would hold back whenever that
   * thread is not reading.
   */
  async toFile(args: string[]): Promise<Buffer> {
    const spool = await this.toSpool(args);
    try {
      return spool.readAll();
    } finally {
      spool.close();
    }
  }

  /**
   * Runs git with its output in a Spool, for output too large to hold (the caller closes it). An
   * abort kills git and rejects with the AbortError.
   */
  async toSpool(args: string[], signal?: AbortSignal): Promise<Spool> {
    const spool = Spool.create();
    try {
      const child = spawn('git', args, {
        cwd: this.dir,
        env: this.spawnEnv(),
        stdio: ['ignore', spool.fd, 'pipe'],
        ...(signal ? { signal } : {}),
      });
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      const code = await new Promise<number>((resolve, reject) => {
        child.on('error', (error: NodeJS.ErrnoException) =>
          reject(signal?.aborted ? signal.reason : notStarted(error)),
        );
        child.on('close', (c) => resolve(c ?? 1));
      });
      if (signal?.aborted) throw signal.reason;
      if (code !== 0) throw gitFailed(args, stderr, code);
      return spool;
    } catch (error) {
      spool.close();
      throw error;
    }
  }

  /** Streams the named objects, in the order given, from one `git cat-file --batch` process. */
  async *readObjects(ids: readonly string[] | OidList): AsyncGenerator<BatchObject> {
    const oids = ids instanceof OidList ? ids : OidList.of(ids);
    if (oids.length === 0) return;
    // --buffer: git writes in large blocks instead of flushing after every object.
    const child = spawn('git', ['cat-file', '--batch', '--buffer'], {
      cwd: this.dir,
      env: this.spawnEnv(),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.on('error', () => {});
    child.stdin.end(oids.text);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<number>((resolve) =>
      child.on('close', (code) => resolve(code ?? 1)),
    );
    let seen = 0;
    try {
      for await (const object of parseBatch(child.stdout)) {
        seen++;
        yield object;
      }
    } finally {
      child.kill();
    }
    const code = await exited;
    // git stops at an object it cannot read (corrupt or truncated): tell the caller which one.
    if (seen < oids.length)
      throw new ObjectReadError(
        oids.at(seen),
        stderr.trim().split('\n')[0] || `git cat-file exited with ${code}`,
      );
  }

  /**
   * Like readObjects, but an unreadable object is reported in place (bytes null, `error` set) and
   * reading goes on with the next one in a fresh cat-file process.
   */
  async *readObjectsResilient(oids: OidList): AsyncGenerator<BatchObject> {
    let from = 0;
    while (from < oids.length) {
      try {
        for await (const object of this.readObjects(oids.from(from))) {
          from++;
          yield object;
        }
      } catch (error) {
        if (!(error instanceof ObjectReadError)) throw error;
        from++;
        yield { oid: error.oid, type: 'unreadable', bytes: null, error: error.message };
      }
    }
  }
}

/** The work tree's top folder, or null when `dir` is not inside a work tree. */
export async function findWorkTree(dir: string, env: Env): Promise<Git | null> {
  // One process for what a staged scan asks next: inside a work tree, so not bare; MERGE_HEAD's
  // path; whether HEAD is a commit (exit 1 and no third line before the first commit).
  const result = await new Git(dir, env).raw([
    'rev-parse',
    '--show-toplevel',
    '--path-format=absolute',
    '--git-path',
    'MERGE_HEAD',
    '--verify',
    '--quiet',
    'HEAD^{commit}',
  ]);
  const lines = result.stdout.toString('utf8').split('\n');
  const [top = '', mergeHead = '', head = ''] = lines;
  if (result.code !== 0 && result.code !== 1) return null;
  // A newline in the path adds lines: then ask for the top alone, which reads it whole.
  const expected = result.code === 0 ? 4 : 3;
  if (
    lines.length !== expected ||
    !mergeHead.startsWith('/') ||
    (result.code === 0 && !/^[0-9a-f]{40,64}$/.test(head))
  )
    return findWorkTreeAlone(dir, env);
  const git = new Git(top, env);
  void git.once('bare', async () => false);
  void git.once('merge-head', async () => mergeHead);
  void git.once('has-head', async () => result.code === 0 && head !== '');
  return git;
}

/** The work tree's top, asked on its own (its facts are asked later, when needed). */
async function findWorkTreeAlone(dir: string, env: Env): Promise<Git | null> {
  const result = await new Git(dir, env).raw(['rev-parse', '--show-toplevel']);
  return result.code === 0 ? new Git(result.stdout.toString('utf8').replace(/\n$/, ''), env) : null;
}

/** Whether the repository is bare (git runs in its git directory). */
export function isBare(git: Git): Promise<boolean> {
  return git.once(
    'bare',
    async () => (await git.text(['rev-parse', '--is-bare-repository'])) === 'true',
  );
}

/** Where a merge in progress records the commits it brings in. */
export function mergeHeadFile(git: Git): Promise<string> {
  return git.once('merge-head', () =>
    git.text(['rev-parse', '--path-format=absolute', '--git-path', 'MERGE_HEAD']),
  );
}

export async function requireWorkTree(dir: string, env: Env): Promise<Git> {
  const git = await findWorkTree(dir, env);
  if (!git) throw new GitError(`not a git repository: ${dir}`);
  return git;
}

/**
 * The folder git commands run in for a repository: the work tree's top, or the git directory of a
 * bare repository (history audits often run on a bare mirror).
 */
export async function requireRepository(dir: string, env: Env): Promise<Git> {
  const top = await findWorkTree(dir, env);
  if (top) return top;
  const result = await new Git(dir, env).raw(['rev-parse', '--absolute-git-dir']);
  if (result.code !== 0) throw new GitError(`not a git repository: ${dir}`);
  return new Git(result.stdout.toString('utf8').trim(), env);
}

export async function hasCommit(git: Git, rev = 'HEAD'): Promise<boolean> {
  const ask = async () =>
    (await git.raw(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])).code === 0;
  // HEAD does not move during a run; other revisions are asked each time.
  return rev === 'HEAD' ? git.once('has-head', ask) : ask();
}

/** The id of git's empty tree in this repository's hash (SHA-1 or SHA-256). */
export async function emptyTree(git: Git): Promise<string> {
  return (await git.run(['hash-object', '-t', 'tree', '--stdin'], '')).toString('utf8').trim();
}

/**
 * Parses `git cat-file --batch` output (`<oid> <type> <size>\n<bytes>\n`, or `<oid> missing\n`).
 * Holds at most one object in memory, so memory is bounded by the largest object.
 */
export async function* parseBatch(stream: Readable): AsyncGenerator<BatchObject> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let header: { oid: string; type: string; size: number } | null = null;
  const take = (n: number): Buffer => {
    const joined = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    const head = joined.subarray(0, n);
    const rest = joined.subarray(n);
    pending = rest.length ? [rest] : [];
    pendingBytes = rest.length;
    return head;
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    pending.push(chunk);
    pendingBytes += chunk.length;
    for (;;) {
      if (pendingBytes === 0) break;
      if (!header) {
        let nl = pending[0]!.indexOf(10);
        if (nl === -1 && pending.length > 1) {
          take(0);
          nl = pending[0]!.indexOf(10);
        }
        if (nl === -1) break;
        const line = take(nl + 1).toString('utf8', 0, nl);
        const [oid = '', type = '', size] = line.split(' ');
        if (type === 'missing' || type === 'ambiguous' || size === undefined) {
          yield { oid, type, bytes: null };
          continue;
        }
        header = { oid, type, size: Number(size) };
      }
      if (pendingBytes < header.size + 1) break;
      // A view, not a copy: copying every object of a large history costs seconds. Consumers must not
      // keep the buffer past their turn (the engine keeps only strings).
      const bytes = take(header.size + 1).subarray(0, header.size);
      const done = header;
      header = null;
      yield { oid: done.oid, type: done.type, bytes };
    }
  }
  if (header) throw new GitError(`git cat-file ended in the middle of object ${header.oid}`);
}

/**
 * Object ids as one newline-separated buffer with line offsets: a few bytes per id instead of a string
 * object each (a large history has hundreds of thousands).
 */
export class OidList {
  private constructor(
    readonly text: Buffer,
    private readonly starts: Uint32Array,
    readonly length: number,
  ) {}

  static fromLines(text: Buffer, starts: Uint32Array, length: number): OidList {
    return new OidList(text, starts, length);
  }

  static of(oids: readonly string[]): OidList {
    const text = Buffer.from(oids.length ? oids.join('\n') + '\n' : '');
    const starts = new Uint32Array(oids.length);
    let at = 0;
    oids.forEach((oid, i) => {
      starts[i] = at;
      at += Buffer.byteLength(oid) + 1;
    });
    return new OidList(text, starts, oids.length);
  }

  at(i: number): string {
    const start = this.starts[i]!;
    return this.text.toString('latin1', start, this.text.indexOf(10, start));
  }

  /** The ids from index `from` on. */
  from(from: number): OidList {
    if (from === 0) return this;
    const base = this.starts[from] ?? this.text.length;
    return new OidList(
      this.text.subarray(base),
      this.starts.subarray(from).map((s) => s - base),
      this.length - from,
    );
  }
}
