import { type Finding, type KeyExposure } from '../findings.js';
import type { HistoryFacts } from '../history/facts.js';
import type { StepSpec } from '../rules/types.js';
import { type SecretGroup } from './group.js';
import type { Report } from './types.js';
export type PlaybookStep = StepSpec;
export interface SecretPlaybook {
    secretSha256: string;
    redacted: string;
    provider: string;
    /**
     * The key's status: live, inactive or unknown (unknown also when not verified); other-provider when
     * it cannot be checked; public-example for a published documentation key (no one's account).
     */
    status: 'live' | 'inactive' | 'unknown' | 'other-provider' | 'public-example';
    /** How far the key has got (see findings.ts KeyExposure): decides most of the advice. */
    exposure: KeyExposure;
    steps: PlaybookStep[];
}
/** What a playbook needs to know of the scan. */
export type PlaybookContext = Pick<Report, 'rules' | 'providers' | 'verified'>;
/** Where the key belongs instead of the code: the provider's variable, or any environment variable. */
export declare function keyHome(report: Pick<Report, 'providers'>, providerId: string): string;
/** The settings files (`.env`, `prod.env`) a key sits in. */
export declare function settingsFiles(g: SecretGroup): string[];
export declare function gitignoreStep(paths: string[]): PlaybookStep;
/** What to do about one key: by how far it got (exposure), whether it works (verdict) and its environment. */
export declare function playbookFor(report: PlaybookContext, g: SecretGroup): SecretPlaybook;
/** A key's playbook in two parts: its own steps (revoke, rotate…) and those about where it is. */
export declare function splitPlaybook(report: PlaybookContext, g: SecretGroup): {
    own: PlaybookStep[];
    place: PlaybookStep[];
};
export declare function playbooks(report: Report): SecretPlaybook[];
/** How not to leak the next one: the prevention of every provider found (or of all, without findings), then the hook. */
export declare function prevention(report: Pick<Report, 'providers' | 'findings'>): PlaybookStep[];
export interface IncidentSummary {
    uniqueKeys: number;
    live: number;
    firstCommitDate: string | null;
    lastCommitDate: string | null;
    refs: string[];
    hasRemote: boolean;
}
/** The top of a history report: how bad is it? */
export declare function incidentSummary(findings: Finding[], facts: HistoryFacts): IncidentSummary;
