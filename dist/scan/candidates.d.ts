import type { ProviderEvidence } from '../findings.js';
import type { CompiledRule } from '../rules/compile.js';
import type { Environment } from '../rules/types.js';
import { Lines } from './text.js';
export interface Candidate {
    rule: CompiledRule;
    start: number;
    end: number;
    secret: string;
    entropy: number;
    environment: Environment | null;
    /** Lower is stronger evidence that this rule, not another, owns the secret. */
    strength: number;
    evidence: ProviderEvidence;
    /** The rule needs evidence (context.required) and has none yet. */
    needsEvidence: boolean;
    /** Set when the secret is a published example key: where it is published. */
    publicExample?: string;
    /** Set when the secret was found by decoding the text at start..end (e.g. `base64`, `base64/percent`). */
    encoding?: string;
}
/** How a word's place is said: "on the same line", "2 lines above". */
export declare function linesAway(count: number, above: boolean): string;
export declare function shownWord(word: string): string;
/** How long a config rule may run on one text before it is stopped there (and named). */
export declare const CONFIG_RULE_BUDGET_MS = 2000;
/** The candidates of every rule in `text`, before deciding which rule owns each. */
export declare function findCandidates(rules: readonly CompiledRule[], text: string, lines?: Lines, onSlow?: (ruleId: string) => void): Candidate[];
export declare const NOT_NEARBY = "no provider is named near it";
/** The rule that owns a secret, and the rules that matched the same text with no better evidence. */
export interface Owner {
    winner: Candidate;
    /**
     * Only while the winner has no evidence: the file, its path or the repository may pick one of them.
     * They start where the winner does, and may end elsewhere (an Apideck key goes on past a `-`).
     */
    rivals: Candidate[];
}
/**
 * Overlapping candidates are one secret, owned by the strongest (byStrength); a weaker candidate is
 * dropped only where it overlaps a stronger one that won, so a long weak match (an Apideck rule
 * running on past a `-` into the next key) cannot swallow a key it overlaps. Linear in the text: each
 * rule's matches do not overlap one another, so the candidates cover each character a few times at most.
 */
export declare function resolveOwners(candidates: Candidate[], textLength: number): Owner[];
/** Drops plain candidates lying inside a span that was decoded: encoded text is judged by what it says. */
export declare function outsideSpans(candidates: Candidate[], spans: [number, number][]): Candidate[];
