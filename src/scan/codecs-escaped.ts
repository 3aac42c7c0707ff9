// Encodings written as escapes of single characters: hex (plain or with separators), HTML/XML
// character references and quoted-printable, as codec entries (see codecs.ts). Decoding is one pass
// over the token into a reused buffer: dense content (a hex dump, an escaped binary) holds hundreds of
// thousands of escapes, and a string per escape would cost more than the rest of the scan.

import type { Codec } from './codecs.js';

const ALNUM = /[A-Za-z0-9]/;

/**
 * How much of a prefix an encoded form's signature spells out: its first three characters, or up to
 * its first character that is not a letter or digit (what percent and HTML forms encode). Enough to
 * be rare, and short: the pack reader keeps (longest literal - 1) bytes either side of every change
 * of a delta, so one long signature (hex of a whole prefix as a C array: 48 characters) made every
 * history scan check six times more bytes. The decoder still reads the whole token.
 */
export function prefixStart(prefix: string): string {
  const odd = [...prefix].findIndex((c) => !ALNUM.test(c));
  return prefix.slice(0, Math.max(3, odd + 1));
}
const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX_DIGITS = '0123456789abcdefABCDEF';

/** Value of a hex digit by character code, -1 for anything else. */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;
  HEX_VALUE['0123456789ABCDEF'.charCodeAt(i)] = i;
}
const hexAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c < 128 ? HEX_VALUE[c]! : -1;
};
/** The byte written by two hex digits at `i`, or -1. */
export const hexByteAt = (text: string, i: number): number => {
  const high = hexAt(text, i);
  const low = high < 0 ? -1 : hexAt(text, i + 1);
  return low < 0 ? -1 : high * 16 + low;
};

const hex2 = (c: string) => c.charCodeAt(0).toString(16).padStart(2, '0');

/**
 * Builds a decoded string a UTF-16 unit at a time, without a string per piece. One buffer for all
 * tokens (decoding is synchronous), grown when a token is longer than any before.
 */
class Units {
  private static buffer = new Uint16Array(1024);
  private length = 0;

  constructor(capacity: number) {
    if (Units.buffer.length < capacity) Units.buffer = new Uint16Array(capacity);
  }

  push(unit: number): void {
    Units.buffer[this.length++] = unit;
  }

  /** A code point: two units when it is above the basic plane. */
  pushCodePoint(code: number): void {
    if (code < 0x10000) this.push(code);
    else {
      code -= 0x10000;
      this.push(0xd800 + (code >> 10));
      this.push(0xdc00 + (code & 0x3ff));
    }
  }

  toString(): string {
    const b = Units.buffer;
    return Buffer.from(b.buffer, b.byteOffset, this.length * 2).toString('utf16le');
  }
}

/**
 * An escape found at an offset: the code point it stands for (-1: nothing, a soft line break) and
 * how many characters it takes.
 */
type Parsed = { code: number; length: number } | null;

/**
 * `token` with every escape `parse` recognises (each starts with `lead`) replaced by what it stands
 * for; other characters are kept. Null when there is no escape.
 */
export function unescapeWith(
  token: string,
  lead: string,
  parse: (token: string, at: number) => Parsed,
): string | null {
  const out = new Units(token.length);
  let changed = false;
  let from = 0;
  for (let at = token.indexOf(lead); at !== -1; at = token.indexOf(lead, at)) {
    const escape = parse(token, at);
    if (!escape) {
      at++;
      continue;
    }
    for (let i = from; i < at; i++) out.push(token.charCodeAt(i));
    if (escape.code >= 0) out.pushCodePoint(escape.code);
    changed = true;
    at += escape.length;
    from = at;
  }
  if (!changed) return null;
  for (let i = from; i < token.length; i++) out.push(token.charCodeAt(i));
  return out.toString();
}

