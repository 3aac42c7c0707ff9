import type { Git } from '../git.js';
export interface PartialClone {
    /** The remote git would fetch missing objects from, if it names one. */
    remote: string | null;
}
/** Whether this repository is a partial clone, and from which remote it fills in objects. */
export declare function partialClone(git: Git): Promise<PartialClone | null>;
/** The warning for objects the repository lacks. */
export declare function missingWarning(count: number, partial: PartialClone | null): string;
/** Downloads `oids` from the promisor remote in one fetch, as git does for a partial clone. */
export declare function fetchMissing(git: Git, partial: PartialClone, oids: string[]): Promise<void>;
