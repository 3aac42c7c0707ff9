// Finds encoded text worth decoding: tokens around literal signatures of the rules' prefixes in every
// codec (see codecs.ts), and encoded values on lines that name a keyword of a rule that asks for it.
// Linear in the text: hits are swept in order and a hit inside a token already decoded is skipped,
// and each fragment carries a bounded window of its line, not the whole line.

import { escapeRegExp } from '../rules/compile.js';
import type { RuleSpec } from '../rules/types.js';
import { CODECS, VALUE_CODEC, VALUE_TOKEN, type Codec } from './codecs.js';
import type { Literal } from './literals.js';
import type { Lines } from './text.js';

export interface EncodedFragment {
  /** Span of the encoded text in the scanned text: where findings point. */
  start: number;
  end: number;
  encoding: string;
  /** A window of the encoded text's line with the fragment replaced by its decoding. */
  window: string;
  /** Span of the decoded fragment inside `window`. */
  innerStart: number;
  innerEnd: number;
}

/** How much of a fragment's line on each side is kept for context (rule patterns and provider words). */
export const WINDOW_REACH = 400;

interface CodecSearch {
  codec: Codec;
  signatures: string[];
  pattern: RegExp;
  isTokenChar: Uint8Array;
}

function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

export class Decoder {
  private readonly searches: CodecSearch[];
  private readonly valueKeywords: RegExp | null;
  private readonly valueTokenChars = charTable(VALUE_CODEC.tokenChars);

  constructor(rules: readonly RuleSpec[]) {
    const prefixes = [...new Set(rules.flatMap((r) => r.prefixes))];
    this.searches = CODECS.flatMap((codec) => {
      const signatures = [...new Set(prefixes.flatMap((p) => codec.signatures(p)))];
      if (signatures.length === 0) return [];
      const pattern = new RegExp(signatures.map(escapeRegExp).join('|'), 'g');
      return [{ codec, signatures, pattern, isTokenChar: charTable(codec.tokenChars) }];
    });
    const valueWords = [
      ...new Set(rules.filter((r) => r.decodeValuesNearKeywords).flatMap((r) => r.keywords)),
    ];
    this.valueKeywords = valueWords.length
      ? new RegExp(valueWords.map(escapeRegExp).join('|'), 'gi')
      : null;
  }

  /** Literals the pre-filter must look for so that content with encoded keys reaches the decoder. */
  literals(): Literal[] {
    return this.searches.flatMap(({ signatures }) =>
      signatures.map((text) => ({ text, caseInsensitive: false })),
    );
  }

  /** Every encoded fragment of `text` that decodes to something worth scanning; each span once. */
  fragments(text: string, lines: Lines): EncodedFragment[] {
    const out: EncodedFragment[] = [];
    for (const search of this.searches) {
      let coveredEnd = 0;
      search.pattern.lastIndex = 0;
      for (let m = search.pattern.exec(text); m; m = search.pattern.exec(text)) {
        if (m.index < coveredEnd) continue; // inside a token already decoded
        const [start, end] = this.grow(
          text,
          m.index,
          m[0].length,
          search.isTokenChar,
          search.codec.padding,
          coveredEnd,
        );
        coveredEnd = end;
        search.pattern.lastIndex = Math.max(search.pattern.lastIndex, end);
        const decoded = search.codec.decode(text.slice(start, end));
        if (decoded !== null)
          out.push(fragment(text, lines, start, end, decoded, search.codec.name));
      }
    }
    if (this.valueKeywords) out.push(...this.valueFragments(text, lines, this.valueKeywords, out));
    return out;
  }

  /** Base64 values on lines holding a value keyword, each line once, each token once. */
  private valueFragments(
    text: string,
    lines: Lines,
    keywords: RegExp,
    earlier: EncodedFragment[],
  ): EncodedFragment[] {
    const out: EncodedFragment[] = [];
    const done = new Set(earlier.map((f) => f.start));
    let lineDoneUntil = -1;
    keywords.lastIndex = 0;
    for (let m = keywords.exec(text); m; m = keywords.exec(text)) {
      if (m.index < lineDoneUntil) continue;
      const from = lines.start(m.index);
      const to = lines.end(m.index);
      lineDoneUntil = to;
      keywords.lastIndex = Math.max(keywords.lastIndex, to);
      VALUE_TOKEN.lastIndex = 0;
      const line = text.slice(from, to);
      for (let v = VALUE_TOKEN.exec(line); v; v = VALUE_TOKEN.exec(line)) {
        const [start, end] = this.grow(
          text,
          from + v.index,
          v[0].length,
          this.valueTokenChars,
          VALUE_CODEC.padding,
          from,
        );
        if (done.has(start)) continue;
        done.add(start);
        const decoded = VALUE_CODEC.decode(text.slice(start, end));
        if (decoded !== null)
          out.push(fragment(text, lines, start, end, decoded, VALUE_CODEC.name));
      }
    }
    return out;
  }

  /** The whole token around a hit: token characters either side, then any padding. Never before `floor`. */
  private grow(
    text: string,
    at: number,
    length: number,
    isTokenChar: Uint8Array,
    padding: string | undefined,
    floor: number,
  ): [number, number] {
    let start = at;
    let end = at + length;
    while (start > floor && isTokenChar[text.charCodeAt(start - 1)]) start--;
    while (end < text.length && isTokenChar[text.charCodeAt(end)]) end++;
    if (padding) while (end < text.length && padding.includes(text[end]!)) end++;
    return [start, end];
  }
}

function fragment(
  text: string,
  lines: Lines,
  start: number,
  end: number,
  decoded: string,
  encoding: string,
): EncodedFragment {
  const from = Math.max(lines.start(start), start - WINDOW_REACH);
  const to = Math.min(lines.end(end), end + WINDOW_REACH);
  const head = text.slice(from, start);
  return {
    start,
    end,
    encoding,
    window: head + decoded + text.slice(end, Math.max(end, to)),
    innerStart: head.length,
    innerEnd: head.length + decoded.length,
  };
}
