import { type PolicyFiles } from './policy-files.js';
import { type Finding } from './findings.js';
export interface IgnoreEntry {
    line: number;
    text: string;
    secretSha256?: string;
    matches?: (path: string) => boolean;
    used: boolean;
}
export interface IgnoreList {
    file: string;
    entries: IgnoreEntry[];
    /** Paths the `path:` entries leave out, or undefined when there are none. */
    skipPath?: (path: string) => boolean;
}
export declare function parseIgnore(text: string, file: string): IgnoreList;
export declare function loadIgnore(files: PolicyFiles): IgnoreList;
/** Findings the ignore list does not accept; accepted ones mark their entry as used. */
export declare function applyIgnore<F extends Finding>(findings: F[], ignore: IgnoreList): {
    kept: F[];
    ignored: F[];
};
/** Lines for the ignore file that accept `findings`, one per secret and path. */
export declare function baselineLines(findings: Finding[], existing: IgnoreList, date: string): string[];
