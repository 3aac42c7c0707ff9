import { type Git } from '../git.js';
import type { Source } from './source.js';
/** `revs` as git rev-list takes them (`origin/main..HEAD`, or `<oid> --not --remotes=origin`). */
export declare function rangeSource(git: Git, revs: string[], scope: string, { withFacts }?: {
    withFacts?: boolean | undefined;
}): Promise<Source>;
