// Every rule's plausible matches in one decoded text, and which rule owns each secret. Linear in the
// text: each rule's context words are found once per text and looked up by position, not searched
// again around every match.
import { shannonEntropy } from './entropy.js';
import { placeholderReason } from './placeholder.js';
import { sha256Hex } from './secret.js';
import { Lines } from './text.js';
const SHAPE_MATCH = 0;
const PUBLIC_EXAMPLE = 0.5;
const NO_CONTEXT = 1e12;
/** Evidence words are shown as found, but never at length (they are the scanned file's text). */
const WORD_SHOWN = 40;
/** How a word's place is said: "on the same line", "2 lines above". */
export function linesAway(count, above) {
    if (count === 0)
        return 'on the same line';
    return `${count} line${count === 1 ? '' : 's'} ${above ? 'above' : 'below'}`;
}
export function shownWord(word) {
    return `'${word.length > WORD_SHOWN ? word.slice(0, WORD_SHOWN) + '…' : word.trim()}'`;
}
/** How far along one line context words may be, so a minified file does not tie every key to every word. */
const CONTEXT_REACH = 400;
/** Where a context pattern matches in one text, found once, asked many times. */
class ContextHits {
    starts = [];
    ends = [];
    constructor(text, pattern) {
        for (const m of pattern.matches(text)) {
            this.starts.push(m.start);
            this.ends.push(m.end);
        }
    }
    /** Index of the first hit starting at or after `offset`. */
    firstAtOrAfter(offset) {
        let lo = 0;
        let hi = this.starts.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.starts[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /**
     * The nearest hit inside [from, to) but not inside the secret [start, end): how far (lines × 1e6 +
     * characters), and what it says and where, for people.
     */
    nearest(lines, start, end, from, to) {
        let best = null;
        const word = (i) => shownWord(lines.text.slice(this.starts[i], this.ends[i]));
        const before = this.firstAtOrAfter(start) - 1;
        if (before >= 0 && this.starts[before] >= from) {
            const count = lines.between(this.starts[before], start);
            best = {
                distance: count * 1e6 + (start - this.starts[before]),
                detail: `${word(before)} ${linesAway(count, true)}`,
            };
        }
        const after = this.firstAtOrAfter(end);
        if (after < this.starts.length && this.ends[after] <= to) {
            const at = this.starts[after];
            const count = lines.between(end, at);
            const distance = count * 1e6 + (at - end);
            if (best === null || distance < best.distance)
                best = { distance, detail: `${word(after)} ${linesAway(count, false)}` };
        }
        return best;
    }
}
function toMatch(m) {
    const secret = m.group('secret');
    if (!secret?.text)
        return null;
    return { secret, body: m.group('body')?.text ?? secret.text, env: m.group('env')?.text };
}
function ruleEnvironment(rule, match) {
    const env = match.env ?? rule.environment;
    return env === 'live' || env === 'test' ? env : null;
}
/** How long a config rule may run on one text before it is stopped there (and named). */
export const CONFIG_RULE_BUDGET_MS = 2000;
/**
 * What every rule asks of one text, computed once: where context words are, the secrets' hashes, and
 * for shipped rules (most share a pattern: every provider of `sk_live_`) the matches of each pattern
 * and each body's entropy and placeholder verdicts.
 */
class TextFacts {
    text;
    lines;
    contexts = new Map();
    hashes = new Map();
    matchesBy = new Map();
    /** Stop-word list → body → whether it is a placeholder: the same body matched by several patterns is judged once. */
    placeholders = new Map();
    placeholder(body, rule) {
        let verdicts = this.placeholders.get(rule.stopKey);
        if (!verdicts)
            this.placeholders.set(rule.stopKey, (verdicts = new Map()));
        let is = verdicts.get(body);
        if (is === undefined)
            verdicts.set(body, (is = placeholderReason(body, rule.spec.stopwords) !== null));
        return is;
    }
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
    }
    matches(rule) {
        let found = this.matchesBy.get(rule.spec.pattern);
        if (!found) {
            found = [];
            for (const m of rule.pattern.matches(this.text)) {
                const match = toMatch(m);
                if (match)
                    found.push(match);
            }
            this.matchesBy.set(rule.spec.pattern, found);
        }
        return found;
    }
}
/** The candidate a match makes for `rule`, or null when its body fails the rule's checks. */
function candidateOf(rule, facts, m) {
    const { spec } = rule;
    const entropy = (m.entropy ??= shannonEntropy(m.body));
    if (entropy < spec.minEntropy)
        return null;
    if (spec.placeholderCheck && facts.placeholder(m.body, rule))
        return null;
    return {
        rule,
        start: m.secret.start,
        end: m.secret.end,
        secret: m.secret.text,
        entropy,
        environment: ruleEnvironment(spec, m),
        ...evidenceOf(rule, facts, m.secret.start, m.secret.end, m.secret.text),
    };
}
/**
 * The candidates of one rule. A shipped rule's matches are shared with the rules of the same pattern;
 * a config rule's run on their own, and one that runs past its budget stops, and `onSlow` is told.
 */
function ruleCandidates(rule, facts, onSlow) {
    const found = [];
    const keep = (c) => c && found.push(c);
    if (rule.spec.shipped) {
        for (const m of facts.matches(rule))
            keep(candidateOf(rule, facts, m));
        return found;
    }
    const started = performance.now();
    let seen = 0;
    for (const raw of rule.pattern.matches(facts.text)) {
        if (++seen % 64 === 0 && performance.now() - started > CONFIG_RULE_BUDGET_MS) {
            onSlow?.(rule.spec.id);
            break;
        }
        const m = toMatch(raw);
        if (m)
            keep(candidateOf(rule, facts, m));
    }
    return found;
}
/** The candidates of every rule in `text`, before deciding which rule owns each. */
export function findCandidates(rules, text, lines = new Lines(text), onSlow) {
    const facts = new TextFacts(text, lines);
    return rules.flatMap((rule) => rule.keywords.test(text) ? ruleCandidates(rule, facts, onSlow) : []);
}
export const NOT_NEARBY = 'no provider is named near it';
const NONE = { kind: 'none', detail: NOT_NEARBY };
/**
 * The evidence a text gives that `rule` owns this secret, strongest first: its shape, a published
 * example, its provider's words nearby. A rule without context words is its own evidence (its pattern
 * names what it finds). File and repository evidence come later, for the secrets left with none.
 */
function evidenceOf(rule, facts, start, end, secret) {
    const required = rule.context?.required === true;
    if (rule.shape?.test(secret))
        return {
            strength: SHAPE_MATCH,
            evidence: { kind: 'shape', detail: 'a key shape only this provider issues' },
            needsEvidence: false,
        };
    if (rule.publicExamples.size > 0) {
        let hash = facts.hashes.get(secret);
        if (hash === undefined)
            facts.hashes.set(secret, (hash = sha256Hex(secret)));
        const source = rule.publicExamples.get(hash);
        if (source !== undefined)
            return {
                strength: PUBLIC_EXAMPLE,
                evidence: { kind: 'publicExample', detail: source },
                needsEvidence: false,
                publicExample: source,
            };
    }
    const context = rule.context;
    if (!context)
        return {
            strength: NO_CONTEXT,
            evidence: { kind: 'shape', detail: "the rule's own pattern" },
            needsEvidence: false,
        };
    let hits = facts.contexts.get(context.pattern);
    if (!hits)
        facts.contexts.set(context.pattern, (hits = new ContextHits(facts.text, context.pattern)));
    const { lines } = facts;
    const from = Math.max(lines.startBefore(start, context.lines), start - CONTEXT_REACH);
    const to = Math.min(lines.endAfter(end, context.lines), end + CONTEXT_REACH);
    const near = hits.nearest(lines, start, end, from, to);
    if (near)
        return {
            strength: 1 + near.distance,
            evidence: { kind: 'line', detail: near.detail },
            needsEvidence: false,
        };
    return { strength: NO_CONTEXT, evidence: NONE, needsEvidence: required };
}
/** Which characters of a text winners already cover: one bit each. */
class Covered {
    bits;
    constructor(length) {
        this.bits = new Uint32Array((length >>> 5) + 1);
    }
    /** Whether any character in [start, end) is covered; stops at the first. */
    any(start, end) {
        for (let i = start; i < end; i++)
            if (this.bits[i >>> 5] & (1 << (i & 31)))
                return true;
        return false;
    }
    mark(start, end) {
        for (let i = start; i < end; i++)
            this.bits[i >>> 5] |= 1 << (i & 31);
    }
}
/** Strongest first: a decoded secret, then evidence (shape, published example, nearest words), a rule that needs no evidence, priority, position. */
function byStrength(a, b) {
    return (Number(!a.encoding) - Number(!b.encoding) ||
        a.strength - b.strength ||
        Number(a.needsEvidence) - Number(b.needsEvidence) ||
        b.rule.spec.priority - a.rule.spec.priority ||
        a.start - b.start ||
        b.end - a.end);
}
/**
 * Overlapping candidates are one secret, owned by the strongest (byStrength); a weaker candidate is
 * dropped only where it overlaps a stronger one that won, so a long weak match (an Apideck rule
 * running on past a `-` into the next key) cannot swallow a key it overlaps. Linear in the text: each
 * rule's matches do not overlap one another, so the candidates cover each character a few times at most.
 */
export function resolveOwners(candidates, textLength) {
    const covered = new Covered(textLength);
    const byStart = new Map();
    for (const c of [...candidates].sort(byStrength)) {
        if (!covered.any(c.start, c.end)) {
            covered.mark(c.start, c.end);
            byStart.set(c.start, { winner: c, rivals: [] });
            continue;
        }
        // The same start as a winner no evidence chose: the file, its path or the repository may pick it.
        const owner = byStart.get(c.start);
        if (owner &&
            owner.winner.evidence.kind === 'none' &&
            c.encoding === owner.winner.encoding &&
            c.rule.spec.provider !== owner.winner.rule.spec.provider &&
            c.rule.context !== undefined)
            owner.rivals.push(c);
    }
    return [...byStart.values()].sort((a, b) => a.winner.start - b.winner.start);
}
/** Drops plain candidates lying inside a span that was decoded: encoded text is judged by what it says. */
export function outsideSpans(candidates, spans) {
    if (spans.length === 0)
        return candidates;
    spans.sort((a, b) => a[0] - b[0]);
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    const kept = [];
    let s = 0;
    let reach = -1;
    for (const c of sorted) {
        while (s < spans.length && spans[s][0] <= c.start)
            reach = Math.max(reach, spans[s++][1]);
        if (c.encoding || c.end > reach)
            kept.push(c);
    }
    return kept;
}
