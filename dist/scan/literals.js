// The keyword pre-filter: is any of a set of literals in a buffer? Buffer#indexOf is memchr-fast when
// the first byte it looks for is rare and slow when it is common (`s`, `e`, `_`), and each needle
// searched is one more pass over the content. So literals that share a stem of three or more
// characters are searched as one needle taken from that stem (the "anchor", chosen to start at a
// rare character), and the full literals are checked only where the anchor occurs. A case-insensitive
// literal is searched as every case variant of an anchor of at most two letters.
/** Characters of source code and prose from most to least common, roughly; others count as rare. */
const COMMON = ' etaoinsrlcdhupmf_g.,;=()y"\'bw/-v:k{}x\n\t0123456789*<>[]#&jq|z';
const MIN_STEM = 3;
const MAX_ANCHOR_LETTERS = 2;
/**
 * Below this many bytes, one regular expression of every literal beats a native search per needle:
 * for a commit header or a small delta, each search's call costs more than its bytes (measured on
 * git.git's files: 4x faster at 64 bytes, even at 1 KiB, slower from 4 KiB).
 */
const SMALL_HAYSTACK = 2048;
const isLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
/** How often a needle starting with `c` stops memchr: common characters cost most. */
const startCost = (c) => {
    if (c === '\0')
        return COMMON.length + 2; // rare in text, the commonest byte of binary content
    const i = COMMON.indexOf(c);
    return i === -1 ? 1 : 1 + COMMON.length - i;
};
function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return a.slice(0, i);
}
/** Every spelling of `text` in upper and lower case. */
function caseVariants(text) {
    let out = [''];
    for (const c of text)
        out = isLetter(c)
            ? out.flatMap((p) => [p + c.toLowerCase(), p + c.toUpperCase()])
            : out.map((p) => p + c);
    return out;
}
/**
 * The window of the stem to search for: the cheapest by the cost of its needles' first characters,
 * at least two characters long where the stem allows (a one-character needle stops at every
 * occurrence), and for a case-insensitive stem at most two letters (four spellings).
 */
function anchorOf(stem, caseInsensitive) {
    const minLength = Math.min(2, stem.length);
    let best = { at: 0, anchor: stem, cost: Number.POSITIVE_INFINITY };
    for (let at = 0; at + minLength <= stem.length; at++) {
        let end = at;
        let letters = 0;
        while (end < stem.length &&
            (!caseInsensitive || letters + (isLetter(stem[end]) ? 1 : 0) <= MAX_ANCHOR_LETTERS))
            letters += isLetter(stem[end++]) ? 1 : 0;
        if (end - at < minLength)
            continue;
        const anchor = stem.slice(at, end);
        const cost = (caseInsensitive ? caseVariants(anchor) : [anchor]).reduce((sum, n) => sum + startCost(n[0]), 0);
        if (cost < best.cost)
            best = { at, anchor, cost };
    }
    return best;
}
function plan(literals) {
    const groups = new Map();
    for (const literal of literals) {
        const text = literal.caseInsensitive ? literal.text.toLowerCase() : literal.text;
        const key = `${literal.caseInsensitive ? 'i' : 's'}:${text.slice(0, MIN_STEM)}`;
        groups.set(key, [
            ...(groups.get(key) ?? []),
            { text, caseInsensitive: literal.caseInsensitive },
        ]);
    }
    return [...groups.values()].map((members) => {
        const caseInsensitive = members[0].caseInsensitive;
        const { at, anchor } = anchorOf(members.map((m) => m.text).reduce(commonPrefix), caseInsensitive);
        const needles = caseInsensitive ? caseVariants(anchor) : [anchor];
        return {
            at,
            caseInsensitive,
            needles: needles.map((n) => Buffer.from(n, 'latin1')),
            members: members.map((m) => Buffer.from(m.text, 'latin1')),
        };
    });
}
/** ASCII case folding, byte by byte: the literals are ASCII. */
function equalsFolded(haystack, start, literal) {
    for (let j = 0; j < literal.length; j++) {
        let c = haystack[start + j];
        if (c >= 65 && c <= 90)
            c += 32;
        if (c !== literal[j])
            return false;
    }
    return true;
}
/**
 * One expression matching exactly the literals (letters of a case-insensitive one in either case),
 * written as a trie: literals that share a start share its test (`sk_(?:live_|test_)`), which makes
 * the expression a sixth faster on the gate's 40 literals than a flat list of alternatives.
 */
