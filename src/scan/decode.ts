// Keys hidden in encodings: base64 (Kubernetes Secrets, .env values), percent-encoding (URLs),
// \u005f / \x5f escapes (JSON, JavaScript). We only decode around literal signatures of the encoded
// prefixes, or values on a line that names FLORA, so ordinary content costs nothing extra.

import { lineEnd, lineStart } from './text.js';
import { escapeRegExp } from '../rules/compile.js';

export interface EncodedFragment {
  /** Span of the encoded text in the scanned text: where findings point. */
  start: number;
  end: number;
  encoding: 'base64' | 'percent' | 'escape';
  /** The encoded text's line with the fragment replaced by its decoding, so line context still counts. */
  line: string;
  /** Span of the decoded fragment inside `line`. */
  innerStart: number;
  innerEnd: number;
}

const KEY_PREFIXES = ['sk_live_', 'sk_test_'];

/** Base64 text that encodes `prefix` whatever the 0–2 bytes before it, in both alphabets. */
function base64Signatures(prefix: string): string[] {
  const out = new Set<string>();
  for (let lead = 0; lead < 3; lead++) {
    const encoded = Buffer.concat([Buffer.alloc(lead), Buffer.from(prefix)]).toString('base64');
    const from = Math.ceil((8 * lead) / 6);
    const to = Math.floor((lead + prefix.length) / 3) * 4;
    const signature = encoded.slice(from, to);
    out.add(signature);
    out.add(signature.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return [...out];
}

/**
 * Base64 of a key, and base64 of base64 that begins with a key (a Kubernetes Secret built from an
 * already-encoded value). Deeper nesting, or an inner key preceded by other text, is found only on a
 * line that names FLORA.
 */
const BASE64_SIGNATURES = [
  ...KEY_PREFIXES.flatMap(base64Signatures),
  ...KEY_PREFIXES.map((p) => Buffer.from(p).toString('base64').slice(0, 8)).flatMap(base64Signatures),
];
const PERCENT_SIGNATURES = ['sk%5flive%5f', 'sk%5ftest%5f'];
const ESCAPE_SIGNATURES = ['\\u005f', '\\x5f', '\\u0073\\u006b'];

/**
 * Literals the engine adds to its pre-filter so content with encoded keys reaches the decoder: short
 * common stems of the signatures above, as each literal searched costs a pass over the content, but
 * not so short that ordinary escapes (`\u00e9`, `\x5c`) send whole files to the decoder.
 */
export const ENCODED_KEYWORDS = ['c2tf', 'NrX', 'za19', 'YzJ0Zm', 'MydGZ', 'jMnRm', 'sk%5', '\\u005', '\\u0073', '\\x5f', '\\x5F'];

/** Exported for the test that every signature contains one of the pre-filter stems. */
export const ENCODED_SIGNATURES = [...BASE64_SIGNATURES, ...PERCENT_SIGNATURES, ...ESCAPE_SIGNATURES];

const BASE64_CHAR = /[A-Za-z0-9+/_-]/;
const PERCENT_CHAR = /[A-Za-z0-9%._~-]/;
const ESCAPE_CHAR = /[A-Za-z0-9_\\]/;
const FLORA_LINE_VALUE = /[A-Za-z0-9+/_-]{24,}={0,2}/g;
const MIN_PRINTABLE_SHARE = 0.9;

function expand(text: string, at: number, length: number, char: RegExp): [number, number] {
  let start = at;
  let end = at + length;
  while (start > 0 && char.test(text[start - 1]!)) start--;
  while (end < text.length && char.test(text[end]!)) end++;
  // Base64 padding only ever ends a token.
  if (char === BASE64_CHAR) while (end < text.length && text[end] === '=' && end - start < 1e6) end++;
  return [start, end];
}

function printable(text: string): boolean {
  if (text.length === 0) return false;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13) ok++;
  }
  return ok / text.length >= MIN_PRINTABLE_SHARE;
}

function decodeBase64(token: string): string | null {
  const core = token.replace(/=+$/, '');
  if (core.length < 12 || /[+/]/.test(core) && /[-_]/.test(core)) return null;
  const decoded = Buffer.from(core, 'base64').toString('latin1');
  return printable(decoded) ? decoded : null;
}

function decodePercent(token: string): string | null {
  try {
    return decodeURIComponent(token);
  } catch {
    return null;
  }
}

function decodeEscapes(token: string): string | null {
  const decoded = token
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return decoded === token ? null : decoded;
}

function indexesOf(haystack: string, needle: string, caseInsensitive: boolean): number[] {
  const out: number[] = [];
  if (!caseInsensitive) {
    for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) out.push(i);
    return out;
  }
  // A regex, not toLowerCase(): lower-casing can change the length of non-ASCII text and shift offsets.
  const re = new RegExp(escapeRegExp(needle), 'gi');
  for (let m = re.exec(haystack); m; m = re.exec(haystack)) out.push(m.index);
  return out;
}

function fragment(text: string, start: number, end: number, decoded: string, encoding: EncodedFragment['encoding']): EncodedFragment {
  const from = lineStart(text, start);
  const head = text.slice(from, start);
  return { start, end, encoding, line: head + decoded + text.slice(end, lineEnd(text, end)), innerStart: head.length, innerEnd: head.length + decoded.length };
}

/** Encoded fragments of `text` that decode to something worth scanning. Each span is reported once. */
export function findEncodedCandidates(text: string): EncodedFragment[] {
  const seen = new Set<number>();
  // Spans already decoded, so a fragment is not expanded and decoded twice.
  const out: EncodedFragment[] = [];
  const consider = (at: number, length: number, char: RegExp, decode: (t: string) => string | null, encoding: EncodedFragment['encoding']) => {
    const [start, end] = expand(text, at, length, char);
    if (seen.has(start)) return;
    seen.add(start);
    const decoded = decode(text.slice(start, end));
    if (decoded !== null) out.push(fragment(text, start, end, decoded, encoding));
  };
  for (const sig of BASE64_SIGNATURES) for (const at of indexesOf(text, sig, false)) consider(at, sig.length, BASE64_CHAR, decodeBase64, 'base64');
  for (const sig of PERCENT_SIGNATURES) for (const at of indexesOf(text, sig, true)) consider(at, sig.length, PERCENT_CHAR, decodePercent, 'percent');
  for (const sig of ESCAPE_SIGNATURES) for (const at of indexesOf(text, sig, true)) consider(at, sig.length, ESCAPE_CHAR, decodeEscapes, 'escape');
  // A base64 value on a line naming FLORA may hide a key without any prefix (FLORA_API_KEY: <base64>).
  const linesDone = new Set<number>();
  for (const at of indexesOf(text, 'flora', true)) {
    const from = lineStart(text, at);
    if (linesDone.has(from)) continue;
    linesDone.add(from);
    const line = text.slice(from, lineEnd(text, at));
    FLORA_LINE_VALUE.lastIndex = 0;
    for (let m = FLORA_LINE_VALUE.exec(line); m; m = FLORA_LINE_VALUE.exec(line)) consider(from + m.index, m[0].length, BASE64_CHAR, decodeBase64, 'base64');
  }
  return out;
}
