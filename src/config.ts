// The user's config: flora-keyscan.config.json at the repository root, a "flora-keyscan" key in its
// package.json, or the file given with --config. Unknown keys and bad values are errors naming the key.

import { resolve } from 'node:path';
import { readBoundedText } from './bounded-read.js';
import { UserError } from './errors.js';
import { CONFIG_FILE, PACKAGE_KEY, type PolicyFiles } from './policy-files.js';
import type { ExtraRule } from './rules/load.js';
import { re2Pattern, type Pattern } from './rules/pattern.js';

export interface Config {
  /** Where it was read from, for messages; null when there is none. */
  source: string | null;
  rules: ExtraRule[];
  /** Regular expressions (RE2); a secret matching any of them is not reported. */
  allowlist: Pattern[];
  /** Path globs never scanned. */
  exclude: string[];
  /** Overrides every rule's minimum entropy. */
  minEntropy?: number;
  maxFileSize?: number;
}

const KEYS = new Set(['$schema', 'rules', 'allowlist', 'exclude', 'minEntropy', 'maxFileSize']);

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** `200MB`, `512k`, `1048576` → bytes. */
export function parseSize(text: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = m ? SIZE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined)
    throw new UserError(`${what}: "${text}" is not a size (examples: 1048576, 512KB, 200MB, 1GB)`);
  return Math.floor(Number(m[1]) * unit);
}

function readJson(file: string): unknown {
  // A file the user named: links are followed, but it is bounded like any policy file.
  const text = readBoundedText(file, { limit: 4 * 1024 * 1024, followLinks: true });
  if (text === null) throw new UserError(`config file not found: ${file}`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

export function parseConfig(raw: unknown, where: string): Config {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UserError(`${where}: the config must be a JSON object`);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj))
    if (!KEYS.has(key))
      throw new UserError(
        `${where}: unknown key "${key}" (known: ${[...KEYS].slice(1).join(', ')})`,
      );
  const list = (key: string): unknown[] => {
    const v = obj[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new UserError(`${where}: "${key}" must be a list`);
    return v;
  };
  const strings = (key: string): string[] =>
    list(key).map((v, i) => {
      if (typeof v !== 'string' || !v)
        throw new UserError(`${where}: "${key}[${i}]" must be a non-empty string`);
      return v;
    });
  // Run on RE2 (linear time), like every pattern from a config: a pull request can write this file.
  const allowlist = strings('allowlist').map((p, i) => {
    try {
      return re2Pattern(p);
    } catch (error) {
      const why = (error as Error).message.replace(/^error parsing regexp: /, '');
      throw new UserError(
        `${where}: "allowlist[${i}]" is not a valid regular expression for RE2 (no lookaround or backreferences): ${why}`,
      );
    }
  });
  let minEntropy: number | undefined;
  if (obj.minEntropy !== undefined) {
    if (typeof obj.minEntropy !== 'number' || obj.minEntropy < 0 || obj.minEntropy > 8)
      throw new UserError(`${where}: "minEntropy" must be a number from 0 to 8`);
    minEntropy = obj.minEntropy;
  }
  let maxFileSize: number | undefined;
  if (obj.maxFileSize !== undefined) {
    if (typeof obj.maxFileSize === 'number' && obj.maxFileSize > 0) maxFileSize = obj.maxFileSize;
    else if (typeof obj.maxFileSize === 'string')
      maxFileSize = parseSize(obj.maxFileSize, `${where}: "maxFileSize"`);
    else
      throw new UserError(
        `${where}: "maxFileSize" must be a positive number of bytes or a size like "200MB"`,
      );
  }
  return {
    source: where,
    rules: list('rules').map((r, i) => ({ raw: r, where: `${where} rules[${i}]` })),
    allowlist,
    exclude: strings('exclude'),
    minEntropy,
    maxFileSize,
  };
}

export function emptyConfig(): Config {
  return { source: null, rules: [], allowlist: [], exclude: [] };
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${where}: not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * --config FILE wins (the command line is the user's); else the repository's flora-keyscan.config.json,
 * else its package.json's "flora-keyscan" key, as `files` has them.
 */
export function loadConfig(files: PolicyFiles, explicit: string | undefined, cwd: string): Config {
  if (explicit) {
    const file = resolve(cwd, explicit);
    return parseConfig(readJson(file), file);
  }
  const text = files.read(CONFIG_FILE);
  if (text !== null)
    return parseConfig(parseJson(text, files.describe(CONFIG_FILE)), files.describe(CONFIG_FILE));
  const pkg = files.read('package.json');
  if (pkg === null) return emptyConfig();
  let value: unknown;
  try {
    value = (JSON.parse(pkg) as Record<string, unknown>)[PACKAGE_KEY];
  } catch {
    return emptyConfig(); // not our file to judge
  }
  return value === undefined
    ? emptyConfig()
    : parseConfig(value, `${files.describe('package.json')} "${PACKAGE_KEY}"`);
}
