export interface Literal {
    text: string;
    caseInsensitive: boolean;
}
export declare class LiteralSet {
    private readonly searches;
    private readonly small;
    readonly literals: Literal[];
    /** The longest literal's length in bytes. */
    readonly longest: number;
    /** A byte, not zero, that is in no literal in any case: joining texts with it cannot make a literal. */
    readonly separator: number;
    constructor(literals: Iterable<Literal>);
    /** True if any literal occurs in `haystack`. */
    test(haystack: Buffer): boolean;
    /** Where the first literal at or after `from` starts, or -1. */
    next(haystack: Buffer, from: number): number;
}
