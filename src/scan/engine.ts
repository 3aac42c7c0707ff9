// The one detection engine. Every source hands it bytes with their provenance; it returns findings.
// Pipeline: content gate (keyword pre-filter) → rule pattern → secret group → entropy/placeholder
// checks → provider resolution (shape, context) → inline allow → finding.

import { exposureOf, type SecretFinding, type Provenance } from '../findings.js';
import { compileRule, type CompiledRule } from '../rules/compile.js';
import type { RuleSpec } from '../rules/types.js';
import {
  findCandidates,
  outsideSpans,
  resolveOwners,
  type Candidate,
  type Owner,
} from './candidates.js';
import { FileContext, type ProviderWords } from './file-evidence.js';
import { decodeWide, detectKind, isWide, textOf, type ContentKind } from './content.js';
import { decodedText, Decoder, type DecodedSpan } from './decode.js';
import { ContentGate } from './gate.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from '../archive/expand.js';
import {
  archiveFormat,
  holdArchive,
  scanArchive,
  unopened,
  type ArchiveSummary,
} from './archives.js';
import { redact, sha256Hex } from './secret.js';
import { Lines } from './text.js';

export const ALLOW_MARKER = 'flora-keyscan:allow';

export interface EngineOptions {
  /** Decode encodings (codecs.ts) around candidate text (default on). */
  decode?: boolean;
  /** Run every rule on all content, ignoring the gate: slow; for checking that the gate changes nothing. */
  ungated?: boolean;
  /** Open archives within these limits (default DEFAULT_ARCHIVE_LIMITS); null or depth 0: never. */
  archives?: ArchiveLimits | null;
}

export interface ScanOutcome {
  findings: SecretFinding[];
  /** Findings on lines marked flora-keyscan:allow: not reported, but counted and listed as suppressed. */
  allowed: SecretFinding[];
  kind: ContentKind;
  /** How many encoded fragments were decoded and scanned. */
  decoded: number;
  /** Config rules stopped on this content for running past their time budget. */
  slowRules?: string[];
  /** Set when the content was an archive: what was opened, scanned and not read. */
  archive?: ArchiveSummary;
}

/** Content above this size is scanned in windows: V8 strings cannot exceed ~512 MB. */
export const WINDOW_BYTES = 16 * 1024 * 1024;
/** How much each window repeats of the one before; longer than any key and its context. */
export const OVERLAP_BYTES = 64 * 1024;

/** base64 inside base64 is found; deeper nesting is not worth the cost. */
const DECODE_DEPTH = 2;

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
  return {
    newlines,
    charsAfterLastNewline: last === -1 ? null : countChars(last + 1),
    chars: last === -1 ? countChars(0) : 0,
  };
}

function advanceText(text: string): Advance {
  let newlines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines++;
  const last = text.lastIndexOf('\n');
  return {
    newlines,
    charsAfterLastNewline: last === -1 ? null : text.length - last - 1,
    chars: text.length,
  };
}

function* chunksOf(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += WINDOW_BYTES)
    yield bytes.subarray(at, at + WINDOW_BYTES);
}

/** The span of the innermost layer that [start, end) overlaps, or null when it overlaps none. */
function spanAt(spans: DecodedSpan[], start: number, end: number): DecodedSpan | null {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span && span.start < end ? span : null;
}

/**
 * Where a candidate in the innermost decoded layer sits in the scanned text: the encoded span it was
 * decoded from, through every layer, and the chain of encodings (outermost first). Null when it
 * overlaps no span of the innermost layer (it was found in an outer layer already).
 */
function placeInSource(
  layers: DecodedSpan[][],
  start: number,
  end: number,
): { start: number; end: number; encoding: string } | null {
  const names: string[] = [];
  for (let depth = layers.length - 1; depth >= 0; depth--) {
    const span = spanAt(layers[depth]!, start, end);
    if (!span) return null;
    names.unshift(span.encoding);
    start = span.sourceStart;
    end = span.sourceEnd;
  }
  return { start, end, encoding: names.join('/') };
}

