import { type Pattern } from './pattern.js';
import type { RuleSpec } from './types.js';
export interface CompiledRule {
    spec: RuleSpec;
    pattern: Pattern;
    /** This rule's keywords, any case; the rule runs only on text holding one of them. */
    keywords: RegExp;
    context?: {
        pattern: Pattern;
        lines: number;
        required: boolean;
    };
    shape?: Pattern;
    /** The provider's published example keys: SHA-256 → where published. */
    publicExamples: Map<string, string>;
    /** Names the rule's stop-word list, so that rules with the same list share placeholder verdicts. */
    stopKey: string;
}
export declare function escapeRegExp(literal: string): string;
export declare function compileRule(spec: RuleSpec): CompiledRule;
