// The folder flora-keyscan is installed in (its package.json, rules/, dist/). This module is one
// folder below it wherever it runs: compiled (dist/package-root.js), bundled into dist/bin.js or a
// worker beside it, or as the source under test (src/package-root.ts). Anchored on that, never
// searched for: a search upwards could adopt another folder's rules.
import { fileURLToPath } from 'node:url';
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