/** Lines holding the allow marker, found in one pass. */
function allowedLines(text: string, lines: Lines): Set<number> {
  const out = new Set<number>();
  for (let i = text.indexOf(ALLOW_MARKER); i !== -1; i = text.indexOf(ALLOW_MARKER, i + 1))
    out.add(lines.lineIndex(i));
  return out;
}

/**
 * What a rule needs in content before its pattern can match: its keywords, in any letter case. A
 * shipped rule with a case-sensitive pattern whose keywords are its prefixes (every secret starts with
 * one, exactly: its examples are checked by the test suite) is gated on them as they are written,
 * which is cheaper. Config rules always use their keywords.
 */
function gateLiterals(spec: RuleSpec): { text: string; caseInsensitive: boolean }[] {
  const exact =
    spec.shipped &&
    !spec.pattern.startsWith('(?i)') &&
    spec.prefixes.length > 0 &&
    spec.keywords.every((k) => spec.prefixes.includes(k));
  return spec.keywords.map((text) => ({ text, caseInsensitive: !exact }));
}

export class Engine {
  readonly rules: CompiledRule[];
  /** Whether content can hold a match at all; see gate.ts. */
  readonly gate: ContentGate;
  private readonly decoder: Decoder | null;
  private readonly ungated: boolean;
  /** Null when archives are not opened. */
  readonly archives: ArchiveLimits | null;

  constructor(specs: RuleSpec[], options: EngineOptions = {}) {
    this.rules = specs.map(compileRule);
    this.decoder = options.decode === false ? null : new Decoder(specs);
    this.ungated = options.ungated === true;
    const archives = options.archives === undefined ? DEFAULT_ARCHIVE_LIMITS : options.archives;
    this.archives = archives && archives.depth > 0 ? archives : null;
    this.gate = new ContentGate(
      [...specs.flatMap(gateLiterals), ...(this.decoder?.literals() ?? [])],
      { archives: this.archives !== null },
    );
  }

  /** False only when scan() would find nothing in these bytes. The pack reader skips such content. */
  mayMatch(bytes: Buffer): boolean {
    return this.gate.mayMatch(bytes);
  }

  /** Scans one piece of content. Pure: the same bytes and provenance give the same outcome. */
  scan(bytes: Buffer, provenance: Provenance): ScanOutcome {
    const format = this.archives && archiveFormat(bytes, provenance);
    if (format)
      return scanArchive(bytes, format, provenance, this.archives!, (b, p) =>
        this.scanContent(b, p),
      );
    return this.scanContent(bytes, provenance);
  }

  /** Scans content as it is (an archive's bytes too, without opening it). */
  private scanContent(bytes: Buffer, provenance: Provenance): ScanOutcome {
    if (bytes.length <= WINDOW_BYTES) {
      if (!this.ungated && !this.mayMatch(bytes))
        return { findings: [], allowed: [], kind: detectKind(bytes), decoded: 0 };
      return this.scanWindow(bytes, provenance, detectKind(bytes)).outcome;
    }
    return this.scanWindows(chunksOf(bytes), provenance);
  }

  /**
   * Scans content that arrives in chunks (a file too large to hold). An archive no larger than the
   * archive byte cap is held whole and opened; a larger one is scanned as it is, and named.
   */
  scanChunks(chunks: Iterable<Buffer>, provenance: Provenance): ScanOutcome {
    if (!this.archives) return this.scanWindows(chunks, provenance);
    const held = holdArchive(chunks, this.archives.maxBytes);
    if ('whole' in held) return this.scan(held.whole, provenance);
    const outcome = this.scanWindows(held.rest, provenance);
    if (held.format) outcome.archive = unopened(held.format, this.archives.maxBytes);
    return outcome;
  }

