const ascii = new Uint32Array(128);
/** Shannon entropy in bits per character. A random base62 string of 32 characters scores about 4.7. */
export function shannonEntropy(text) {
    if (text.length === 0)
        return 0;
    // Keys are ASCII: counted in a table (fast); anything else in a map.
    let other = null;
    const seen = [];
    for (const ch of text) {
        const code = ch.charCodeAt(0);
        if (code < 128 && ch.length === 1) {
            if (ascii[code]++ === 0)
                seen.push(code);
        }
        else
            (other ??= new Map()).set(ch, (other.get(ch) ?? 0) + 1);
    }
    let length = 0;
    const counts = [];
    for (const code of seen) {
        counts.push(ascii[code]);
        length += ascii[code];
        ascii[code] = 0;
    }
    for (const n of other?.values() ?? []) {
        counts.push(n);
        length += n;
    }
    let bits = 0;
    for (const n of counts) {
        const p = n / length;
        bits -= p * Math.log2(p);
    }
    return Math.round(bits * 1000) / 1000;
}
