import { type Git } from '../git.js';
export declare class Walk {
    private readonly listing;
    /** Why git could not walk the history, when it could not (then nothing is known of it). */
    readonly error: string | null;
    /** Objects any ref reaches that the object database does not have. */
    readonly missing: string[];
    private readonly distinctPaths;
    private constructor();
    static empty(): Walk;
    /** Runs the walk. It never fetches: missing objects are listed, not downloaded. Never rejects. */
    static run(git: Git): Promise<Walk>;
    /** Each line, with the length of the object ids (40 or 64: every line starts with one). */
    private lines;
    /** One path of each of `oids` that a ref reaches; ids no ref reaches are left out. */
    pathsOf(oids: ReadonlySet<string>): Map<string, string>;
    /** Every distinct path (of files and folders) anywhere in history. */
    paths(): string[];
    /** Lets the spool go (its file is already unlinked: closing frees it). */
    close(): void;
}
