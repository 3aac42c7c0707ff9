import type { Flags } from './io.js';
export declare function wholeNumber(text: string, flag: string, min: number, max: number): number;
/** The ranges of the numeric options. */
export declare const NUMBER_RANGES: {
    readonly timeout: readonly [1, 600];
    readonly concurrency: readonly [1, 16];
    readonly threads: readonly [1, 64];
    readonly 'max-archive-depth': readonly [0, 16];
    readonly jobs: readonly [1, 256];
};
/** Checks every numeric option given, used or not. */
export declare function checkNumbers(flags: Flags): void;
