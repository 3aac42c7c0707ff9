export interface Target {
    /** The repository as reports, logs and the mirror's config name it: never with credentials. */
    repository: string;
    /** What git clones and fetches: the same URL, or the absolute local path. */
    url: string;
    /** For http(s): `user:password` taken out of the URL, sent only as a header of this fetch. */
    credentials?: string;
}
/** One line of a --repos file or one argument, as a target; `cwd` anchors local paths. */
export declare function parseTarget(text: string, cwd: string): Target;
/** A --repos file's lines: one repository each; blank lines and `#` comments are skipped. */
export declare function repoLines(text: string): string[];
/** The same repository named twice (with and without `.git`, a trailing slash) is audited once. */
export declare function normalised(repository: string): string;
export declare function dedupe(targets: Target[]): Target[];
/** The mirror's folder name: readable, safe characters only, and unique by a hash of the whole name. */
export declare function mirrorName(repository: string): string;
/** `--shard I/N`: 1-based I of N. */
export declare function parseShard(text: string): {
    index: number;
    count: number;
};
/**
 * Shard I of N: the repositories whose normalised name hashes to I-1 modulo N. The same repository is
 * in the same shard whatever the list's order or which other repositories it holds.
 */
export declare function inShard(repository: string, shard: {
    index: number;
    count: number;
}): boolean;
