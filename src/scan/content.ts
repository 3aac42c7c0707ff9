// What kind of bytes we were given, and the text to search in them.

export type ContentKind = 'text' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be' | 'binary';
export type WideKind = 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be';

export const isWide = (kind: ContentKind): kind is WideKind => kind !== 'text' && kind !== 'binary';

/** Git and most tools look at the first 8 KiB to call a file binary; so do we. */
const SNIFF_BYTES = 8000;

/** Share of UTF-16 units that must read as text (not controls, not broken surrogate pairs). */
const MIN_TEXT_SHARE = 0.98;

/** Whether `sample` read in `order` is text: almost no control characters or broken surrogates. */
function readsAsText(sample: Buffer, order: 'utf16le' | 'utf16be'): boolean {
  const text = decodeUtf16(sample, order);
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
      else bad++;
    } else if (
      (c < 32 && c !== 9 && c !== 10 && c !== 13) ||
      (c >= 0xdc00 && c <= 0xdfff) ||
      c === 0xfffe ||
      c === 0xffff
    )
      bad++;
  }
  return text.length > 0 && bad <= text.length * (1 - MIN_TEXT_SHARE);
}

/**
 * UTF-16 without a byte order mark: zero bytes only on one side of each pair (its ASCII characters),
 * and the whole sample reads as text that way. Mostly-CJK text has few zeros, but they are all on
 * one side; binary data has zeros on both.
 */
function utf16Order(sample: Buffer): 'utf16le' | 'utf16be' | null {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = sample.indexOf(0); i !== -1; i = sample.indexOf(0, i + 1))
    i % 2 === 0 ? evenZeros++ : oddZeros++;
  const even = sample.subarray(0, sample.length - (sample.length % 2));
  if (oddZeros > 0 && evenZeros <= oddZeros * 0.02 && readsAsText(even, 'utf16le'))
    return 'utf16le';
  if (evenZeros > 0 && oddZeros <= evenZeros * 0.02 && readsAsText(even, 'utf16be'))
    return 'utf16be';
  return null;
}

/** A UTF-32 unit at `i`: its code point, or -1 when none is (above U+10FFFF, or a surrogate). */
function unit32(bytes: Buffer, i: number, order: 'utf32le' | 'utf32be'): number {
  const c = order === 'utf32le' ? bytes.readUInt32LE(i) : bytes.readUInt32BE(i);
  return c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) ? -1 : c;
}

/**
 * UTF-32 without a byte order mark: every unit of the whole content a code point (so its top byte is
 * zero), and almost none a control character. Binary data breaks the first rule within a few units;
 * checking all of it keeps a table of small numbers with ASCII after the sniffed part binary.
 */
function utf32Order(bytes: Buffer): 'utf32le' | 'utf32be' | null {
  const sample = bytes.subarray(0, bytes.length - (bytes.length % 4));
  const units = sample.length >> 2;
  if (units === 0) return null;
  for (const order of ['utf32le', 'utf32be'] as const) {
    let bad = 0;
    let i = 0;
    for (; i < units; i++) {
      const c = unit32(sample, i * 4, order);
      if (c === -1) break;
      if (c < 32 && c !== 9 && c !== 10 && c !== 13) bad++;
    }
    if (i === units && bad <= units * (1 - MIN_TEXT_SHARE)) return order;
  }
  return null;
}

export function detectKind(bytes: Buffer): ContentKind {
  if (bytes.length >= 4) {
    if (bytes.readUInt32LE(0) === 0xfeff) return 'utf32le';
    if (bytes.readUInt32BE(0) === 0xfeff) return 'utf32be';
  }
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  }
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.indexOf(0) === -1) return 'text';
  return utf16Order(sample) ?? utf32Order(bytes) ?? 'binary';
}

/** UTF-32 text without its byte order mark; a unit that is no code point reads as U+FFFD. */
export function decodeUtf32(bytes: Buffer, order: 'utf32le' | 'utf32be'): string {
  const start = bytes.length >= 4 && unit32(bytes, 0, order) === 0xfeff ? 4 : 0;
  const out = new Uint16Array(((bytes.length - start) >> 2) * 2);
  let n = 0;
  for (let i = start; i + 4 <= bytes.length; i += 4) {
    let c = unit32(bytes, i, order);
    if (c === -1) c = 0xfffd;
    if (c < 0x10000) out[n++] = c;
    else {
      c -= 0x10000;
      out[n++] = 0xd800 + (c >> 10);
      out[n++] = 0xdc00 + (c & 0x3ff);
    }
  }
  return Buffer.from(out.buffer, 0, n * 2).toString('utf16le');
}

/** Text in a wide encoding (UTF-16 or UTF-32, either byte order), decoded. */
export function decodeWide(bytes: Buffer, kind: WideKind): string {
  return kind === 'utf16le' || kind === 'utf16be'
    ? decodeUtf16(bytes, kind)
    : decodeUtf32(bytes, kind);
}

export function decodeUtf16(bytes: Buffer, order: 'utf16le' | 'utf16be'): string {
  const hasBom =
    (order === 'utf16le' && bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (order === 'utf16be' && bytes[0] === 0xfe && bytes[1] === 0xff);
  let body = bytes.subarray(hasBom ? 2 : 0, bytes.length - (bytes.length % 2));
  if (order === 'utf16be') body = Buffer.from(body).swap16();
  return body.toString('utf16le');
}

/**
 * The text whose lines and columns we report: UTF-8 decoded without its BOM (other 8-bit encodings
 * keep their ASCII intact); binary as latin1, one character per byte, so offsets are byte offsets.
 */
export function textOf(bytes: Buffer, kind: 'text' | 'binary'): string {
  if (kind === 'binary') return bytes.toString('latin1');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', start);
}
