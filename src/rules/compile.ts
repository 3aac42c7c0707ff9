import type { RuleSpec } from './types.js';
import { splitInlineFlags } from './validate.js';

export interface CompiledRule {
  spec: RuleSpec;
  /** Global, with indices, so the secret's own offset is known. */
  pattern: RegExp;
  /** This rule's keywords, any case; the rule runs only on text holding one of them. */
  keywords: RegExp;
  context?: { pattern: RegExp; lines: number; required: boolean };
  shape?: RegExp;
}

export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(pattern: string, extraFlags: string): RegExp {
  const { source, flags } = splitInlineFlags(pattern);
  return new RegExp(source, flags + extraFlags);
}

export function compileRule(spec: RuleSpec): CompiledRule {
  return {
    spec,
    pattern: compile(spec.pattern, 'gd'),
    keywords: new RegExp(spec.keywords.map(escapeRegExp).join('|'), 'i'),
    context: spec.context && {
      pattern: compile(spec.context.pattern, 'g'),
      lines: spec.context.lines,
      required: spec.context.required,
    },
    shape: spec.shape ? compile(spec.shape, '') : undefined,
  };
}
