import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';
let cached;
/** The package's version, read once from its package.json. */
export function toolVersion() {
    cached ??= JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).version;
    return cached;
}
