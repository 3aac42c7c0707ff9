import type { Report } from './types.js';
export declare function formatJson(report: Report): string;
