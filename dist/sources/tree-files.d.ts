import { type SecretFinding } from '../findings.js';
import { type Git } from '../git.js';
export declare const SMALL_FILE_BYTES: number;
export interface TreeFile {
    /** '' for the working tree, ':' for the index, else a commit id. */
    tree: string;
    /** Relative to the repository's top folder, with `/`. */
    path: string;
}
export interface TreeFiles {
    /** The tree a finding was read from, or null when it has none (an unreachable blob). */
    treeOf(finding: SecretFinding): string | null;
    /** The files that exist as small regular files, by treeFileKey(). */
    read(wanted: TreeFile[]): Promise<Map<string, Blob>>;
}
export declare function treeFileKey(file: TreeFile): string;
/** A regular file's bytes, or null when it is absent, a link, special, or larger than `limit`. */
export declare function readSmallFile(path: string, limit?: number): Buffer | null;
/** The working tree under `root`: a file counts only when its folder really is inside `root`. */
export declare function worktreeFiles(root: string): TreeFiles;
/** A blob's id and bytes; one blob at several names is read once and shared. */
export interface Blob {
    id: string;
    bytes: Buffer;
}
/**
 * Objects named `rev:path` (`:path` for the index), sizes checked before any is read: by name, each
 * blob of at most `limit` bytes (each distinct blob read once, at most `budget` bytes in all), and null
 * for anything else that exists (larger, past the budget, a folder, unreadable). Absent names are left
 * out; so is a name with a line break (cat-file reads one per line).
 */
export declare function readRevisionBlobs(git: Git, names: string[], limit: number, budget?: number): Promise<Map<string, Blob | null>>;
/** The index, as the staged scan reads it. */
export declare function indexFiles(git: Git): TreeFiles;
/** The commit each finding was attributed to; `fallback` (HEAD) for findings that have none. */
export declare function commitFiles(git: Git, fallback: string | null): TreeFiles;
