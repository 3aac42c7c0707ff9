// The user's config: flora-keyscan.config.json at the repository root, a "flora-keyscan" key in its
// package.json, or the file given with --config. Unknown keys and bad values are errors naming the key.

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from './errors.js';
import type { ExtraRule } from './rules/load.js';

export interface Config {
  /** Where it was read from, for messages; null when there is none. */
  source: string | null;
  rules: ExtraRule[];
  /** Regular expressions; a secret matching any of them is not reported. */
  allowlist: RegExp[];
  /** Path globs never scanned. */
  exclude: string[];
  /** Overrides every rule's minimum entropy. */
  minEntropy?: number;
  maxFileSize?: number;
}

export const CONFIG_FILE = 'flora-keyscan.config.json';
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
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'ENOENT'
        ? `config file not found: ${file}`
        : `cannot read config file ${file}: ${code}`,
    );
  }
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
  const allowlist = strings('allowlist').map((p, i) => {
    try {
      return new RegExp(p);
    } catch (error) {
      throw new UserError(
        `${where}: "allowlist[${i}]" is not a valid regular expression: ${(error as Error).message}`,
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

/** --config wins; else flora-keyscan.config.json, else package.json's "flora-keyscan" key, in `root`. */
export function loadConfig(root: string, explicit?: string, cwd = root): Config {
  if (explicit) {
    const file = resolve(cwd, explicit);
    return parseConfig(readJson(file), file);
  }
  const file = join(root, CONFIG_FILE);
  if (existsSync(file)) return parseConfig(readJson(file), file);
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    if (pkg['flora-keyscan'] !== undefined)
      return parseConfig(pkg['flora-keyscan'], `${join(root, 'package.json')} "flora-keyscan"`);
  } catch {
    // no readable package.json: no config
  }
  return emptyConfig();
}
