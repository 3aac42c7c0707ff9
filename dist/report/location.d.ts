import type { Finding } from '../findings.js';
/**
 * The entries inside `file` that lead to a key, with a gzip's nameless entry named from the file
 * (see archive/expand.ts): `['app.zip', '.env']`.
 */
export declare function archiveEntries(file: string, entries: string[]): string[];
/** `release.zip!app.zip!.env`: the file in the repository, then each entry inside. */
export declare function archiveLocation(file: string, entries: string[]): string;
export declare function shortId(id: string | null | undefined): string;
/** `path:line:column`, or where else the secret sits, for humans. */
export declare function describeLocation(f: Finding): string;
