// Every rule carries examples it must find and negative examples it must not. Key-shaped examples are
// written as templates so that no real-looking key is ever committed: {{random:N}} is N random base62
// characters, {{hex:N}} and {{upperhex:N}} N random hex digits, {{repeat:C:N}} is C repeated N times,
// {{sequence:N}} is 0123456789abc… cut to N.
// A random body is redrawn in the rare case it is as repetitive as a placeholder (about 1 in 1,000 for
// 16 characters), so that an example tests the rule, not the dice.
import { randomInt } from 'node:crypto';
import { Engine } from '../scan/engine.js';
import { shannonEntropy } from '../scan/entropy.js';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const SEQUENCE = '0123456789abcdefghijklmnopqrstuvwxyz';
export function randomBase62(length) {
    let out = '';
    for (let i = 0; i < length; i++)
        out += BASE62[randomInt(BASE62.length)];
    return out;
}
const MIN_EXAMPLE_ENTROPY = 3.2;
function keyLikeBody(length, alphabet = BASE62) {
    for (;;) {
        let body = '';
        for (let i = 0; i < length; i++)
            body += alphabet[randomInt(alphabet.length)];
        // Short bodies cannot reach 3.2 bits: ask for the same share of their maximum instead.
        const most = Math.log2(Math.max(Math.min(length, alphabet.length), 2));
        if (shannonEntropy(body) >= Math.min(MIN_EXAMPLE_ENTROPY, 0.8 * most))
            return body;
    }
}
export function expandTemplate(example) {
    return example.replace(/\{\{(random|hex|upperhex|repeat|sequence):([^}]*)\}\}/g, (_, kind, arg) => {
        if (kind === 'random')
            return keyLikeBody(Number(arg));
        if (kind === 'hex')
            return keyLikeBody(Number(arg), '0123456789abcdef');
        if (kind === 'upperhex')
            return keyLikeBody(Number(arg), '0123456789ABCDEF');
        if (kind === 'sequence')
            return SEQUENCE.slice(0, Number(arg));
        const [char, count] = arg.split(':');
        return (char ?? '').repeat(Number(count));
    });
}
/** Runs each rule's examples through the whole engine (so provider resolution is part of the check). */
export function checkRuleExamples(rules) {
    const engine = new Engine(rules);
    const failures = [];
    const found = (rule, example) => engine
        .scan(Buffer.from(expandTemplate(example)), { kind: 'file', path: 'example' })
        .findings.some((f) => f.ruleId === rule.id);
    for (const rule of rules) {
        for (const example of rule.examples)
            if (!found(rule, example))
                failures.push({ ruleId: rule.id, example, problem: 'missed' });
        for (const example of rule.negativeExamples)
            if (found(rule, example))
                failures.push({ ruleId: rule.id, example, problem: 'matched negative example' });
    }
    return failures;
}
