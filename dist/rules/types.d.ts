export type Environment = 'live' | 'test';
export type Severity = 'critical' | 'high' | 'medium' | 'low';
/** The live-key probe, as data in a shipped rule (see src/verify). */
export interface ProbeSpec {
    method: 'GET' | 'HEAD';
    /** The provider's API (https); the probe's path is appended. */
    baseUrl: string;
    /** The variable the provider's SDKs read to point elsewhere (tests point it at a local server). */
    baseUrlEnv?: string;
    /** Path under the API base URL; never a scheme, host or `..`. */
    path: string;
    headers: Record<string, string>;
    live: number[];
    inactive: number[];
    /** Answers that are not JSON mean the probe did not reach the API (a login page, a proxy): unknown. */
    json: boolean;
    /** The header the API names each request by (support asks for it). */
    requestIdHeader?: string;
    /** Where the error code is in a JSON answer, as a dotted path (`error.code`). */
    errorCode?: string;
}
/** One step of advice. `{{redacted}}` and `{{requestIds}}` are filled in per key. */
export interface StepSpec {
    id: string;
    title: string;
    detail: string;
    /** Only for keys of these environments (an audit is for production keys); all when absent. */
    environments?: Environment[];
}
/** A published documentation or SDK key: public, not anyone's leak. Stored as a hash, never as text. */
export interface PublicExample {
    sha256: string;
    /** Where it is published ("Stripe API reference"). */
    source: string;
}
/**
 * What ties a key to its provider beyond the key itself (see docs/providers.md): the provider's name
 * as it appears near keys, in imports, headings and paths; its packages as manifests list them; and
 * its published example keys.
 */
export interface EvidenceSpec {
    /** Where these match (a line, an import, a heading, a path, an env template's names), the provider is named. */
    words?: string;
    /** Dependency names in manifests (package.json, go.mod, requirements.txt…); `@scope/*` and module prefixes match their children. */
    packages: string[];
    publicExamples: PublicExample[];
}
/** What every rule of one provider shares: who they are and what to do about a leaked key. */
export interface ProviderSpec {
    id: string;
    /** How people write the provider's name ("FLORA", "Stripe"). */
    name: string;
    /** The environment variable its SDKs read the key from, where there is a convention. */
    envVar?: string;
    /** Where a key is revoked, as a phrase ("in FLORA, Settings → API Keys"). */
    revokeWhere?: string;
    /** Steps for a key that may still work: revoke, rotate, audit. */
    rotation: StepSpec[];
    /** How not to leak the next one. */
    prevention: StepSpec[];
    evidence: EvidenceSpec;
    source: string;
}
/** A rule as written in rules/*.json or a config file, after validation. */
export interface RuleSpec {
    id: string;
    description: string;
    /** Who issues the secret: a provider id. */
    provider: string;
    severity: Severity;
    environment?: Environment;
    /** Literals, matched case-insensitively; content holding none of them is never run through the pattern. */
    keywords: string[];
    /**
     * Literals every secret of this rule starts with (`sk_live_`): shown in redacted form, and searched
     * for in every encoding the engine decodes.
     */
    prefixes: string[];
    /** Regular expression with a named group `secret` and optionally `body` (what entropy is measured on). */
    pattern: string;
    minEntropy: number;
    /** Reject bodies that look like placeholders (repeats, sequences, stop words). */
    placeholderCheck: boolean;
    stopwords: string[];
    /**
     * Words that tie a match to this rule's provider: near it (`lines`), or in its file and repository.
     * `required`: without such evidence (or a shape or public example) the match is another rule's.
     * The pattern defaults to the provider's `evidence.words`.
     */
    context?: {
        pattern: string;
        lines: number;
        required: boolean;
        /** The pattern is a shipped provider's words (trusted: JavaScript's engine), not the rule's own. */
        shipped?: boolean;
    };
    /** A secret matching this pattern belongs to this rule whatever its context (e.g. Stripe's `sk_live_51…`). */
    shape?: string;
    /** On a line holding one of the keywords, decode encoded values too (`FLORA_API_KEY: <base64>`). */
    decodeValuesNearKeywords: boolean;
    verify?: ProbeSpec;
    remediation?: string;
    /** Breaks ties when several rules match the same secret with equal evidence; higher wins. */
    priority: number;
    examples: string[];
    negativeExamples: string[];
    /** Where the rule came from, for error messages. */
    source: string;
    /** Shipped with flora-keyscan (only shipped rules may probe). */
    shipped: boolean;
    /** The provider's evidence (from its rule file), for the file and repository steps and public examples. */
    evidence?: EvidenceSpec;
}
/** The rules in force and the providers they name. */
export interface RuleBook {
    rules: RuleSpec[];
    providers: ProviderSpec[];
}
