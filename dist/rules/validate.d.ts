import type { ProviderSpec, RuleSpec } from './types.js';
/** Checks one rule object. `shipped`: it comes with flora-keyscan (not from a config file). */
export declare function validateRule(raw: unknown, where: string, { shipped }?: {
    shipped?: boolean | undefined;
}): RuleSpec;
/** Checks a provider object: who issues the keys and what to do about a leaked one. */
export declare function validateProvider(raw: unknown, where: string, shipped?: boolean): ProviderSpec;
