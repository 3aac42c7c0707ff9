import type { Flags } from '../cli/io.js';
import type { Git } from '../git.js';
/** What any scan depends on besides the repository's content: the tool, the options, the policy. */
export declare function rulesKey(policy: unknown, flags: Flags): string;
/** What the scan of `git` depends on, as one hash: `rules` (rulesKey) and the repository's refs and objects. */
export declare function scanKey(git: Git, rules: string): Promise<string>;
/** The scan kept under `key`, or null (none, another key, or a file that does not read back). */
export declare function readScan<T>(file: string, key: string): T | null;
export declare function writeScan<T>(file: string, key: string, result: T): void;
