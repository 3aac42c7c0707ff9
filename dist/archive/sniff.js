// What kind of archive a piece of content is, by its first bytes (never by its name: a renamed
// archive is still one). Formats we open (zip, gzip, tar) and formats we only name (7z, rar, xz,
// bzip2, zstd: counted as "archive not opened", never passed off as scanned binary).
const PREFIXES = [
    ['zip', [0x50, 0x4b, 0x03, 0x04]],
    ['zip', [0x50, 0x4b, 0x05, 0x06]], // an empty zip: nothing to read, but not binary either
    ['gzip', [0x1f, 0x8b]],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
    ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
    ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
    ['bzip2', [0x42, 0x5a, 0x68]],
    ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
];
/**
 * Bytes from the start that decide whether content may be an archive (see gate.ts). Tar is not
 * among them: its magic sits at byte 257, and every tar header holds zero bytes, which the gate
 * passes anyway.
 */
export const MAGIC_PREFIX_BYTES = 6;
function startsWith(bytes, prefix) {
    if (bytes.length < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (bytes[i] !== prefix[i])
            return false;
    return true;
}
/** The first bytes of the prefixes: most content is ruled out by one lookup. */
const FIRST_BYTES = new Set(PREFIXES.map(([, prefix]) => prefix[0]));
/** Whether content may be an archive: cheap, and never false for one sniffArchive recognises. */
export function mayBeArchive(bytes) {
    return (bytes.length > 0 &&
        FIRST_BYTES.has(bytes[0]) &&
        PREFIXES.some(([, prefix]) => startsWith(bytes, prefix)));
}
/** A tar header: its checksum (the sum of its bytes, the checksum field read as spaces) holds. */
export function isTarHeader(bytes, at = 0) {
    if (bytes.length < at + 512)
        return false;
    const field = bytes
        .toString('latin1', at + 148, at + 156)
        .replace(/[\0 ]+$/, '')
        .trim();
    if (!/^[0-7]{1,7}$/.test(field))
        return false;
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 32 : bytes[at + i];
    return sum === parseInt(field, 8);
}
export function sniffArchive(bytes) {
    if (bytes.length < 4)
        return null;
    for (const [format, prefix] of PREFIXES) {
        if (!startsWith(bytes, prefix))
            continue;
        if (format === 'gzip' && bytes[2] !== 8)
            continue; // deflate is gzip's only method
        // "BZh" then the block size digit and a block or end-of-stream magic: text can start with BZh.
        if (format === 'bzip2' &&
            !/^BZh[1-9](1AY&SY|\x17rE8P\x90)/.test(bytes.toString('latin1', 0, 10)))
            continue;
        return format;
    }
    // POSIX ("ustar\0") and GNU ("ustar  ") tar; the checksum rules out text that happens to say "ustar".
    if (bytes.toString('latin1', 257, 262) === 'ustar' && isTarHeader(bytes))
        return 'tar';
    return null;
}
export const OPENED = new Set(['zip', 'gzip', 'tar']);
