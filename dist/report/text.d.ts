import type { Report } from './types.js';
export interface TextOptions {
    color: boolean;
    /** Print the advice (what to do, prevention); false for --no-playbook. */
    playbook?: boolean;
}
export declare function formatText(input: Report, options: TextOptions): string;
