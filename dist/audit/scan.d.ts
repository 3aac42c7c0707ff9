import type { Flags, Io } from '../cli/io.js';
import { type PipelineResult } from '../pipeline.js';
import type { RuleSpec } from '../rules/types.js';
import type { Target } from './targets.js';
export interface RepositoryScan extends PipelineResult {
    /** The rules it ran under: --verify probes with them (plain data: it crosses threads). */
    rules: RuleSpec[];
}
export declare function auditRepository(target: Target, cache: string, flags: Flags, io: Io, cores?: number): Promise<RepositoryScan>;
