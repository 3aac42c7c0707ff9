import type { Report } from './types.js';
export declare function formatSarif(report: Report): string;
