import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleSpec } from '../types.js';
import { UserError } from '../errors.js';
import { validateRule } from './validate.js';

/** The rules shipped with the package: ../../rules from dist/rules/. */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

function parseJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read rule file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Every *.json file in a directory is one rule. */
export function loadRuleDir(dir: string): RuleSpec[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  } catch (error) {
    throw new UserError(`cannot read rules directory ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return names.map((name) => validateRule(parseJsonFile(join(dir, name)), join(dir, name)));
}

/** Built-in rules plus rules from a config file; a config rule with a built-in id replaces it. */
export function loadRules(extra: { raw: unknown; where: string }[] = [], dir = BUILTIN_RULES_DIR): RuleSpec[] {
  const byId = new Map<string, RuleSpec>();
  for (const rule of loadRuleDir(dir)) {
    if (byId.has(rule.id)) throw new UserError(`${rule.source}: field "id" repeats "${rule.id}" from ${byId.get(rule.id)!.source}`);
    byId.set(rule.id, rule);
  }
  for (const { raw, where } of extra) {
    const rule = validateRule(raw, where);
    byId.set(rule.id, rule);
  }
  return [...byId.values()];
}
