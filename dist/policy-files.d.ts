import type { Git } from './git.js';
export declare const CONFIG_FILE = "flora-keyscan.config.json";
export declare const IGNORE_FILE = ".flora-keyscan-ignore";
export declare const PACKAGE_KEY = "flora-keyscan";
export interface PolicyFiles {
    /** Where they come from, for people: "the working tree", "origin/main", "nowhere (--no-repo-config)". */
    origin: string;
    /** A file's text, or null when there is none. */
    read(name: string): string | null;
    /** How messages name a file: its path, or `REV:name`. */
    describe(name: string): string;
}
export declare function worktreeFiles(root: string): PolicyFiles;
/** The policy files as a revision has them (read once, through git). */
export declare function revisionFiles(git: Git, rev: string): Promise<PolicyFiles>;
export declare const NO_FILES: PolicyFiles;
/** The policy files that differ between `base` and `head` (what a pull request changes). */
export declare function changedPolicy(base: PolicyFiles, head: PolicyFiles): string[];
