import { type Git } from '../git.js';
import type { Walk } from './walk.js';
export interface Introduction {
    blob: string;
    commit: string;
    path: string;
    author: string;
    date: string;
}
/** Introductions inside commits no ref reaches (amended, dropped stashes, deleted branches). */
export declare function attributeUnreachable(git: Git, blobs: ReadonlySet<string>, unreachableCommits: string[]): Promise<Introduction[]>;
/**
 * Attributes the blobs that matched, from one log of every commit's additions (introductions.ts). That
 * log starts as soon as git's walk of every tree is done: at once when the scan leaves a core idle
 * (`spareCore`), so a key found at the very end is attributed by reading its output; else at the first
 * match, so a scan that finds nothing never runs it.
 */
export declare class Attributor {
    private readonly git;
    private readonly walking;
    private readonly matched;
    private log;
    private walked;
    constructor(git: Git, walking: Promise<Walk>, spareCore: boolean);
    /** A blob that matched: to be attributed at the end. */
    add(blob: string): void;
    get blobs(): ReadonlySet<string>;
    private startLog;
    /** Waits for the walk and the log: where each matched blob was introduced. */
    finish(): Promise<{
        walk: Walk;
        introductions: Introduction[];
    }>;
    /** Stops the log if it still runs (nothing matched, or the scan ended early). */
    close(): void;
}
