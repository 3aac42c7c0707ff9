import type { Flags, Io } from '../cli/io.js';
import { type PipelineResult } from '../pipeline.js';
import { type Policy } from '../policy.js';
import { type PolicyFiles } from '../policy-files.js';
import { type Git } from '../git.js';
import type { Notice } from '../report/types.js';
import type { Source } from '../sources/source.js';
import type { VerifyOptions } from '../verify/verify-findings.js';
import type { RuleSpec } from '../rules/types.js';
/**
 * Probe settings, checked before any scanning starts. Each probe goes to its rule's base URL, or to
 * the one its provider's SDK variable names (FLORA_BASE_URL), or to --api-base-url, which is refused
 * when probes of several providers are in force (it cannot say which one it means).
 */
export declare function probeOptions(flags: Flags, io: Io, rules: readonly RuleSpec[]): Promise<VerifyOptions>;
/** Flags every scanning command checks before it reads anything; probe settings once the rules are known. */
export declare function checkReportFlags(flags: Flags, io: Io, policy: Policy): Promise<VerifyOptions | null>;
/**
 * Where the repository's own policy is read from: nowhere with --no-repo-config; the base revision
 * given (a pull request's base: the pull request does not set its own policy); HEAD's tree for a
 * bare repository; else the working tree.
 */
export declare function policyFiles(git: Git | null, root: string, flags: Flags, base?: string): Promise<PolicyFiles>;
export declare function policyFor(files: PolicyFiles, flags: Flags, io: Io): Policy;
/** Notices for a pull request that changes the policy its scan runs under (which then comes from `base`). */
export declare function policyChangeNotices(git: Git, base: string, flags: Flags): Promise<Notice[]>;
export interface ScanRun extends PipelineResult {
    code: number;
}
/** Runs `source` through the pipeline, prints the report, and returns it with the exit code. */
export declare function scanAndReport(source: Source, policy: Policy, probe: VerifyOptions | null, flags: Flags, io: Io, notices?: Notice[]): Promise<ScanRun>;
