import type { RuleBook, RuleSpec } from './types.js';
/** The rules shipped with the package. */
export declare const BUILTIN_RULES_DIR: string;
/** Every *.json file in a directory is one provider with its rules. */
export declare function loadRuleDir(dir: string, { shipped }?: {
    shipped?: boolean | undefined;
}): RuleBook;
export interface ExtraRule {
    raw: unknown;
    where: string;
}
/**
 * The shipped rules plus rules from a config file. A config rule with a shipped rule's id replaces it
 * (the caller counts that as a suppression source: it can switch a shipped rule off).
 */
export declare function loadRuleBook(extra?: ExtraRule[], dir?: string): RuleBook;
/** The rules alone (library convenience). */
export declare function loadRules(extra?: ExtraRule[], dir?: string): RuleSpec[];
