import type { Report } from './types.js';
export declare function formatGithub(input: Report): string;
