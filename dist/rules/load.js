// Loads the shipped rules (rules/*.json, one file per provider) and extra rules from a config file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { validateProvider, validateRule } from './validate.js';
/** The rules shipped with the package. */
export const BUILTIN_RULES_DIR = join(PACKAGE_ROOT, 'rules') + '/';
function parseJsonFile(file) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (error) {
        throw new UserError(`cannot read rule file ${file}: ${error.code ?? error.message}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new UserError(`${file}: not valid JSON: ${error.message}`);
    }
}
/** One provider file: `{ "provider": {…}, "rules": [ … ] }`; every rule must name that provider. */
function loadProviderFile(file, shipped) {
    const raw = parseJsonFile(file);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new UserError(`${file}: a rule file must be a JSON object with "provider" and "rules"`);
    const { provider: rawProvider, rules: rawRules, ...rest } = raw;
    for (const key of Object.keys(rest))
        throw new UserError(`${file}: field "${key}" is not a known field of a rule file (known: provider, rules)`);
    const provider = validateProvider(rawProvider, file, shipped);
    if (!Array.isArray(rawRules) || rawRules.length === 0)
        throw new UserError(`${file}: field "rules" must be a non-empty list of rules`);
    const rules = rawRules.map((r, i) => validateRule(r, `${file} rules[${i}]`, { shipped }));
    for (const rule of rules) {
        if (rule.provider !== provider.id)
            throw new UserError(`${rule.source}: field "provider" is "${rule.provider}", but this file is for "${provider.id}"`);
    }
    return { provider, rules: rules.map((r) => withEvidence(r, provider, shipped)) };
}
/**
 * A rule with its provider's evidence, and its context words defaulting to the provider's (which then
 * run on the engine of the provider's file: JavaScript's for the shipped ones).
 */
function withEvidence(rule, provider, providerShipped) {
    const words = provider?.evidence.words;
    if (rule.context && !rule.context.pattern && !words)
        throw new UserError(`${rule.source}: field "context.pattern" is needed: provider "${rule.provider}" has no evidence words to default to`);
    return {
        ...rule,
        ...(provider ? { evidence: provider.evidence } : {}),
        ...(rule.context && !rule.context.pattern
            ? { context: { ...rule.context, pattern: words, shipped: providerShipped } }
            : {}),
    };
}
/** Every *.json file in a directory is one provider with its rules. */
export function loadRuleDir(dir, { shipped = false } = {}) {
    let names;
    try {
        names = readdirSync(dir)
            .filter((n) => n.endsWith('.json'))
            .sort();
    }
    catch (error) {
        throw new UserError(`cannot read rules directory ${dir}: ${error.code ?? error.message}`);
    }
    const book = { rules: [], providers: [] };
    const byId = new Map();
    for (const name of names) {
        const { provider, rules } = loadProviderFile(join(dir, name), shipped);
        if (book.providers.some((p) => p.id === provider.id))
            throw new UserError(`${provider.source}: provider "${provider.id}" is defined twice`);
        book.providers.push(provider);
        for (const rule of rules) {
            const earlier = byId.get(rule.id);
            if (earlier)
                throw new UserError(`${rule.source}: field "id" repeats "${rule.id}" from ${earlier.source}`);
            byId.set(rule.id, rule);
            book.rules.push(rule);
        }
    }
    return book;
}
/**
 * The shipped rules plus rules from a config file. A config rule with a shipped rule's id replaces it
 * (the caller counts that as a suppression source: it can switch a shipped rule off).
 */
export function loadRuleBook(extra = [], dir = BUILTIN_RULES_DIR) {
    const book = loadRuleDir(dir, { shipped: dir === BUILTIN_RULES_DIR });
    const rules = new Map(book.rules.map((r) => [r.id, r]));
    for (const { raw, where } of extra) {
        const rule = validateRule(raw, where);
        rules.set(rule.id, withEvidence(rule, book.providers.find((p) => p.id === rule.provider), dir === BUILTIN_RULES_DIR));
    }
    return { rules: [...rules.values()], providers: book.providers };
}
/** The rules alone (library convenience). */
export function loadRules(extra = [], dir = BUILTIN_RULES_DIR) {
    return loadRuleBook(extra, dir).rules;
}
