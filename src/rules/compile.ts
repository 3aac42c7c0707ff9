import { compilePattern, type Pattern } from './pattern.js';
import type { RuleSpec } from './types.js';

export interface CompiledRule {
  spec: RuleSpec;
  pattern: Pattern;
  /** This rule's keywords, any case; the rule runs only on text holding one of them. */
  keywords: RegExp;
  context?: { pattern: Pattern; lines: number; required: boolean };
  shape?: Pattern;
  /** The provider's published example keys: SHA-256 → where published. */
  publicExamples: Map<string, string>;
  /** Names the rule's stop-word list, so that rules with the same list share placeholder verdicts. */
  stopKey: string;
}

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileRule(spec: RuleSpec): CompiledRule {
  return {
    spec,
    pattern: compilePattern(spec.pattern, spec.shipped),
    keywords: new RegExp(spec.keywords.map(escapeRegExp).join('|'), 'i'),
    context: spec.context && {
      pattern: compilePattern(spec.context.pattern, spec.shipped || spec.context.shipped === true),
      lines: spec.context.lines,
      required: spec.context.required,
    },
    shape: spec.shape ? compilePattern(spec.shape, spec.shipped) : undefined,
    publicExamples: new Map(spec.evidence?.publicExamples.map((e) => [e.sha256, e.source])),
    stopKey: spec.stopwords.join('\u0001'),
  };
}
