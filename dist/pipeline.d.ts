import { type SecretFinding } from './findings.js';
import { type Policy } from './policy.js';
import { type Notice, type Report } from './report/types.js';
import type { Progress, Source } from './sources/source.js';
import type { VerifyOptions } from './verify/verify-findings.js';
export interface PipelineOptions {
    policy: Policy;
    signal?: AbortSignal;
    progress?: (done: Progress, total: Progress) => void;
    phase?: (name: string) => void;
    /** Probe settings when --verify was given; without them no network request is made. */
    probe?: VerifyOptions | null;
    reportUnusedIgnores?: boolean;
    /** Notices the command found before scanning (a pull request that changes the policy). */
    notices?: Notice[];
    /** Keys an earlier version already held count as findings too (--all-content). */
    allContent?: boolean;
    /** The scan guards a commit or a push: said in the report. */
    blocking?: 'commit' | 'push';
}
export interface PipelineResult {
    report: Report;
    /** The same findings with their secrets, in the same order: for the purge kit only. */
    secrets: SecretFinding[];
}
export declare function runPipeline(source: Source, options: PipelineOptions): Promise<PipelineResult>;
