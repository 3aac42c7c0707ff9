import type { Flags, Io } from '../cli/io.js';
import { type PipelineResult } from '../pipeline.js';
import type { Policy } from '../policy.js';
import type { Target } from './targets.js';
export interface RepositoryScan extends PipelineResult {
    policy: Policy;
}
export declare function auditRepository(target: Target, cache: string, flags: Flags, io: Io): Promise<RepositoryScan>;
