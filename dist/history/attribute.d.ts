import { type Git } from '../git.js';
import type { Walk } from './walk.js';
export interface Introduction {
    blob: string;
    commit: string;
    path: string;
    author: string;
    date: string;
}
/** Introductions of reachable blobs, found through path-limited logs of every ref. */
export declare function attributeReachable(git: Git, blobs: Set<string>, walk: Walk): Promise<Introduction[]>;
/** Introductions inside commits no ref reaches (amended, dropped stashes, deleted branches). */
export declare function attributeUnreachable(git: Git, blobs: Set<string>, unreachableCommits: string[]): Promise<Introduction[]>;
/**
 * Attributes matched blobs while the scan goes on: once git's walk of every tree (started by the
 * history source, side by side with the scan) is done, the blobs matched so far go to one
 * path-limited log, and each time a log finishes, those matched since go to the next.
 */
export declare class Attributor {
    private readonly git;
    private readonly walking;
    private readonly matched;
    private readonly sent;
    private readonly batches;
    private walk;
    private running;
    constructor(git: Git, walking: Promise<Walk>);
    /** A blob that matched: to be attributed as soon as the walk allows. */
    add(blob: string): void;
    get blobs(): ReadonlySet<string>;
    private next;
    /** Waits for the walk and every log: where each matched blob was introduced. */
    finish(): Promise<{
        walk: Walk;
        introductions: Introduction[];
    }>;
}
