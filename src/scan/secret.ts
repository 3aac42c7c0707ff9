import { createHash } from 'node:crypto';

export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

const KNOWN_PREFIX = /^[a-z]{2,3}_(?:live|test)_/;

/** `sk_live_ab…yz`: enough to recognise a key you hold, never enough to use it. */
export function redact(secret: string): string {
  const prefix = KNOWN_PREFIX.exec(secret)?.[0] ?? '';
  const body = secret.slice(prefix.length);
  if (body.length < 12) return `${prefix}…`;
  return `${prefix}${body.slice(0, 2)}…${body.slice(-2)}`;
}
