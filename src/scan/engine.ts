// The one detection engine. Every source hands it bytes with their provenance; it returns findings.
// Pipeline: shared keyword pre-filter → rule pattern → secret group → entropy/placeholder checks →
// provider resolution (shape, context) → inline allow → finding.

import type { Environment, Finding, Provenance, RuleSpec } from '../types.js';
import { compileRule, type CompiledRule } from '../rules/compile.js';
import { shannonEntropy } from './entropy.js';
import { placeholderReason } from './placeholder.js';
import { LineCounter, lineEnd, lineStart } from './text.js';
import { redact, sha256Hex } from './secret.js';
import { decodeUtf16, detectKind, textOf, type ContentKind } from './content.js';
import { findEncodedCandidates, ENCODED_KEYWORDS } from './decode.js';
import { LiteralSet } from './literals.js';

export const ALLOW_MARKER = 'flora-keyscan:allow';

export interface EngineOptions {
  /** Decode base64, percent and escape encodings around candidate text (default on). */
  decode?: boolean;
}

export interface ScanOutcome {
  findings: Finding[];
  /** Findings dropped by an inline allow comment. */
  suppressed: number;
  kind: ContentKind;
  /** How many encoded fragments were decoded and scanned. */
  decoded: number;
}

interface Candidate {
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

/** base64 inside base64 is found; deeper nesting is not worth the cost. */
const DECODE_DEPTH = 2;

const SHAPE_MATCH = 0;
const NO_CONTEXT = 1e12;
/** How far along one line context words may be, so a minified file does not tie every key to every word. */
const CONTEXT_REACH = 400;

function contextDistance(text: string, start: number, end: number, context: NonNullable<CompiledRule['context']>): number | null {
  let from = lineStart(text, start);
  for (let i = 0; i < context.lines && from > 0; i++) from = lineStart(text, from - 1);
  let to = lineEnd(text, end);
  for (let i = 0; i < context.lines && to < text.length; i++) to = lineEnd(text, to + 1);
  from = Math.max(from, start - CONTEXT_REACH);
  to = Math.min(to, end + CONTEXT_REACH);
  const region = text.slice(from, to);
  context.pattern.lastIndex = 0;
  let best: number | null = null;
  for (let m = context.pattern.exec(region); m; m = context.pattern.exec(region)) {
    if (m[0].length === 0) context.pattern.lastIndex++;
    const at = from + m.index;
    if (at >= start && at < end) continue; // the secret itself is no evidence
    const [lo, hi] = at < start ? [at, start] : [end, at];
    let lines = 0;
    for (let i = text.indexOf('\n', lo); i !== -1 && i < hi; i = text.indexOf('\n', i + 1)) lines++;
    const distance = lines * 1e6 + (hi - lo);
    if (best === null || distance < best) best = distance;
  }
  return best;
}

function ruleEnvironment(rule: RuleSpec, groups: Record<string, string | undefined>): Environment | null {
  const env = groups.env ?? rule.environment;
  return env === 'live' || env === 'test' ? env : null;
}

export class Engine {
  readonly rules: CompiledRule[];
  private readonly prefilter: LiteralSet;
  private readonly decode: boolean;

  constructor(specs: RuleSpec[], options: EngineOptions = {}) {
    this.rules = specs.map(compileRule);
    this.decode = options.decode ?? true;
    const literals = specs.flatMap((s) => s.keywords);
    this.prefilter = new LiteralSet(this.decode ? [...literals, ...ENCODED_KEYWORDS] : literals);
  }

  /** Scans one piece of content. Pure: the same bytes and provenance give the same outcome. */
  scan(bytes: Buffer, provenance: Provenance): ScanOutcome {
    const kind = detectKind(bytes);
    const outcome: ScanOutcome = { findings: [], suppressed: 0, kind, decoded: 0 };
    const utf16 = kind === 'utf16le' || kind === 'utf16be' ? decodeUtf16(bytes, kind) : null;
    // Keys are ASCII: a latin1 view of UTF-16 text holds them unchanged.
    if (!this.prefilter.test(utf16 === null ? bytes : Buffer.from(utf16, 'latin1'))) return outcome;
    const text = utf16 ?? textOf(bytes, kind as 'text' | 'binary');
    const counter = new LineCounter(text, kind !== 'binary');
    const candidates = this.candidates(text);
    if (this.decode) candidates.push(...this.decodedCandidates(text, DECODE_DEPTH, outcome));
    for (const winner of resolve(candidates)) {
      const line = text.slice(lineStart(text, winner.start), lineEnd(text, winner.end));
      if (line.includes(ALLOW_MARKER)) {
        outcome.suppressed++;
        continue;
      }
      const position = counter.at(winner.start);
      outcome.findings.push(this.finding(winner, position, provenance, kind === 'binary' ? winner.start : undefined));
    }
    return outcome;
  }

