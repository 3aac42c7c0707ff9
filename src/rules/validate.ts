import type { ProbeSpec, RuleSpec, Severity } from '../types.js';
import { UserError } from '../errors.js';

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const FIELDS = new Set([
  'id', 'description', 'provider', 'severity', 'environment', 'keywords', 'pattern', 'minEntropy',
  'placeholderCheck', 'stopwords', 'context', 'shape', 'verify', 'remediation', 'priority', 'examples',
  'negativeExamples',
]);

/** `(?i)` at the start of a pattern means case-insensitive, as in gitleaks and Go; JS needs a flag. */
export function splitInlineFlags(pattern: string): { source: string; flags: string } {
  return pattern.startsWith('(?i)') ? { source: pattern.slice(4), flags: 'i' } : { source: pattern, flags: '' };
}

function fail(where: string, field: string, problem: string): never {
  throw new UserError(`${where}: field "${field}" ${problem}`);
}

function str(raw: Record<string, unknown>, where: string, field: string, optional = false): string | undefined {
  const value = raw[field];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value.length === 0) fail(where, field, 'must be a non-empty string');
  return value;
}

function strList(raw: Record<string, unknown>, where: string, field: string, optional = false): string[] {
  const value = raw[field];
  if (value === undefined && optional) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0)) {
    fail(where, field, 'must be a list of non-empty strings');
  }
  return value as string[];
}

function regex(where: string, field: string, pattern: string): RegExp {
  const { source, flags } = splitInlineFlags(pattern);
  try {
    return new RegExp(source, flags);
  } catch (error) {
    fail(where, field, `is not a valid regular expression: ${(error as Error).message}`);
  }
}

function probe(raw: unknown, where: string): ProbeSpec | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'object' || raw === null) fail(where, 'verify', 'must be an object');
  const p = raw as Record<string, unknown>;
  if (p.method !== 'GET' && p.method !== 'HEAD') fail(where, 'verify.method', 'must be "GET" or "HEAD" (probes are read-only)');
  if (typeof p.path !== 'string' || !p.path.startsWith('/')) fail(where, 'verify.path', 'must be a path starting with "/"');
  const headers = p.headers as Record<string, unknown> | undefined;
  if (typeof headers !== 'object' || headers === null || Object.values(headers).some((v) => typeof v !== 'string')) {
    fail(where, 'verify.headers', 'must be an object of strings');
  }
  if (!Object.values(headers).some((v) => (v as string).includes('{{secret}}'))) {
    fail(where, 'verify.headers', 'must carry the key as {{secret}} in a header (never in the URL)');
  }
  const codes = (name: 'live' | 'inactive'): number[] => {
    const list = p[name];
    if (!Array.isArray(list) || list.some((n) => !Number.isInteger(n) || n < 100 || n > 599)) {
      fail(where, `verify.${name}`, 'must be a list of HTTP status codes');
    }
    return list as number[];
  };
  return { method: p.method, path: p.path, headers: headers as Record<string, string>, live: codes('live'), inactive: codes('inactive') };
}

/** Checks one rule object field by field; the error names the file and the field. */
export function validateRule(raw: unknown, where: string): RuleSpec {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new UserError(`${where}: a rule must be a JSON object`);
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!FIELDS.has(key)) fail(where, key, 'is not a known rule field');
  const id = str(r, where, 'id')!;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(where, 'id', 'must be lower-case letters, digits and dashes');
  const pattern = str(r, where, 'pattern')!;
  const compiled = regex(where, 'pattern', pattern);
  if (!compiled.source.includes('(?<secret>')) fail(where, 'pattern', 'must have a named group (?<secret>…) for the secret');
  const severity = str(r, where, 'severity') as Severity;
  if (!SEVERITIES.includes(severity)) fail(where, 'severity', `must be one of ${SEVERITIES.join(', ')}`);
  if (r.environment !== undefined && r.environment !== 'live' && r.environment !== 'test') fail(where, 'environment', 'must be "live" or "test"');
  if (typeof r.minEntropy !== 'number' || r.minEntropy < 0 || r.minEntropy > 8) fail(where, 'minEntropy', 'must be a number from 0 to 8');
  if (r.placeholderCheck !== undefined && typeof r.placeholderCheck !== 'boolean') fail(where, 'placeholderCheck', 'must be true or false');
  if (r.priority !== undefined && !Number.isInteger(r.priority)) fail(where, 'priority', 'must be a whole number');
  let context: RuleSpec['context'];
  if (r.context !== undefined) {
    const c = r.context as Record<string, unknown>;
    if (typeof c !== 'object' || c === null) fail(where, 'context', 'must be an object');
    if (typeof c.pattern !== 'string') fail(where, 'context.pattern', 'must be a string');
    regex(where, 'context.pattern', c.pattern);
    if (!Number.isInteger(c.lines) || (c.lines as number) < 0) fail(where, 'context.lines', 'must be a whole number ≥ 0');
    if (typeof c.required !== 'boolean') fail(where, 'context.required', 'must be true or false');
    context = { pattern: c.pattern, lines: c.lines as number, required: c.required };
  }
  const shape = str(r, where, 'shape', true);
  if (shape) regex(where, 'shape', shape);
  const keywords = strList(r, where, 'keywords');
  if (keywords.length === 0) fail(where, 'keywords', 'must name at least one literal (the cheap pre-filter)');
  return {
    id,
    description: str(r, where, 'description')!,
    provider: str(r, where, 'provider')!,
    severity,
    environment: r.environment as RuleSpec['environment'],
    keywords,
    pattern,
    minEntropy: r.minEntropy,
    placeholderCheck: (r.placeholderCheck as boolean | undefined) ?? true,
    stopwords: strList(r, where, 'stopwords', true).map((w) => w.toLowerCase()),
    context,
    shape,
    verify: probe(r.verify, where),
    remediation: str(r, where, 'remediation', true),
    priority: (r.priority as number | undefined) ?? 0,
    examples: strList(r, where, 'examples'),
    negativeExamples: strList(r, where, 'negativeExamples', true),
    source: where,
  };
}
