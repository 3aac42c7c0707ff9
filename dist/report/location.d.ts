import type { Finding } from '../findings.js';
export declare function shortId(id: string | null | undefined): string;
/** `path:line:column`, or where else the secret sits, for humans. */
export declare function describeLocation(f: Finding): string;