  /**
   * Scans chunks in windows of WINDOW_BYTES that overlap by OVERLAP_BYTES, so a key across a
   * boundary is whole in one of them. A finding is kept by the first window whose own region (before
   * the overlap) it starts in; lines and columns are counted from the start of the content.
   */
  private scanWindows(chunks: Iterable<Buffer>, provenance: Provenance): ScanOutcome {
    const total: ScanOutcome = { findings: [], allowed: [], kind: 'text', decoded: 0 };
    let kind: ContentKind | null = null;
    let tail: Buffer = Buffer.alloc(0);
    const base = { fileOffset: 0, lines: 0, columns: 0 };
    const iterator = chunks[Symbol.iterator]();
    let next = iterator.next();
    while (!next.done) {
      const window = tail.length ? Buffer.concat([tail, next.value]) : next.value;
      next = iterator.next();
      kind ??= detectKind(window);
      total.kind = kind;
      const regionBytes =
        next.done === true ? window.length : Math.max(0, window.length - OVERLAP_BYTES);
      const { outcome, offsets, text } =
        this.ungated || this.mayMatch(window)
          ? this.scanWindow(window, provenance, kind)
          : { outcome: null, offsets: new Map<SecretFinding, number>(), text: '' };
      const regionChars = isWide(kind)
        ? decodeWide(window.subarray(0, regionBytes), kind).length
        : kind === 'binary'
          ? regionBytes
          : window.toString('utf8', 0, regionBytes).length;
      if (outcome) this.keepRegion(total, outcome, offsets, regionChars, base);
      const step = isWide(kind)
        ? advanceText((text || decodeWide(window, kind)).slice(0, regionChars))
        : advanceBytes(window, regionBytes, kind);
      base.lines += step.newlines;
      base.columns = step.charsAfterLastNewline ?? base.columns + step.chars;
      base.fileOffset += regionBytes;
      tail = window.subarray(regionBytes);
    }
    return total;
  }

  /** Adds a window's findings that start in its own region, moved to positions in the whole content. */
  private keepRegion(
    total: ScanOutcome,
    outcome: ScanOutcome,
    offsets: Map<SecretFinding, number>,
    regionChars: number,
    base: { fileOffset: number; lines: number; columns: number },
  ): void {
    total.decoded += outcome.decoded;
    if (outcome.slowRules) (total.slowRules ??= []).push(...outcome.slowRules);
    const move = (f: SecretFinding): SecretFinding => ({
      ...f,
      line: f.line + base.lines,
      column: f.line === 1 ? f.column + base.columns : f.column,
      ...(f.byteOffset !== undefined ? { byteOffset: f.byteOffset + base.fileOffset } : {}),
    });
    // A finding starting in the overlap is found again, whole, in the next window.
    for (const f of outcome.findings)
      if (offsets.get(f)! < regionChars) total.findings.push(move(f));
    for (const f of outcome.allowed) if (offsets.get(f)! < regionChars) total.allowed.push(move(f));
  }

