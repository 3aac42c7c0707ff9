// Archives through the one engine: every entry (nested archives opened, src/archive/expand.ts) is
// scanned like any file, with every decoder, and its findings name the chain of entries that holds
// them. The archive's own bytes are scanned too, for a key outside any entry (a zip comment, a stored
// entry past a cap); a key also found in an entry is reported there only.
import { expandArchive, notOpened } from '../archive/expand.js';
import { OPENED, sniffArchive } from '../archive/sniff.js';
/** The format of content to open as an archive, or null. Names and messages are never archives. */
export function archiveFormat(bytes, provenance) {
    if (provenance.kind === 'path' || provenance.kind === 'message')
        return null;
    return sniffArchive(bytes);
}
function placed(findings, entry) {
    return entry.length ? findings.map((f) => ({ ...f, inArchive: entry })) : findings;
}
export function scanArchive(bytes, format, provenance, limits, scanContent) {
    const summary = { format, opened: OPENED.has(format), entries: 0, skipped: [] };
    const outcome = { findings: [], allowed: [], kind: 'binary', decoded: 0 };
    const containers = { findings: [], allowed: [], kind: 'binary', decoded: 0 };
    const add = (into, scanned, entry) => {
        into.findings.push(...placed(scanned.findings, entry));
        into.allowed.push(...placed(scanned.allowed, entry));
        into.decoded += scanned.decoded;
        if (scanned.slowRules)
            (outcome.slowRules ??= []).push(...scanned.slowRules);
    };
    add(containers, scanContent(bytes, provenance), []);
    for (const item of expandArchive(bytes, format, limits)) {
        if ('skipped' in item)
            summary.skipped.push({ entry: item.entry, reason: item.skipped });
        else if (item.container)
            add(containers, scanContent(item.bytes, provenance), item.entry);
        else {
            summary.entries++;
            add(outcome, scanContent(item.bytes, provenance), item.entry);
        }
    }
    // Unreadable from the start (a corrupt zip): its bytes were scanned as they are, and that is all.
    if (summary.entries === 0 && summary.skipped.some((s) => s.entry.length === 0))
        summary.opened = false;
    const inEntries = new Set([...outcome.findings, ...outcome.allowed].map((f) => f.secretSha256));
    const outside = (f) => !inEntries.has(f.secretSha256);
    outcome.findings.push(...containers.findings.filter(outside));
    outcome.allowed.push(...containers.allowed.filter(outside));
    outcome.decoded += containers.decoded;
    return { ...outcome, archive: summary };
}
/** An archive streamed as it is: a format we do not open, or one larger than we hold. */
export function unopened(format, maxBytes) {
    const reason = OPENED.has(format)
        ? `archive not opened: larger than ${maxBytes} bytes (the archive cap); its bytes were scanned as they are`
        : notOpened(format);
    return { format, opened: false, entries: 0, skipped: [{ entry: [], reason }] };
}
/**
 * Content that arrives in chunks: held whole when it is an archive we open and no larger than
 * `maxBytes` (to be opened), else given back to be scanned chunk by chunk, with its format if it is
 * an archive (named as not opened).
 */
export function holdArchive(chunks, maxBytes) {
    const iterator = chunks[Symbol.iterator]();
    const first = iterator.next();
    if (first.done)
        return { rest: [], format: null };
    const format = sniffArchive(first.value);
    const held = [first.value];
    let size = first.value.length;
    if (format && OPENED.has(format)) {
        for (let next = iterator.next(); !next.done; next = iterator.next()) {
            held.push(next.value);
            size += next.value.length;
            if (size > maxBytes)
                break;
        }
        if (size <= maxBytes)
            return { whole: Buffer.concat(held) };
    }
    const rest = { [Symbol.iterator]: () => iterator };
    return {
        rest: (function* () {
            yield* held;
            yield* rest;
        })(),
        format,
    };
}
