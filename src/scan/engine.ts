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

/** Content above this size is scanned in windows: V8 strings cannot exceed ~512 MB. */
export const WINDOW_BYTES = 16 * 1024 * 1024;
/** How much each window repeats of the one before; longer than any key and its context. */
export const OVERLAP_BYTES = 64 * 1024;

interface Advance {
  newlines: number;
  /** Characters after the last newline, or null when there is none (the line goes on). */
  charsAfterLastNewline: number | null;
  chars: number;
}

/** How far lines and columns move over `bytes[0, end)` (UTF-8 or binary), counted on the bytes. */
function advanceBytes(bytes: Buffer, end: number, kind: 'text' | 'binary'): Advance {
  const countChars = (from: number) => {
    if (kind === 'binary') return end - from;
    let n = 0;
    for (let i = from; i < end; i++) if ((bytes[i]! & 0xc0) !== 0x80) n++;
    return n;
  };
  let newlines = 0;
  let last = -1;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) {
    newlines++;
    last = i;
  }
  return { newlines, charsAfterLastNewline: last === -1 ? null : countChars(last + 1), chars: last === -1 ? countChars(0) : 0 };
}

function advanceText(text: string): Advance {
  const newlines = text.split('\n').length - 1;
  const last = text.lastIndexOf('\n');
  return { newlines, charsAfterLastNewline: last === -1 ? null : text.length - last - 1, chars: text.length };
}

function* chunksOf(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += WINDOW_BYTES) yield bytes.subarray(at, at + WINDOW_BYTES);
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
  /**
   * The keyword pre-filter. scan() finds nothing in content whose raw bytes hold none of these
   * literals, unless the content may be UTF-16 (content.ts mayBeUtf16). The history source uses this
   * to skip content it can prove keyword-free without assembling it.
   */
  readonly prefilter: LiteralSet;
  private readonly decode: boolean;

  constructor(specs: RuleSpec[], options: EngineOptions = {}) {
    this.rules = specs.map(compileRule);
    this.decode = options.decode ?? true;
    const literals = specs.flatMap((s) => s.keywords);
    this.prefilter = new LiteralSet(this.decode ? [...literals, ...ENCODED_KEYWORDS] : literals);
  }

  /** Scans one piece of content. Pure: the same bytes and provenance give the same outcome. */
  scan(bytes: Buffer, provenance: Provenance): ScanOutcome {
    if (bytes.length <= WINDOW_BYTES) return this.scanWindow(bytes, provenance, detectKind(bytes)).outcome;
    return this.scanChunks(chunksOf(bytes), provenance);
  }

  /**
   * Scans content that arrives in chunks (a file too large to hold, or a very large blob) as
   * overlapping windows. Each window repeats the last OVERLAP_BYTES of the one before; a finding
   * belongs to the window where it starts before that repeated tail (the last window: anywhere), so
   * a key across a chunk boundary is found whole, once. Lines and columns count from the whole file.
   */
  scanChunks(chunks: Iterable<Buffer>, provenance: Provenance): ScanOutcome {
    const total: ScanOutcome = { findings: [], suppressed: 0, kind: 'text', decoded: 0 };
    let kind: ContentKind | null = null;
    let tail: Buffer = Buffer.alloc(0);
    let fileOffset = 0; // of the window's first byte
    let lineBase = 0; // newlines before the window
    let columnBase = 0; // characters between the last newline and the window
    const iterator = chunks[Symbol.iterator]();
    let next = iterator.next();
    while (!next.done) {
      const window = tail.length ? Buffer.concat([tail, next.value]) : next.value;
      next = iterator.next();
      const last = next.done === true;
      kind ??= detectKind(window);
      total.kind = kind;
      const regionBytes = last ? window.length : Math.max(0, window.length - OVERLAP_BYTES);
      const { outcome, offsets, text } = this.scanWindow(window, provenance, kind);
      const regionChars = kind === 'binary' ? regionBytes : kind === 'text' ? window.toString('utf8', 0, regionBytes).length : regionBytes >> 1;
      total.suppressed += outcome.suppressed;
      total.decoded += outcome.decoded;
      outcome.findings.forEach((f, i) => {
        if (offsets[i]! >= regionChars) return; // found again, whole, in the next window
        total.findings.push({ ...f, line: f.line + lineBase, column: f.line === 1 ? f.column + columnBase : f.column, ...(f.byteOffset !== undefined ? { byteOffset: f.byteOffset + fileOffset } : {}) });
      });
      const step = kind === 'text' || kind === 'binary' ? advanceBytes(window, regionBytes, kind) : advanceText(text.slice(0, regionChars));
      lineBase += step.newlines;
      columnBase = step.charsAfterLastNewline ?? columnBase + step.chars;
      fileOffset += regionBytes;
      tail = window.subarray(regionBytes);
    }
    return total;
  }

  /** One window: findings with their character offsets in the window's decoded text. */
  private scanWindow(bytes: Buffer, provenance: Provenance, kind: ContentKind): { outcome: ScanOutcome; offsets: number[]; text: string } {
    const outcome: ScanOutcome = { findings: [], suppressed: 0, kind, decoded: 0 };
    const offsets: number[] = [];
    const utf16 = kind === 'utf16le' || kind === 'utf16be' ? decodeUtf16(bytes, kind) : null;
    // Keys are ASCII: a latin1 view of UTF-16 text holds them unchanged.
    if (!this.prefilter.test(utf16 === null ? bytes : Buffer.from(utf16, 'latin1'))) return { outcome, offsets, text: utf16 ?? '' };
    const text = utf16 ?? textOf(bytes, kind as 'text' | 'binary');
    const counter = new LineCounter(text, kind !== 'binary');
    let candidates = this.candidates(text);
    if (this.decode) {
      const spans: [number, number][] = [];
      const decoded = this.decodedCandidates(text, DECODE_DEPTH, outcome, spans);
      // Encoded text that decodes to readable text is judged by what it says, not by how random
      // its encoding looks: a base64 sentence under FLORA_API_KEY is not a key.
      candidates = candidates.filter((c) => c.encoding || !spans.some(([a, b]) => c.start >= a && c.end <= b));
      candidates.push(...decoded);
    }
    for (const winner of resolve(candidates)) {
      const line = text.slice(lineStart(text, winner.start), lineEnd(text, winner.end));
      if (line.includes(ALLOW_MARKER)) {
        outcome.suppressed++;
        continue;
      }
      const position = counter.at(winner.start);
      const finding = this.finding(winner, position, provenance, kind === 'binary' ? winner.start : undefined);
      if (winner.encoding) finding.encodedText = text.slice(winner.start, winner.end);
      outcome.findings.push(finding);
      offsets.push(winner.start);
    }
    return { outcome, offsets, text };
  }

  /** Candidates inside encoded fragments, placed at the fragment's span in `text`. */
  private decodedCandidates(text: string, depth: number, outcome: ScanOutcome, spans?: [number, number][]): Candidate[] {
    const found: Candidate[] = [];
    for (const fragment of findEncodedCandidates(text)) {
      outcome.decoded++;
      spans?.push([fragment.start, fragment.end]);
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
