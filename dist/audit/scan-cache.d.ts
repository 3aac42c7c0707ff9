import type { Flags } from '../cli/io.js';
import type { Git } from '../git.js';
/** What the scan of `git` depends on, as one hash. */
export declare function scanKey(git: Git, policy: unknown, flags: Flags): Promise<string>;
/** The scan kept under `key`, or null (none, another key, or a file that does not read back). */
export declare function readScan<T>(file: string, key: string): T | null;
export declare function writeScan<T>(file: string, key: string, result: T): void;
