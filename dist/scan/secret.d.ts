export declare function sha256Hex(secret: string): string;
/**
 * `sk_live_ab…yz`: enough to recognise a key you hold, never enough to use it. `prefixes` are the
 * rule's own (public) prefixes: the longest one the secret starts with stays readable.
 */
export declare function redact(secret: string, prefixes?: readonly string[]): string;