  /** Candidates inside encoded fragments, placed at the fragment's span in `text`. */
  private decodedCandidates(text: string, depth: number, outcome: ScanOutcome): Candidate[] {
    const found: Candidate[] = [];
    for (const fragment of findEncodedCandidates(text)) {
      outcome.decoded++;
      const inner = this.candidates(fragment.line);
      if (depth > 1) inner.push(...this.decodedCandidates(fragment.line, depth - 1, outcome));
      for (const c of inner) {
        if (c.start >= fragment.innerEnd || c.end <= fragment.innerStart) continue;
        const encoding = c.encoding ? `${fragment.encoding}/${c.encoding}` : fragment.encoding;
        found.push({ ...c, start: fragment.start, end: fragment.end, encoding });
      }
    }
    return found;
  }

  /** Every rule's plausible matches in decoded text, before deciding which rule owns each. */
  private candidates(text: string): Candidate[] {
    const found: Candidate[] = [];
    for (const rule of this.rules) {
      if (!rule.keywords.some((k) => text.includes(k))) continue;
      const { pattern, spec } = rule;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const groups = m.groups ?? {};
        const secret = groups.secret;
        const span = m.indices?.groups?.secret;
        if (!secret || !span) continue;
        const body = groups.body ?? secret;
        const entropy = shannonEntropy(body);
        if (entropy < spec.minEntropy) continue;
        if (spec.placeholderCheck && placeholderReason(body, spec.stopwords) !== null) continue;
        const strength = this.strength(rule, text, span[0], span[1], secret);
        if (strength === null) continue;
        found.push({ rule, start: span[0], end: span[1], secret, entropy, environment: ruleEnvironment(spec, groups), strength });
      }
    }
    return found;
  }

  private strength(rule: CompiledRule, text: string, start: number, end: number, secret: string): number | null {
    if (rule.shape?.test(secret)) return SHAPE_MATCH;
    if (!rule.context) return NO_CONTEXT;
    const distance = contextDistance(text, start, end, rule.context);
    if (distance !== null) return 1 + distance;
    return rule.context.required ? null : NO_CONTEXT;
  }

  private finding(c: Candidate, position: { line: number; column: number }, provenance: Provenance, byteOffset?: number): Finding {
    const { spec } = c.rule;
    return {
      ruleId: spec.id,
      provider: spec.provider,
      severity: spec.severity,
      environment: c.environment,
      secret: c.secret,
      secretSha256: sha256Hex(c.secret),
      redacted: redact(c.secret),
      entropy: c.entropy,
      verification: null,
      path: provenance.kind === 'message' ? null : provenance.path,
      commit: provenance.kind === 'file' ? null : provenance.commit,
      ...(provenance.kind === 'blob' ? { blob: provenance.blob } : {}),
      ...(provenance.kind === 'message' ? { where: 'message' as const } : {}),
      line: position.line,
      column: position.column,
      ...(byteOffset !== undefined ? { byteOffset } : {}),
      ...(c.encoding ? { encoding: c.encoding } : {}),
    };
  }
}

/**
 * Overlapping candidates are one secret. A decoded secret beats the encoded text it came from; then the
 * rule with the strongest evidence (shape, nearest context) wins, then the highest priority.
 */
function resolve(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const winners: Candidate[] = [];
  let cluster: Candidate[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (cluster.length === 0) return;
    cluster.sort((a, b) => Number(!a.encoding) - Number(!b.encoding) || a.strength - b.strength || b.rule.spec.priority - a.rule.spec.priority);
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