  /**
   * UTF-16 text inside other content (a string table in a binary, UTF-16 after a binary header): runs
   * of two-byte ASCII units around each UTF-16 form of a gate literal, each scanned as UTF-16 text,
   * its findings placed at their byte offset in the content.
   */
  private wideFindings(
    bytes: Buffer,
    provenance: Provenance,
    lines: Lines,
  ): { findings: SecretFinding[]; allowed: SecretFinding[] } {
    const out = { findings: [] as SecretFinding[], allowed: [] as SecretFinding[] };
    const text = (at: number) =>
      bytes[at]! === 9 ||
      bytes[at]! === 10 ||
      bytes[at]! === 13 ||
      (bytes[at]! >= 32 && bytes[at]! < 127);
    // ASCII as UTF-16 reads both ways, one byte apart (`s\0k\0` is also `\0k` after `s`): of the
    // two runs around a hit, the longer is the text (it keeps its first and last characters).
    const run = (order: 'utf16le' | 'utf16be', at: number) => {
      const unit = (i: number) =>
        i >= 0 &&
        i + 1 < bytes.length &&
        (order === 'utf16le' ? text(i) && bytes[i + 1] === 0 : bytes[i] === 0 && text(i + 1));
      let start = at;
      while (unit(start - 2)) start -= 2;
      let end = at;
      while (unit(end)) end += 2;
      return { order, start, end };
    };
    for (let at = this.gate.wide.next(bytes, 0); at !== -1;) {
      const le = run('utf16le', bytes[at] === 0 ? at + 1 : at);
      const be = run('utf16be', bytes[at] === 0 ? at : at - 1);
      const { order, start, end } = be.end - be.start > le.end - le.start ? be : le;
      const scanned = this.scanWindow(bytes.subarray(start, end), provenance, order);
      const place = (f: SecretFinding): SecretFinding => {
        const byteOffset = start + 2 * scanned.offsets.get(f)!;
        return {
          ...f,
          ...lines.at(byteOffset),
          byteOffset,
          encoding: f.encoding ? `${order}/${f.encoding}` : order,
        };
      };
      out.findings.push(...scanned.outcome.findings.map(place));
      out.allowed.push(...scanned.outcome.allowed.map(place));
      at = this.gate.wide.next(bytes, Math.max(end, at + 2));
    }
    return out;
  }

  /** One window: findings with their character offsets in the window's decoded text. */
  private scanWindow(
    bytes: Buffer,
    provenance: Provenance,
    kind: ContentKind,
  ): { outcome: ScanOutcome; offsets: Map<SecretFinding, number>; text: string } {
    const outcome: ScanOutcome = { findings: [], allowed: [], kind, decoded: 0 };
    const offsets = new Map<SecretFinding, number>();
    const wideText = isWide(kind) ? decodeWide(bytes, kind) : null;
    // The gate let it through for a zero byte; it holds nothing unless a literal is there. Keys are
    // ASCII: a latin1 view of UTF-16 or UTF-32 text holds them unchanged.
    const view = wideText === null ? bytes : Buffer.from(wideText, 'latin1');
    const wideInside = wideText === null && bytes.indexOf(0) !== -1 && this.gate.wide.test(bytes);
    if (!this.ungated && !wideInside && !this.gate.hasLiteral(view))
      return { outcome, offsets, text: wideText ?? '' };
    const text = wideText ?? textOf(bytes, kind as 'text' | 'binary');
    const lines = new Lines(text, kind !== 'binary');
    const onSlow = (id: string) => (outcome.slowRules ??= []).push(id);
    let candidates = findCandidates(this.rules, text, lines, onSlow);
    if (this.decoder) {
      const spans: [number, number][] = [];
      const decoded = this.decodedCandidates(view, text, lines, outcome, spans);
      // Encoded text that decodes to readable text is judged by what it says, not by how random
      // its encoding looks: a base64 sentence under FLORA_API_KEY is not a key.
      candidates = outsideSpans(candidates, spans);
      candidates.push(...decoded);
    }
    const allowed = allowedLines(text, lines);
    let file: FileContext | null = null;
    for (const owner of resolveOwners(candidates, text.length)) {
      const winner =
        owner.winner.evidence.kind === 'none'
          ? this.byFile((file ??= new FileContext(lines)), lines, owner)
          : owner.winner;
      const finding = this.finding(
        winner,
        lines.at(winner.start),
        provenance,
        kind === 'binary' ? winner.start : undefined,
      );
      const rivals = owner.rivals.filter((r) => r !== winner && winner.evidence.kind === 'none');
      if (rivals.length > 0)
        finding.rivals = rivals.map((r) => ({
          ruleId: r.rule.spec.id,
          environment: r.environment,
          ...(r.secret !== winner.secret ? { secret: r.secret } : {}),
        }));
      if (winner.encoding) finding.encodedText = text.slice(winner.start, winner.end);
      (allowed.has(lines.lineIndex(winner.start)) ? outcome.allowed : outcome.findings).push(
        finding,
      );
      offsets.set(finding, winner.start);
    }
    if (wideText === null && bytes.indexOf(0) !== -1) {
      const wide = this.wideFindings(
        bytes,
        provenance,
        kind === 'binary' ? lines : new Lines(textOf(bytes, 'binary'), false),
      );
      for (const f of wide.findings) (outcome.findings.push(f), offsets.set(f, f.byteOffset!));
      for (const f of wide.allowed) (outcome.allowed.push(f), offsets.set(f, f.byteOffset!));
    }
    return { outcome, offsets, text };
  }

