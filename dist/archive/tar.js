// A tar read header by header: ustar names (with their prefix), GNU long names and pax paths. Its
// entries are views of the archive's own bytes: reading them expands nothing.
import { isTarHeader } from './sniff.js';
import { ArchiveError } from './zip.js';
const BLOCK = 512;
function text(block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.toString('utf8', 0, end === -1 ? length : end);
}
/** A size field: octal text, or base-256 (high bit set) for large sizes. */
function sizeOf(block) {
    if (block[124] & 0x80) {
        let n = block[124] & 0x7f;
        for (let i = 125; i < 136; i++)
            n = n * 256 + block[i];
        return n;
    }
    const field = text(block, 124, 12).trim();
    return field === '' ? 0 : parseInt(field, 8);
}
/** The `path` record of a pax extended header, if it has one. */
function paxPath(data) {
    const records = data.toString('utf8');
    for (const m of records.matchAll(/^\d+ path=([^\n]*)$/gm))
        return m[1];
    return null;
}
/** Regular files only: folders, links and devices hold nothing to scan. */
export function* tarEntries(bytes) {
    let longName = null;
    for (let at = 0; at + BLOCK <= bytes.length;) {
        const block = bytes.subarray(at, at + BLOCK);
        if (block.every((b) => b === 0))
            return; // the end-of-archive blocks
        if (!isTarHeader(bytes, at))
            throw new ArchiveError(`a broken tar header at byte ${at}`);
        const size = sizeOf(block);
        if (!Number.isSafeInteger(size) || at + BLOCK + size > bytes.length)
            throw new ArchiveError(`an entry at byte ${at} runs past the end of the archive`);
        const data = bytes.subarray(at + BLOCK, at + BLOCK + size);
        at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        const type = String.fromCharCode(block[156]);
        if (type === 'L')
            longName = text(data, 0, data.length);
        else if (type === 'x')
            longName = paxPath(data) ?? longName;
        else if (type === '0' || type === '\0' || type === '7') {
            const prefix = text(block, 345, 155);
            const name = longName ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
            longName = null;
            yield { name, data };
        }
        else if (type !== 'g')
            longName = null;
    }
}
