import type { Finding } from '../types.js';

export function shortId(id: string | null | undefined): string {
  return id ? id.slice(0, 10) : '';
}

/** `path:line:column`, or where else the secret sits, for humans. */
export function describeLocation(f: Finding): string {
  if (f.where === 'message') return `commit message of ${shortId(f.commit)}:${f.line}:${f.column}`;
  const place = f.path ?? `blob ${shortId(f.blob)}`;
  let out = `${place}:${f.line}:${f.column}`;
  if (f.byteOffset !== undefined) out += ` (binary, byte ${f.byteOffset})`;
  if (f.encoding) out += ` (${f.encoding}-encoded)`;
  if (f.commit) out += ` in ${shortId(f.commit)}`;
  if (f.author) out += ` by ${f.author}`;
  if (f.date) out += ` on ${f.date.slice(0, 10)}`;
  return out;
}
