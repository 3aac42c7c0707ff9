import { type Env } from '../git.js';
import { type Target } from './targets.js';
export interface Mirrored {
    dir: string;
    /** Whether this run cloned it (false: an earlier mirror was fetched). */
    cloned: boolean;
}
/** Clones or fetches `target` into its mirror under `cache`; throws a GitError that names no credential. */
export declare function mirror(target: Target, cache: string, env: Env): Promise<Mirrored>;