function literalsPattern(literals) {
    if (literals.length === 0)
        return null;
    const escape = (c) => (/[\w\0]/.test(c) ? c : `\\${c}`);
    const root = { next: new Map(), ends: false };
    for (const { text, caseInsensitive } of literals) {
        let node = root;
        for (const c of text) {
            const token = caseInsensitive && isLetter(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c);
            if (!node.next.has(token))
                node.next.set(token, { next: new Map(), ends: false });
            node = node.next.get(token);
        }
        node.ends = true;
    }
    // A literal that ends where a longer one goes on already matches: the longer need not be tried.
    const source = (node) => {
        if (node.ends)
            return '';
        const alternatives = [...node.next].map(([token, child]) => token + source(child));
        return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
    };
    return new RegExp(source(root));
}
export class LiteralSet {
    searches;
    small;
    literals;
    /** The longest literal's length in bytes. */
    longest;
    /** A byte, not zero, that is in no literal in any case: joining texts with it cannot make a literal. */
    separator;
    constructor(literals) {
        const unique = new Map();
        for (const l of literals)
            unique.set(`${l.caseInsensitive ? l.text.toLowerCase() : l.text}\0${l.caseInsensitive}`, l);
        this.literals = [...unique.values()];
        this.searches = plan(this.literals);
        this.small = literalsPattern(this.literals);
        this.longest = Math.max(0, ...this.literals.map((l) => Buffer.byteLength(l.text, 'latin1')));
        const used = new Set(this.literals.flatMap((l) => [
            ...Buffer.from(l.text.toLowerCase() + l.text.toUpperCase() + l.text, 'latin1'),
        ]));
        this.separator = 1;
        while (used.has(this.separator))
            this.separator++;
    }
    /** True if any literal occurs in `haystack`. */
    test(haystack) {
        if (haystack.length < SMALL_HAYSTACK)
            return this.small !== null && this.small.test(haystack.toString('latin1'));
        return this.searches.some((search) => contains(haystack, search));
    }
    /** Where the first literal at or after `from` starts, or -1. */
    next(haystack, from) {
        let best = -1;
        for (const search of this.searches) {
            const at = firstMember(haystack, search, from);
            if (at !== -1 && (best === -1 || at < best))
                best = at;
        }
        return best;
    }
}
function memberAt(haystack, start, { members, caseInsensitive }) {
    if (start < 0)
        return false;
    for (const member of members) {
        if (start + member.length > haystack.length)
            continue;
        if (caseInsensitive
            ? equalsFolded(haystack, start, member)
            : haystack.compare(member, 0, member.length, start, start + member.length) === 0)
            return true;
    }
    return false;
}
function firstMember(haystack, search, from) {
    let best = -1;
    for (const needle of search.needles) {
        for (let i = haystack.indexOf(needle, from + search.at); i !== -1 && (best === -1 || i - search.at < best); i = haystack.indexOf(needle, i + 1)) {
            if (memberAt(haystack, i - search.at, search)) {
                best = i - search.at;
                break;
            }
        }
    }
    return best;
}
function contains(haystack, { at, needles, members, caseInsensitive }) {
    for (const needle of needles) {
        for (let i = haystack.indexOf(needle, at); i !== -1; i = haystack.indexOf(needle, i + 1)) {
            const start = i - at;
            for (const member of members) {
                if (start + member.length > haystack.length)
                    continue;
                if (caseInsensitive
                    ? equalsFolded(haystack, start, member)
                    : haystack.compare(member, 0, member.length, start, start + member.length) === 0)
                    return true;
            }
        }
    }
    return false;
}
