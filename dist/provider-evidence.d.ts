import { type SecretFinding } from './findings.js';
import type { ProviderSpec, RuleSpec } from './rules/types.js';
import { type TreeFiles } from './sources/tree-files.js';
export declare class ProviderSettler {
    private readonly tree;
    private readonly rules;
    private readonly words;
    private readonly names;
    /** Secrets whose finding went to a rival with a longer match: old hash → new hash. */
    readonly renamed: Map<string, string>;
    constructor(rules: RuleSpec[], providers: ProviderSpec[], tree: TreeFiles | null);
    private choicesOf;
    /** Findings with the evidence their path and repository give; those whose rule needs evidence and found none are dropped. */
    settle(findings: SecretFinding[]): Promise<SecretFinding[]>;
    /**
     * One key belongs to one provider: an occurrence with no evidence takes the provider of another
     * occurrence of the same key that has some (when that provider's rule matched it too).
     */
    private sameKeyElsewhere;
    private byRepository;
}
