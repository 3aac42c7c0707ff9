// Finds encoded text worth decoding: tokens around literal signatures of the rules' prefixes in every
// codec (see codecs.ts), and encoded values on lines that name a keyword of a rule that asks for it.
// Linear in the text: hits are swept in order, a hit inside a token already decoded is skipped, and
// every fragment of a text is decoded into one copy of it (decodedText) that is scanned once.
import { escapeRegExp } from '../rules/compile.js';
import { CODECS, VALUE_CODEC, VALUE_TOKEN } from './codecs.js';
import { LiteralSet } from './literals.js';
function charTable(chars) {
    const table = new Uint8Array(65536);
    for (const c of chars)
        table[c.charCodeAt(0)] = 1;
    return table;
}
/** Whether [start, end) overlaps one of `spans` (sorted, disjoint); all of the text when spans is null. */
function overlaps(spans, start, end) {
    if (spans === null)
        return true;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (spans[mid].end <= start)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < spans.length && spans[lo].start < end;
}
/**
 * `text` with every fragment replaced by its decoding (fragments sorted; one overlapping an earlier
 * one is dropped), and where each decoded span now lies.
 */
export function decodedText(text, fragments) {
    const parts = [];
    const spans = [];
    let from = 0;
    let length = 0;
    for (const f of [...fragments].sort((a, b) => a.start - b.start)) {
        if (f.start < from)
            continue;
        parts.push(text.slice(from, f.start), f.decoded);
        length += f.start - from;
        spans.push({
            start: length,
            end: length + f.decoded.length,
            sourceStart: f.start,
            sourceEnd: f.end,
            encoding: f.encoding,
        });
        length += f.decoded.length;
        from = f.end;
    }
    parts.push(text.slice(from));
    return { text: parts.join(''), spans };
}
export class Decoder {
    searches;
    valueKeywords;
    valueTokenChars = charTable(VALUE_CODEC.tokenChars);
    valuePresent;
    constructor(rules) {
        const prefixes = [...new Set(rules.flatMap((r) => r.prefixes))];
        this.searches = CODECS.flatMap((codec) => {
            const signatures = [...new Set(prefixes.flatMap((p) => codec.signatures(p)))];
            if (signatures.length === 0)
                return [];
            const pattern = new RegExp(signatures.map(escapeRegExp).join('|'), 'g');
            const present = new LiteralSet(signatures.map((text) => ({ text, caseInsensitive: false })));
            return [{ codec, signatures, present, pattern, isTokenChar: charTable(codec.tokenChars) }];
        });
        const valueWords = [
            ...new Set(rules.filter((r) => r.decodeValuesNearKeywords).flatMap((r) => r.keywords)),
        ];
        this.valueKeywords = valueWords.length
            ? new RegExp(valueWords.map(escapeRegExp).join('|'), 'gi')
            : null;
        this.valuePresent = new LiteralSet(valueWords.map((text) => ({ text, caseInsensitive: true })));
    }
    /** Literals the pre-filter must look for so that content with encoded keys reaches the decoder. */
    literals() {
        return this.searches.flatMap(({ signatures }) => signatures.map((text) => ({ text, caseInsensitive: false })));
    }
    /**
     * Every encoded fragment of `text` that decodes to something worth scanning, each span once; with
     * `within`, only those overlapping these spans (text decoded before: an encoding inside an encoding).
     * `bytes` holds every ASCII character of `text` where it is (the content it was decoded from, or its
     * latin1 view): a codec runs only if one of its signatures is there, found at memchr speed.
     */
    fragments(text, lines, within = null, bytes = Buffer.from(text, 'latin1')) {
        const out = [];
        for (const search of this.searches) {
            if (!search.present.test(bytes))
                continue;
            let coveredEnd = 0;
            search.pattern.lastIndex = 0;
            for (let m = search.pattern.exec(text); m; m = search.pattern.exec(text)) {
                if (m.index < coveredEnd || !overlaps(within, m.index, m.index + m[0].length))
                    continue;
                const [start, end] = this.grow(text, m.index, m[0].length, search.isTokenChar, search.codec, coveredEnd);
                coveredEnd = end;
                search.pattern.lastIndex = Math.max(search.pattern.lastIndex, end);
                const decoded = search.codec.decode(text.slice(start, end), m.index - start);
                if (decoded !== null)
                    out.push({ start, end, encoding: search.codec.name, decoded });
            }
        }
        if (this.valueKeywords && this.valuePresent.test(bytes))
            out.push(...this.valueFragments(text, lines, this.valueKeywords, out, within));
        return out;
    }
    /** Base64 values on lines holding a value keyword, each line once, each token once. */
    valueFragments(text, lines, keywords, earlier, within) {
        const out = [];
        const done = new Set(earlier.map((f) => f.start));
        keywords.lastIndex = 0;
        for (let m = keywords.exec(text); m; m = keywords.exec(text)) {
            const from = lines.start(m.index);
            const to = lines.end(m.index);
            keywords.lastIndex = Math.max(keywords.lastIndex, to + 1);
            VALUE_TOKEN.lastIndex = 0;
            const line = text.slice(from, to);
            for (let v = VALUE_TOKEN.exec(line); v; v = VALUE_TOKEN.exec(line)) {
                const [start, end] = this.grow(text, from + v.index, v[0].length, this.valueTokenChars, VALUE_CODEC, from);
                if (done.has(start) || !overlaps(within, start, end))
                    continue;
                done.add(start);
                const decoded = VALUE_CODEC.decode(text.slice(start, end), v.index + from - start);
                if (decoded !== null)
                    out.push({ start, end, encoding: VALUE_CODEC.name, decoded });
            }
        }
        return out;
    }
    /**
     * The whole token around a hit: token characters (and soft breaks) either side, then any padding.
     * Never before `floor`.
     */
    grow(text, at, length, isTokenChar, codec, floor) {
        let start = at;
        let end = at + length;
        const breaks = codec.softBreaks ?? [];
        // A break may begin with a token character (`=`), already taken into the token.
        const breakFrom = (i) => {
            for (const b of breaks)
                for (let from = i; from >= Math.max(start, i - b.length + 1); from--)
                    if (text.startsWith(b, from))
                        return from + b.length;
            return -1;
        };
        for (;;) {
            while (start > floor && isTokenChar[text.charCodeAt(start - 1)])
                start--;
            const soft = breaks.find((b) => start - b.length >= floor && text.endsWith(b, start));
            if (!soft)
                break;
            start -= soft.length;
        }
        for (;;) {
            while (end < text.length && isTokenChar[text.charCodeAt(end)])
                end++;
            const after = breaks.length ? breakFrom(end) : -1;
            if (after <= end)
                break;
            end = after;
        }
        if (codec.padding)
            while (end < text.length && codec.padding.includes(text[end]))
                end++;
        const inner = codec.innerOnly;
        if (inner) {
            while (start < at && inner.includes(text[start]))
                start++;
            while (end > at + length && inner.includes(text[end - 1]))
                end--;
        }
        return [start, end];
    }
}
