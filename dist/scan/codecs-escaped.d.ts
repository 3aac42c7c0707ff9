import type { Codec } from './codecs.js';
/** The byte written by two hex digits at `i`, or -1. */
export declare const hexByteAt: (text: string, i: number) => number;
/**
 * An escape found at an offset: the code point it stands for (-1: nothing, a soft line break) and
 * how many characters it takes.
 */
type Parsed = {
    code: number;
    length: number;
} | null;
/**
 * `token` with every escape `parse` recognises (each starts with `lead`) replaced by what it stands
 * for; other characters are kept. Null when there is no escape.
 */
export declare function unescapeWith(token: string, lead: string, parse: (token: string, at: number) => Parsed): string | null;
/** `\u005f` and `\x5f`, the escapes of JSON, JavaScript, Python and C strings. */
export declare function unescapeBackslashes(token: string): string | null;
/**
 * Plain hex: `736b5f6c…` in either case. Decoded from the digit pair the signature starts on; a lone
 * digit before it reads as a space, so it does not join the key.
 */
export declare const hex: Codec;
/** Hex with separators, or in C-array style: one byte per two digits, the separators dropped. */
export declare const spacedHex: Codec;
export declare const html: Codec;
export declare const quotedPrintable: Codec;
export {};
