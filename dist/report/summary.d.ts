import type { Report } from './types.js';
/** "flora-keyscan: 3 keys in 2 files (1 live, 2 pushed); exit 1: keys found. Report: keys.sarif" */
export declare function summaryLine(report: Report, code: number, destination: string | null): string;
/**
 * Step outputs for $GITHUB_OUTPUT (`name=value` lines): how many keys, how many confirmed live.
 * Numbers only, so nothing from the scanned repository can add or change an output.
 */
export declare function stepOutputs(report: Report): string;
/** Text for a markdown table cell: nothing in it can end the cell, open HTML or a code span. */
export declare function cell(text: string): string;
/** The markdown GitHub shows on the run's page ($GITHUB_STEP_SUMMARY). */
export declare function stepSummary(report: Report, code: number): string;
