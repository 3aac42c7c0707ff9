import type { Readable } from 'node:stream';
import { UserError } from './errors.js';
import { Spool } from './spool.js';
export declare class GitError extends UserError {
    name: string;
}
export type Env = Record<string, string | undefined>;
/**
 * Bounds on git's own memory for the commands that read every tree or commit: the pack is read
 * through windows of 32 MB, at most 128 MB of them mapped at once, instead of mapping whole packs.
 * On git.git: the walk of every tree 679 → 155 MB resident, a path-limited log 661 → 229 MB, both
 * as fast (16 MB windows made the log 7% slower, 64 MB ones thrashed at this limit); the log of
 * every commit's additions (introductions.ts) peaks at 73 MB.
 */
export declare const BOUNDED_GIT_MEMORY: string[];
export interface GitResult {
    stdout: Buffer;
    stderr: string;
    code: number;
}
export declare function splitNul(buffer: Buffer): string[];
export interface BatchObject {
    oid: string;
    type: string;
    /** null when git reports the object missing or unreadable. */
    bytes: Buffer | null;
    error?: string;
}
/** An object git could not read; `oid` is the first one not delivered. */
export declare class ObjectReadError extends GitError {
    readonly oid: string;
    name: string;
    constructor(oid: string, reason: string);
}
/** git in one directory, with one environment. */
export declare class Git {
    readonly dir: string;
    readonly env: Env;
    /** Whether git may use a transport: only for steps that must fetch (--fetch-missing). */
    private readonly network;
    constructor(dir: string, env: Env, 
    /** Whether git may use a transport: only for steps that must fetch (--fetch-missing). */
    network?: boolean);
    /**
     * Facts that cannot change during a run (is it bare, does HEAD exist, where is MERGE_HEAD), asked of
     * git once: every process git starts costs the pre-commit hook a few milliseconds.
     */
    private readonly facts;
    once<T>(fact: string, ask: () => Promise<T>): Promise<T>;
    /** The same environment, in another directory. */
    at(dir: string): Git;
    /** The same git, allowed to fetch (and lazily fetch). */
    withNetwork(): Git;
    private spawnEnv;
    /** Runs git and collects its output; rejects only when git cannot be started at all. */
    raw(args: string[], input?: string | Buffer): Promise<GitResult>;
    /** Runs git and returns stdout; a non-zero exit is a GitError with git's own first line of complaint. */
    run(args: string[], input?: string | Buffer): Promise<Buffer>;
    /** `run()` as text, trimmed. */
    text(args: string[]): Promise<string>;
    /**
     * Runs git with its output going to a temporary file rather than a pipe, and returns the output: for
     * long listings meant to run alongside a busy thread, which a pipe would hold back whenever that
     * thread is not reading.
     */
    toFile(args: string[]): Promise<Buffer>;
    /**
     * Runs git with its output in a Spool, for output too large to hold (the caller closes it). An
     * abort kills git and rejects with the AbortError.
     */
    toSpool(args: string[], signal?: AbortSignal): Promise<Spool>;
    /** Streams the named objects, in the order given, from one `git cat-file --batch` process. */
    readObjects(ids: readonly string[] | OidList): AsyncGenerator<BatchObject>;
    /**
     * Like readObjects, but an unreadable object is reported in place (bytes null, `error` set) and
     * reading goes on with the next one in a fresh cat-file process.
     */
    readObjectsResilient(oids: OidList): AsyncGenerator<BatchObject>;
}
/** The work tree's top folder, or null when `dir` is not inside a work tree. */
export declare function findWorkTree(dir: string, env: Env): Promise<Git | null>;
/** Whether the repository is bare (git runs in its git directory). */
export declare function isBare(git: Git): Promise<boolean>;
/** Where a merge in progress records the commits it brings in. */
export declare function mergeHeadFile(git: Git): Promise<string>;
export declare function requireWorkTree(dir: string, env: Env): Promise<Git>;
/**
 * The folder git commands run in for a repository: the work tree's top, or the git directory of a
 * bare repository (history audits often run on a bare mirror).
 */
export declare function requireRepository(dir: string, env: Env): Promise<Git>;
export declare function hasCommit(git: Git, rev?: string): Promise<boolean>;
/** The id of git's empty tree in this repository's hash (SHA-1 or SHA-256). */
export declare function emptyTree(git: Git): Promise<string>;
/**
 * Parses `git cat-file --batch` output (`<oid> <type> <size>\n<bytes>\n`, or `<oid> missing\n`).
 * Holds at most one object in memory, so memory is bounded by the largest object.
 */
export declare function parseBatch(stream: Readable): AsyncGenerator<BatchObject>;
/**
 * Object ids as one newline-separated buffer with line offsets: a few bytes per id instead of a string
 * object each (a large history has hundreds of thousands).
 */
export declare class OidList {
    readonly text: Buffer;
    private readonly starts;
    readonly length: number;
    private constructor();
    static fromLines(text: Buffer, starts: Uint32Array, length: number): OidList;
    static of(oids: readonly string[]): OidList;
    at(i: number): string;
    /** The ids from index `from` on. */
    from(from: number): OidList;
}
