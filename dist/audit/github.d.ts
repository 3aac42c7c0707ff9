import type { Env } from '../git.js';
import type { Target } from './targets.js';
export interface GithubListing {
    kind: 'org' | 'user';
    name: string;
    apiUrl: string;
    includeForks: boolean;
    includeArchived: boolean;
    env: Env;
    signal?: AbortSignal;
    /** Waits longer than this are not waited out. */
    maxWaitMs?: number;
}
/** The `rel="next"` URL of a Link header, if any. */
export declare function nextLink(link: string | null): string | null;
/** Every repository listed, as audit targets. */
export declare function listGithub(options: GithubListing): Promise<Target[]>;
