import type { Flags, Io } from '../cli/io.js';
import { type RepositoryScan } from './scan.js';
import type { Target } from './targets.js';
export interface JobSetup {
    cache: string;
    flags: Flags;
    env: Io['env'];
    cwd: string;
    /** CPUs each job may use (see HistoryOptions.cores); set by runJobs. */
    cores?: number;
}
export type JobRequest = {
    target: Target;
} | {
    abort: true;
};
export type JobReply = RepositoryScan | {
    error: string;
} | {
    stderr: string;
};
export type Outcome = {
    target: Target;
    scan: RepositoryScan;
} | {
    target: Target;
    error: string;
};
/** Every target audited, `jobs` at a time; `done` is told of each as it ends. Results keep the targets' order. */
export declare function runJobs(targets: Target[], jobs: number, setup: JobSetup, io: Io, done: (outcome: Outcome) => void): Promise<Outcome[]>;
