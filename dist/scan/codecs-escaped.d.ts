import type { Codec } from './codecs.js';
/**
 * How much of a prefix an encoded form's signature spells out: its first three characters, or up to
 * its first character that is not a letter or digit (what percent and HTML forms encode). Enough to
 * be rare, and short: the pack reader keeps (longest literal - 1) bytes either side of every change
 * of a delta, so one long signature (hex of a whole prefix as a C array: 48 characters) made every
 * history scan check six times more bytes. The decoder still reads the whole token.
 */
export declare function prefixStart(prefix: string): string;
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
