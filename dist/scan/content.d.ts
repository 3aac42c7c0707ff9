export type ContentKind = 'text' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be' | 'binary';
export type WideKind = 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be';
export declare const isWide: (kind: ContentKind) => kind is WideKind;
export declare function detectKind(bytes: Buffer): ContentKind;
/** UTF-32 text without its byte order mark; a unit that is no code point reads as U+FFFD. */
export declare function decodeUtf32(bytes: Buffer, order: 'utf32le' | 'utf32be'): string;
/** Text in a wide encoding (UTF-16 or UTF-32, either byte order), decoded. */
export declare function decodeWide(bytes: Buffer, kind: WideKind): string;
export declare function decodeUtf16(bytes: Buffer, order: 'utf16le' | 'utf16be'): string;
/**
 * The text whose lines and columns we report: UTF-8 decoded without its BOM (other 8-bit encodings
 * keep their ASCII intact); binary as latin1, one character per byte, so offsets are byte offsets.
 */
export declare function textOf(bytes: Buffer, kind: 'text' | 'binary'): string;
