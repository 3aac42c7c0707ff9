import type { Verification } from '../findings.js';
export interface VerdictReport {
    redacted: string;
    secretSha256: string;
    /** The provider's name, as people write it. */
    provider: string;
    verification: Verification;
}
export declare function verdictText({ redacted, provider, verification: v }: VerdictReport): string;
export declare function verdictJson(verdict: VerdictReport): string;
