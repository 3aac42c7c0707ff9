import type { SecretFinding } from '../findings.js';
import type { ProbeSpec, RuleSpec } from '../rules/types.js';
import { type ProbeOptions } from './probe.js';
export interface VerifyOptions extends Omit<ProbeOptions, 'baseUrl'> {
    concurrency: number;
    /** Probe keys that nothing ties to the provider too (--verify-unattributed). */
    unattributed: boolean;
    /** The checked base URL each probe goes to (see commands/setup.ts). */
    baseUrlOf(probe: ProbeSpec): string;
}
export declare function verifyFindings(findings: SecretFinding[], rules: RuleSpec[], options: VerifyOptions): Promise<{
    probes: number;
}>;
