export interface Position {
    line: number;
    column: number;
}
export declare class Lines {
    readonly text: string;
    private readonly countsCharacters;
    /** Offsets of every '\n', ascending. */
    private readonly newlines;
    private lastOffset;
    private lastLine;
    private lastColumn;
    constructor(text: string, countsCharacters?: boolean);
    /** 0-based index of the line holding `offset`. */
    lineIndex(offset: number): number;
    /** How many lines the text has. */
    get count(): number;
    /** Start and end (exclusive, before the newline) of the 0-based line `index`. */
    bounds(index: number): [number, number];
    /** Start offset of the line holding `offset`. */
    start(offset: number): number;
    /** End offset (exclusive, before any \r of a \r\n) of the line holding `offset`. */
    end(offset: number): number;
    /** Start of the line `n` lines before the one holding `offset` (clamped to the text). */
    startBefore(offset: number, n: number): number;
    /** End of the line `n` lines after the one holding `offset` (clamped to the text). */
    endAfter(offset: number, n: number): number;
    /** Newlines in [from, to). */
    between(from: number, to: number): number;
    /** Line and column of `offset`. Columns of later offsets on the same line are counted on from the last. */
    at(offset: number): Position;
}
