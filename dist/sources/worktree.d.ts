import { type Env, type Git } from '../git.js';
import type { Source } from './source.js';
export interface WorktreeOptions {
    cwd: string;
    env: Env;
    /** Files or folders; defaults to the current folder. */
    paths: string[];
    includeIgnored: boolean;
}
export interface WorktreePlan {
    root: string;
    inRepo: boolean;
    files: string[];
}
export declare function planWorktree(options: WorktreeOptions): Promise<WorktreePlan>;
/** The working tree (or the files and folders named) as a source; `git` when it is a repository's. */
export declare function worktreeSource(plan: WorktreePlan, git?: Git | null): Source;
