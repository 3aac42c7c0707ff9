export interface PatternMatch {
    start: number;
    end: number;
    /** A named group's text and span, or undefined when it did not take part. */
    group(name: string): {
        text: string;
        start: number;
        end: number;
    } | undefined;
}
export interface Pattern {
    /** Every match in `text`, left to right, none overlapping. */
    matches(text: string): Generator<PatternMatch>;
    test(text: string): boolean;
}
/** `(?i)` at the start of a pattern means case-insensitive, as in gitleaks and Go; JS needs a flag. */
export declare function splitInlineFlags(pattern: string): {
    source: string;
    flags: string;
};
/** Compiles a pattern for RE2; throws with RE2's own words when it uses what RE2 cannot do. */
export declare function re2Pattern(pattern: string): Pattern;
/** A rule's pattern: JavaScript's engine for shipped rules, RE2 for everything else. */
export declare function compilePattern(pattern: string, shipped: boolean): Pattern;
