import { type Git } from '../git.js';
import type { Source } from './source.js';
export interface StagedBlob {
    path: string;
    oid: string;
}
/** The blobs in the index that differ from HEAD (everything, before the first commit). */
export declare function listStaged(git: Git): Promise<StagedBlob[]>;
export declare function stagedSource(git: Git): Promise<Source>;
