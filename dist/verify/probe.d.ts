import type { Verification } from '../findings.js';
import type { ProbeSpec } from '../rules/types.js';
export interface ProbeOptions {
    /** Where this probe goes: the rule's base URL, or what the user or environment set instead. */
    baseUrl: string;
    timeoutMs: number;
    /** Tries for 429 and 5xx answers before giving up as unknown. */
    maxAttempts: number;
    signal?: AbortSignal;
    /** Waits between tries; tests pass a recorder instead of real time. */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    now?: () => Date;
}
/** An error answer is a few hundred bytes of JSON; more is not read (a 3 GB answer must not be held). */
export declare const MAX_BODY_BYTES: number;
/** The base URL to probe: https, or plain http only on loopback (a local test server); never with credentials. */
export declare function checkBaseUrl(raw: string): string;
export declare function probeKey(secret: string, spec: ProbeSpec, options: ProbeOptions): Promise<Verification>;
