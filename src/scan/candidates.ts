// Every rule's plausible matches in one decoded text, and which rule owns each secret. Linear in the
// text: each rule's context words are found once per text and looked up by position, not searched
// again around every match.

import type { CompiledRule } from '../rules/compile.js';
import type { Pattern, PatternMatch } from '../rules/pattern.js';
import type { Environment, RuleSpec } from '../rules/types.js';
import { shannonEntropy } from './entropy.js';
import { placeholderReason } from './placeholder.js';
import { Lines } from './text.js';

export interface Candidate {
  rule: CompiledRule;
  start: number;
  end: number;
  secret: string;
  entropy: number;
  environment: Environment | null;
  /** Lower is stronger evidence that this rule, not another, owns the secret. */
  strength: number;
  /** Set when the secret was found by decoding the text at start..end (e.g. `base64`, `base64/percent`). */
  encoding?: string;
}

const SHAPE_MATCH = 0;
const NO_CONTEXT = 1e12;
/** How far along one line context words may be, so a minified file does not tie every key to every word. */
const CONTEXT_REACH = 400;

/** Where a context pattern matches in one text, found once, asked many times. */
class ContextHits {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string, pattern: Pattern) {
    for (const m of pattern.matches(text)) {
      this.starts.push(m.start);
      this.ends.push(m.end);
    }
  }

  /** Index of the first hit starting at or after `offset`. */
  private firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The nearest hit inside [from, to) but not inside the secret [start, end): lines × 1e6 + characters away. */
  nearest(lines: Lines, start: number, end: number, from: number, to: number): number | null {
    let best: number | null = null;
    const before = this.firstAtOrAfter(start) - 1;
    if (before >= 0 && this.starts[before]! >= from)
      best = lines.between(this.starts[before]!, start) * 1e6 + (start - this.starts[before]!);
    const after = this.firstAtOrAfter(end);
    if (after < this.starts.length && this.ends[after]! <= to) {
      const at = this.starts[after]!;
      const distance = lines.between(end, at) * 1e6 + (at - end);
      if (best === null || distance < best) best = distance;
    }
    return best;
  }
}

function ruleEnvironment(rule: RuleSpec, match: PatternMatch): Environment | null {
  const env = match.group('env')?.text ?? rule.environment;
  return env === 'live' || env === 'test' ? env : null;
}

/** How long a config rule may run on one text before it is stopped there (and named). */
export const CONFIG_RULE_BUDGET_MS = 2000;

/** The candidates of one rule; a config rule that runs past its budget stops, and `onSlow` is told. */
function ruleCandidates(
  rule: CompiledRule,
  text: string,
  lines: Lines,
  contexts: Map<Pattern, ContextHits>,
  onSlow?: (ruleId: string) => void,
): Candidate[] {
  const found: Candidate[] = [];
  const { spec } = rule;
  const started = performance.now();
  let seen = 0;
  for (const m of rule.pattern.matches(text)) {
    if (!spec.shipped && ++seen % 64 === 0 && performance.now() - started > CONFIG_RULE_BUDGET_MS) {
      onSlow?.(spec.id);
      break;
    }
    const secret = m.group('secret');
    if (!secret?.text) continue;
    const body = m.group('body')?.text ?? secret.text;
    const entropy = shannonEntropy(body);
    if (entropy < spec.minEntropy) continue;
    if (spec.placeholderCheck && placeholderReason(body, spec.stopwords) !== null) continue;
    const strength = strengthOf(rule, text, lines, secret.start, secret.end, secret.text, contexts);
    if (strength === null) continue;
    found.push({
      rule,
      start: secret.start,
      end: secret.end,
      secret: secret.text,
      entropy,
      environment: ruleEnvironment(spec, m),
      strength,
    });
  }
  return found;
}

/** The candidates of every rule in `text`, before deciding which rule owns each. */
export function findCandidates(
  rules: readonly CompiledRule[],
  text: string,
  lines: Lines = new Lines(text),
  onSlow?: (ruleId: string) => void,
): Candidate[] {
  const contexts = new Map<Pattern, ContextHits>();
  return rules.flatMap((rule) =>
    rule.keywords.test(text) ? ruleCandidates(rule, text, lines, contexts, onSlow) : [],
  );
}

function strengthOf(
  rule: CompiledRule,
  text: string,
  lines: Lines,
  start: number,
  end: number,
  secret: string,
  contexts: Map<Pattern, ContextHits>,
): number | null {
  if (rule.shape?.test(secret)) return SHAPE_MATCH;
  const context = rule.context;
  if (!context) return NO_CONTEXT;
  let hits = contexts.get(context.pattern);
  if (!hits) contexts.set(context.pattern, (hits = new ContextHits(text, context.pattern)));
  const from = Math.max(lines.startBefore(start, context.lines), start - CONTEXT_REACH);
  const to = Math.min(lines.endAfter(end, context.lines), end + CONTEXT_REACH);
  const distance = hits.nearest(lines, start, end, from, to);
  if (distance !== null) return 1 + distance;
  return context.required ? null : NO_CONTEXT;
}

/**
 * Overlapping candidates are one secret. A decoded secret beats the encoded text it came from; then the
 * rule with the strongest evidence (shape, nearest context) wins, then the highest priority.
 */
export function resolveOwners(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const winners: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 0) return;
    cluster.sort(
      (a, b) =>
        Number(!a.encoding) - Number(!b.encoding) ||
        a.strength - b.strength ||
        b.rule.spec.priority - a.rule.spec.priority,
    );
    winners.push(cluster[0]!);
    cluster = [];
  };
  for (const c of candidates) {
    if (c.start >= clusterEnd) flush();
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  flush();
  return winners;
}

/** Drops plain candidates lying inside a span that was decoded: encoded text is judged by what it says. */
export function outsideSpans(candidates: Candidate[], spans: [number, number][]): Candidate[] {
  if (spans.length === 0) return candidates;
  spans.sort((a, b) => a[0] - b[0]);
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const kept: Candidate[] = [];
  let s = 0;
  let reach = -1;
  for (const c of sorted) {
    while (s < spans.length && spans[s]![0] <= c.start) reach = Math.max(reach, spans[s++]![1]);
    if (c.encoding || c.end > reach) kept.push(c);
  }
  return kept;
}
