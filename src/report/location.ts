import { gunzippedName } from '../archive/expand.js';
import type { Finding } from '../findings.js';

/**
 * The entries inside `file` that lead to a key, with a gzip's nameless entry named from the file
 * (see archive/expand.ts): `['app.zip', '.env']`.
 */
export function archiveEntries(file: string, entries: string[]): string[] {
  return entries[0] === '' ? [gunzippedName(file), ...entries.slice(1)] : entries;
}

/** `release.zip!app.zip!.env`: the file in the repository, then each entry inside. */
export function archiveLocation(file: string, entries: string[]): string {
  return [file, ...archiveEntries(file, entries)].join('!');
}

export function shortId(id: string | null | undefined): string {
  return id ? id.slice(0, 10) : '';
}

/** `path:line:column`, or where else the secret sits, for humans. */
export function describeLocation(f: Finding): string {
  const p = f.provenance;
  if (p.kind === 'message')
    return `${p.objectType} ${p.part === 'header' ? 'header' : 'message'} of ${shortId(p.commit)}:${f.line}:${f.column}`;
  if (p.kind === 'note') {
    const encoded = f.encoding ? ` (${f.encoding}-encoded)` : '';
    return `note on commit ${shortId(p.note)}:${f.line}:${f.column}${encoded}, added in ${shortId(p.commit)} by ${p.author} on ${p.date.slice(0, 10)}`;
  }
  if (p.kind === 'ref') return `the ref name ${p.ref} (column ${f.column})`;
  if (p.kind === 'path') return `the file name ${p.path} (column ${f.column})`;
  const place = p.kind === 'blob' && p.path === null ? `blob ${shortId(p.blob)}` : p.path;
  let out = `${f.inArchive ? archiveLocation(place ?? '', f.inArchive) : place}:${f.line}:${f.column}`;
  if (f.byteOffset !== undefined) out += ` (binary, byte ${f.byteOffset})`;
  if (f.encoding) out += ` (${f.encoding}-encoded)`;
  if (p.kind === 'commit')
    out += ` in ${shortId(p.commit)} by ${p.author} on ${p.date.slice(0, 10)}`;
  return out;
}
