import { type Finding, type KeyExposure, type ProviderEvidence, type Verification } from '../findings.js';
export interface SecretGroup {
    secretSha256: string;
    redacted: string;
    ruleId: string;
    provider: string;
    environment: Finding['environment'];
    verification: Verification | null;
    /** The most exposed occurrence's exposure. */
    exposure: KeyExposure;
    /** The strongest evidence any occurrence has for the provider. */
    providerEvidence: ProviderEvidence;
    publicExample?: true;
    occurrences: Finding[];
}
/** One group per secret, most urgent first: verified live, then unknown, then inactive; then by severity. */
export declare function groupBySecret(findings: Finding[]): SecretGroup[];
