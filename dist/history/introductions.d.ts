import { type Git } from '../git.js';
import { type RawCommit } from './rawlog.js';
export declare class IntroductionLog {
    private readonly spooled;
    private readonly abort;
    private closed;
    private constructor();
    static start(git: Git): IntroductionLog;
    /**
     * The commits that added or changed a file to one of `blobs`, each with those changes only, in log
     * order. One pass over the spool; only matching commits are kept.
     */
    changesOf(blobs: ReadonlySet<string>): Promise<RawCommit[]>;
    /** Stops git if it still runs, and lets the spool go (once; later calls do nothing). */
    close(): void;
}