/** `\u005f` and `\x5f`, the escapes of JSON, JavaScript, Python and C strings. */
export function unescapeBackslashes(token: string): string | null {
  return unescapeWith(token, '\\', (t, at) => {
    if (t[at + 1] === 'x') {
      const b = hexByteAt(t, at + 2);
      return b < 0 ? null : { code: b, length: 4 };
    }
    if (t[at + 1] !== 'u') return null;
    const high = hexByteAt(t, at + 2);
    const low = high < 0 ? -1 : hexByteAt(t, at + 4);
    return low < 0 ? null : { code: high * 256 + low, length: 6 };
  });
}

/**
 * Plain hex: `736b5f6c…` in either case. Decoded from the digit pair the signature starts on; a lone
 * digit before it reads as a space, so it does not join the key.
 */
export const hex: Codec = {
  name: 'hex',
  signatures: (prefix) => {
    const lower = Buffer.from(prefixStart(prefix), 'latin1').toString('hex');
    return [lower, lower.toUpperCase()];
  },
  tokenChars: HEX_DIGITS,
  decode(token, hit) {
    const skip = hit % 2;
    const out = new Units(token.length);
    if (skip) out.push(32);
    let i = skip;
    for (; i + 1 < token.length; i += 2) out.push(hexByteAt(token, i));
    if (i < token.length) out.push(token.charCodeAt(i));
    return out.toString();
  },
};

/** Separators between the bytes of hex written for people: `73 6b 5f`, `73:6b:5f`, `0x73, 0x6b`. */
const HEX_SEPARATORS = ' :,';
const isSeparator = (c: number) => c === 32 || c === 58 || c === 44;

/** Hex with separators, or in C-array style: one byte per two digits, the separators dropped. */
export const spacedHex: Codec = {
  name: 'hex',
  signatures: (prefix) => {
    const pairs = Buffer.from(prefixStart(prefix), 'latin1').toString('hex').match(/../g) ?? [];
    const c = pairs.map((b) => `0x${b}`);
    return [pairs.join(' '), pairs.join(':'), c.join(', '), c.join(',')].flatMap((s) => [
      s,
      s.replace(/[a-f]/g, (d) => d.toUpperCase()),
    ]);
  },
  tokenChars: HEX_DIGITS + HEX_SEPARATORS + 'xX',
  innerOnly: HEX_SEPARATORS,
  decode(token) {
    const out = new Units(token.length);
    const copy = (from: number, to: number) => {
      for (let i = from; i < to; i++) out.push(token.charCodeAt(i));
    };
    // Separators between two bytes are dropped; next to other text they are text, and kept.
    let separators = -1;
    let lastWasByte = false;
    let bytes = 0;
    for (let i = 0; i < token.length;) {
      if (isSeparator(token.charCodeAt(i))) {
        if (separators < 0) separators = i;
        i++;
        continue;
      }
      const lead = token[i] === '0' && (token[i + 1] === 'x' || token[i + 1] === 'X') ? 2 : 0;
      const b = hexByteAt(token, i + lead);
      const isByte =
        b >= 0 && (i + lead + 2 >= token.length || isSeparator(token.charCodeAt(i + lead + 2)));
      if (separators >= 0 && !(isByte && lastWasByte)) copy(separators, i);
      separators = -1;
      out.push(isByte ? b : token.charCodeAt(i));
      bytes += isByte ? 1 : 0;
      i += isByte ? lead + 2 : 1;
      lastWasByte = isByte;
    }
    if (separators >= 0) copy(separators, token.length);
    return bytes > 0 ? out.toString() : null;
  },
};

/** Named references for the characters of keys and settings that are not letters or digits. */
const NAMED: Record<string, number> = {
  lowbar: 0x5f,
  UnderBar: 0x5f,
  plus: 0x2b,
  sol: 0x2f,
  equals: 0x3d,
  period: 0x2e,
  colon: 0x3a,
  quot: 0x22,
  apos: 0x27,
  amp: 0x26,
  lt: 0x3c,
  gt: 0x3e,
};
const NAMES_OF = new Map<string, string[]>();
for (const [name, code] of Object.entries(NAMED)) {
  const c = String.fromCharCode(code);
  NAMES_OF.set(c, [...(NAMES_OF.get(c) ?? []), name]);
}
const LONGEST_NAME = Math.max(...Object.keys(NAMED).map((n) => n.length));

