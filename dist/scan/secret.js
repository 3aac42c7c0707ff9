import { createHash } from 'node:crypto';
export function sha256Hex(secret) {
    return createHash('sha256').update(secret, 'utf8').digest('hex');
}
/**
 * `sk_live_ab…yz`: enough to recognise a key you hold, never enough to use it. `prefixes` are the
 * rule's own (public) prefixes: the longest one the secret starts with stays readable.
 */
export function redact(secret, prefixes = []) {
    const prefix = prefixes.filter((p) => secret.startsWith(p)).sort((a, b) => b.length - a.length)[0] ?? '';
    const body = secret.slice(prefix.length);
    if (body.length < 12)
        return `${prefix}…`;
    return `${prefix}${body.slice(0, 2)}…${body.slice(-2)}`;
}
