import type { Report } from './types.js';
import type { VerdictReport } from './verdict.js';
export interface RenderOptions {
    color: boolean;
    /** Print the advice; false for --no-playbook (formats for machines always carry it). */
    playbook?: boolean;
}
export interface FormatEntry {
    /** One line for --help. */
    summary: string;
    report: () => Promise<(report: Report, options: RenderOptions) => string>;
    /** How `flora-keyscan verify` prints its one verdict; a format without it is refused there. */
    verdict?: () => Promise<(verdict: VerdictReport) => string>;
}
export type FormatName = 'text' | 'json' | 'sarif' | 'github';
export declare const FORMATS: Record<FormatName, FormatEntry>;
export declare const FORMAT_NAMES: FormatName[];
export declare function isFormat(name: string): name is FormatName;
/** Formats that can print a verdict of `flora-keyscan verify`. */
export declare const VERDICT_FORMATS: FormatName[];