/** `&#95;`, `&#x5f;` (the `;` may be missing, as browsers allow) and the names above. */
function parseReference(t: string, at: number): Parsed {
  if (t[at + 1] === '#') {
    const isHex = t[at + 2] === 'x' || t[at + 2] === 'X';
    let i = at + (isHex ? 3 : 2);
    let code = 0;
    const first = i;
    for (; i < t.length && i - first < 7; i++) {
      const d = isHex ? hexAt(t, i) : DIGITS.indexOf(t[i]!);
      if (d < 0) break;
      code = code * (isHex ? 16 : 10) + d;
    }
    if (i === first || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return { code, length: i - at + (t[i] === ';' ? 1 : 0) };
  }
  const end = t.indexOf(';', at + 1);
  if (end === -1 || end - at - 1 > LONGEST_NAME) return null;
  const code = NAMED[t.slice(at + 1, end)];
  return code === undefined ? null : { code, length: end - at + 1 };
}

const htmlForms = (c: string) => [
  `&#${c.charCodeAt(0)};`,
  `&#x${hex2(c)};`,
  `&#x${hex2(c).toUpperCase()};`,
  ...(NAMES_OF.get(c) ?? []).map((n) => `&${n};`),
];

export const html: Codec = {
  name: 'html',
  // The prefix with each character that is not a letter or digit as a reference (every form the
  // same way), or its first two characters both as decimal references (`&#115;&#107;`, as tools that
  // encode every character write them).
  signatures: (prefix) => {
    const odd = [...new Set(prefix)].filter((c) => !ALNUM.test(c));
    const forms = odd.length ? htmlForms(odd[0]!).map((_, i) => i) : [];
    const whole = forms.map((i) =>
      [...prefixStart(prefix)]
        .map((c) => (ALNUM.test(c) ? c : (htmlForms(c)[i] ?? htmlForms(c)[0])))
        .join(''),
    );
    const two = prefix.length >= 2 ? [prefix[0]!, prefix[1]!] : [];
    const firstTwo = two.length ? [`&#${two.map((c) => c.charCodeAt(0)).join(';&#')};`] : [];
    return [...whole, ...firstTwo];
  },
  tokenChars: LETTERS + DIGITS + '&#;_-',
  decode: (token) => unescapeWith(token, '&', parseReference),
};

/** Soft line breaks of quoted-printable: the encoded line goes on after them. */
const SOFT_BREAKS = ['=\r\n', '=\n'];

function parseQuotedPrintable(t: string, at: number): Parsed {
  if (t[at + 1] === '\n') return { code: -1, length: 2 };
  if (t[at + 1] === '\r' && t[at + 2] === '\n') return { code: -1, length: 3 };
  const b = hexByteAt(t, at + 1);
  return b < 0 ? null : { code: b, length: 3 };
}

export const quotedPrintable: Codec = {
  name: 'quoted-printable',
  // `sk=5Flive=5F`: a soft line break may fall anywhere between the escapes, so the signature is the
  // first escape alone (`=5F` is rare outside quoted-printable); the token grows across the breaks.
  // Encoders write hex digits in upper case.
  signatures: (prefix) => {
    const c = [...prefix].find((c) => !ALNUM.test(c));
    return c === undefined ? [] : [`=${hex2(c).toUpperCase()}`];
  },
  tokenChars: LETTERS + DIGITS + '=_-',
  softBreaks: SOFT_BREAKS,
  decode: (token) => unescapeWith(token, '=', parseQuotedPrintable),
};
