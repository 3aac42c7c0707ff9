export type ContentKind = 'text' | 'utf16le' | 'utf16be' | 'binary';
export declare function detectKind(bytes: Buffer): ContentKind;
export declare function decodeUtf16(bytes: Buffer, order: 'utf16le' | 'utf16be'): string;
/**
 * The text whose lines and columns we report: UTF-8 decoded without its BOM (other 8-bit encodings
 * keep their ASCII intact); binary as latin1, one character per byte, so offsets are byte offsets.
 */
export declare function textOf(bytes: Buffer, kind: 'text' | 'binary'): string;
