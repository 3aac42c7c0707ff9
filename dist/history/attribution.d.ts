import { type SecretFinding } from '../findings.js';
import type { Git } from '../git.js';
import { type Attributor } from './attribute.js';
import type { CommitTable } from './commit-table.js';
import { RefReach, type HistoryFacts, type RefTip } from './facts.js';
export interface HistoryRead {
    git: Git;
    /** Every commit and tag object the scan read. */
    commits: CommitTable;
    tips: RefTip[];
    attributor: Attributor;
    allObjects: boolean;
    shallow: boolean;
}
export interface Attributed {
    findings: SecretFinding[];
    /** Findings only in objects no ref reaches (left out without --all-objects). */
    unreachable: number;
    facts: HistoryFacts;
}
/** Attributes every raw finding of a whole-history scan. */
export declare function attributeHistory(raw: SecretFinding[], read: HistoryRead): Promise<Attributed>;
/** Which refs reach each secret, whether HEAD still holds it, whether there is a remote. */
export declare function gatherFacts(git: Git, findings: SecretFinding[], tags: Set<string>, reach: RefReach, shallow: boolean): Promise<HistoryFacts>;
/** The facts narrowed to the secrets still reported (after ignore entries and allowlists). */
export declare function factsFor(facts: HistoryFacts, kept: Set<string>): HistoryFacts;
