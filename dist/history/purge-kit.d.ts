import { type SecretFinding } from '../findings.js';
import type { Git } from '../git.js';
export declare const REDACTION = "***REMOVED***";
export interface PurgeKit {
    dir: string;
    secrets: number;
    forms: number;
    /** Blobs --replace-text cannot edit (binary, UTF-16, archives), removed instead, with their paths. */
    stripped: {
        blob: string;
        paths: string[];
    }[];
}
/**
 * Checks, before any scanning, that the kit can be written to `target`: outside the repository (it
 * holds the full keys), and a new folder or an empty one.
 */
export declare function checkKitFolder(target: string, git: Git): Promise<string>;
export declare function writePurgeKit(target: string, git: Git, findings: SecretFinding[]): Promise<PurgeKit>;
