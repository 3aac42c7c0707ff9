import type { RuleSpec } from '../rules/types.js';
import { type Literal } from './literals.js';
import type { Lines } from './text.js';
export interface EncodedFragment {
    /** Span of the encoded text in the scanned text: where findings point. */
    start: number;
    end: number;
    encoding: string;
    decoded: string;
}
/** A decoded span in a text made by decodedText, and the encoded span it came from. */
export interface DecodedSpan {
    start: number;
    end: number;
    sourceStart: number;
    sourceEnd: number;
    encoding: string;
}
/**
 * `text` with every fragment replaced by its decoding (fragments sorted; one overlapping an earlier
 * one is dropped), and where each decoded span now lies.
 */
export declare function decodedText(text: string, fragments: EncodedFragment[]): {
    text: string;
    spans: DecodedSpan[];
};
export declare class Decoder {
    private readonly searches;
    private readonly valueKeywords;
    private readonly valueTokenChars;
    private readonly valuePresent;
    constructor(rules: readonly RuleSpec[]);
    /** Literals the pre-filter must look for so that content with encoded keys reaches the decoder. */
    literals(): Literal[];
    /**
     * Every encoded fragment of `text` that decodes to something worth scanning, each span once; with
     * `within`, only those overlapping these spans (text decoded before: an encoding inside an encoding).
     * `bytes` holds every ASCII character of `text` where it is (the content it was decoded from, or its
     * latin1 view): a codec runs only if one of its signatures is there, found at memchr speed.
     */
    fragments(text: string, lines: Lines, within?: readonly DecodedSpan[] | null, bytes?: Buffer): EncodedFragment[];
    /** Base64 values on lines holding a value keyword, each line once, each token once. */
    private valueFragments;
    /**
     * The whole token around a hit: token characters (and soft breaks) either side, then any padding.
     * Never before `floor`.
     */
    private grow;
}
