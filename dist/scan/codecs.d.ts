export interface Codec {
    name: string;
    /**
     * Literals that can only appear where `prefix` (or its start) is encoded this way, in every
     * spelling (hex digits in either case); may be empty. Matched exactly.
     */
    signatures(prefix: string): string[];
    /** Characters an encoded token is made of: a signature grows into the whole token. */
    tokenChars: string;
    /** Characters that may only end a token (base64 padding). */
    padding?: string;
    /** Characters a token may hold but not begin or end with (separators). */
    innerOnly?: string;
    /** Sequences a token goes on across (quoted-printable's soft line breaks). */
    softBreaks?: string[];
    /**
     * The decoded text, or null when the token decodes to nothing worth scanning. `hit` is where the
     * signature that found the token starts in it (plain hex decodes from that digit pair).
     */
    decode(token: string, hit: number): string | null;
}
/** The encodings the engine decodes, in the order their findings are preferred. */
export declare const CODECS: readonly Codec[];
/**
 * Base64 values on a line that names a keyword of a rule that asks for it (`FLORA_API_KEY: <base64>`):
 * the value may hide a key without any prefix.
 */
export declare const VALUE_CODEC: Codec;
export declare const VALUE_TOKEN: RegExp;
