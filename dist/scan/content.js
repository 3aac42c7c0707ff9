// What kind of bytes we were given, and the text to search in them.
/** Git and most tools look at the first 8 KiB to call a file binary; so do we. */
const SNIFF_BYTES = 8000;
/** Share of UTF-16 units that must read as text (not controls, not broken surrogate pairs). */
const MIN_TEXT_SHARE = 0.98;
/** Whether `sample` read in `order` is text: almost no control characters or broken surrogates. */
function readsAsText(sample, order) {
    const text = decodeUtf16(sample, order);
    let bad = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            const low = text.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff)
                i++;
            else
                bad++;
        }
        else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) ||
            (c >= 0xdc00 && c <= 0xdfff) ||
            c === 0xfffe ||
            c === 0xffff)
            bad++;
    }
    return text.length > 0 && bad <= text.length * (1 - MIN_TEXT_SHARE);
}
/**
 * UTF-16 without a byte order mark: zero bytes only on one side of each pair (its ASCII characters),
 * and the whole sample reads as text that way. Mostly-CJK text has few zeros, but they are all on
 * one side; binary data has zeros on both.
 */
function utf16Order(sample) {
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
export function detectKind(bytes) {
    if (bytes.length >= 2) {
        if (bytes[0] === 0xff && bytes[1] === 0xfe)
            return 'utf16le';
        if (bytes[0] === 0xfe && bytes[1] === 0xff)
            return 'utf16be';
    }
    const sample = bytes.subarray(0, SNIFF_BYTES);
    if (sample.indexOf(0) === -1)
        return 'text';
    return utf16Order(sample) ?? 'binary';
}
export function decodeUtf16(bytes, order) {
    const hasBom = (order === 'utf16le' && bytes[0] === 0xff && bytes[1] === 0xfe) ||
        (order === 'utf16be' && bytes[0] === 0xfe && bytes[1] === 0xff);
    let body = bytes.subarray(hasBom ? 2 : 0, bytes.length - (bytes.length % 2));
    if (order === 'utf16be')
        body = Buffer.from(body).swap16();
    return body.toString('utf16le');
}
/**
 * The text whose lines and columns we report: UTF-8 decoded without its BOM (other 8-bit encodings
 * keep their ASCII intact); binary as latin1, one character per byte, so offsets are byte offsets.
 */
export function textOf(bytes, kind) {
    if (kind === 'binary')
        return bytes.toString('latin1');
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return bytes.toString('utf8', start);
}
