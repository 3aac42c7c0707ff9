// What kind of bytes we were given, and the text to search in them.

export type ContentKind = 'text' | 'utf16le' | 'utf16be' | 'binary';

/** Git and most tools look at the first 8 KiB to call a file binary; so do we. */
const SNIFF_BYTES = 8000;

function utf16Order(sample: Buffer): 'utf16le' | 'utf16be' | null {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++)
    if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const pairs = Math.floor(sample.length / 2);
  // Mostly-ASCII UTF-16 has a zero in nearly every pair, on the same side.
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf16be';
  return null;
}

export function detectKind(bytes: Buffer): ContentKind {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  }
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.indexOf(0) === -1) return 'text';
  return utf16Order(sample) ?? 'binary';
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
