import type { Report } from './types.js';
/** "flora-keyscan: 3 keys in 2 files (1 live, 2 pushed); exit 1: keys found. Report: keys.sarif" */
export declare function summaryLine(report: Report, code: number, destination: string | null): string;
/**
 * Step outputs for $GITHUB_OUTPUT (`name=value` lines): how many keys, how many confirmed live.
 * Numbers only, so nothing from the scanned repository can add or change an output.
 */
export declare function stepOutputs(report: Report): string;
/**
 * Text for a markdown table cell or list item, as a code span: file names, repository names and
 * what the report derives from them cannot become a link, an image, an autolink, HTML or emphasis
 * there. The fence is longer than any run of backticks inside; `\|` keeps a pipe from ending the
 * cell (GitHub's tables read it inside code spans too).
 */
export declare function cell(text: string): string;
/** The markdown GitHub shows on the run's page ($GITHUB_STEP_SUMMARY). */
export declare function stepSummary(report: Report, code: number): string;