  /**
   * Candidates inside encoded text, placed at the encoded span in `text`. Every fragment of a text is
   * decoded into one copy of it, scanned once (linear however many fragments a line holds); then the
   * fragments inside that copy's decoded spans (base64 of base64), to DECODE_DEPTH.
   */
  private decodedCandidates(
    bytes: Buffer,
    text: string,
    lines: Lines,
    outcome: ScanOutcome,
    spans: [number, number][],
  ): Candidate[] {
    const found: Candidate[] = [];
    const layers: DecodedSpan[][] = [];
    let current = { text, lines, spans: null as DecodedSpan[] | null };
    for (let depth = 1; depth <= DECODE_DEPTH; depth++) {
      const fragments = this.decoder!.fragments(
        current.text,
        current.lines,
        current.spans,
        depth === 1 ? bytes : undefined,
      );
      if (fragments.length === 0) break;
      outcome.decoded += fragments.length;
      const next = decodedText(current.text, fragments);
      layers.push(next.spans);
      if (depth === 1) for (const s of next.spans) spans.push([s.sourceStart, s.sourceEnd]);
      const nextLines = new Lines(next.text);
      const onSlow = (id: string) => (outcome.slowRules ??= []).push(id);
      for (const c of findCandidates(this.rules, next.text, nextLines, onSlow)) {
        const placed = placeInSource(layers, c.start, c.end);
        if (placed) found.push({ ...c, ...placed });
      }
      current = { text: next.text, lines: nextLines, spans: next.spans };
    }
    return found;
  }

  /**
   * A secret no nearby word tied to a provider: the file may (an enclosing block, a heading, the
   * imports). The winner stays as it is when the file names none of the rules' providers, or several.
   */
  private byFile(file: FileContext, lines: Lines, owner: Owner): Candidate {
    const everyone = [owner.winner, ...owner.rivals];
    const words: ProviderWords[] = everyone
      .filter((c) => c.rule.context)
      .map((c) => ({ provider: c.rule.spec.provider, words: c.rule.context!.pattern }));
    if (words.length === 0) return owner.winner;
    const found = file.evidence(lines.lineIndex(owner.winner.start), words);
    if (!found) return owner.winner;
    const chosen = everyone.find((c) => c.rule.spec.provider === found.provider)!;
    return { ...chosen, evidence: found.evidence, needsEvidence: false };
  }

  private finding(
    c: Candidate,
    position: { line: number; column: number },
    provenance: Provenance,
    byteOffset?: number,
  ): SecretFinding {
    const { spec } = c.rule;
    return {
      ruleId: spec.id,
      provider: spec.provider,
      // A published example is public already: still reported (it should not be in code), at low.
      severity: c.publicExample !== undefined ? 'low' : spec.severity,
      environment: c.environment,
      secret: c.secret,
      secretSha256: sha256Hex(c.secret),
      redacted: redact(c.secret, spec.prefixes),
      entropy: c.entropy,
      line: position.line,
      column: position.column,
      ...(byteOffset !== undefined ? { byteOffset } : {}),
      ...(c.encoding ? { encoding: c.encoding } : {}),
      provenance,
      exposure: exposureOf(provenance),
      providerEvidence: c.evidence,
      ...(c.publicExample !== undefined ? { publicExample: true as const } : {}),
      ...(c.needsEvidence ? { needsEvidence: true as const } : {}),
      verification: null,
    };
  }
}
