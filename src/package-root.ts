// The folder flora-keyscan is installed in (its package.json, rules/), found from the running code,
// which may be compiled module by module (dist/rules/load.js), bundled (dist/bin.js) or the source
// itself under test (src/rules/load.ts): the nearest folder above with our package.json.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && existsSync(join(dir, 'rules'))) {
      try {
        if (
          (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name ===
          'flora-keyscan'
        )
          return dir;
      } catch {
        // not ours; keep looking
      }
    }
    if (dirname(dir) === dir)
      throw new Error(`flora-keyscan: cannot find its own package above ${from}`);
  }
}

export const PACKAGE_ROOT = findRoot(fileURLToPath(import.meta.url));
