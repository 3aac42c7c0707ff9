import { type SecretFinding, type Provenance } from '../findings.js';
import { type CompiledRule } from '../rules/compile.js';
import type { RuleSpec } from '../rules/types.js';
import { type ContentKind } from './content.js';
import { ContentGate } from './gate.js';
import { type ArchiveLimits } from '../archive/expand.js';
import { type ArchiveSummary } from './archives.js';
export declare const ALLOW_MARKER = "flora-keyscan:allow";
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
export declare const WINDOW_BYTES: number;
/** How much each window repeats of the one before; longer than any key and its context. */
export declare const OVERLAP_BYTES: number;
export declare class Engine {
    readonly rules: CompiledRule[];
    /** Whether content can hold a match at all; see gate.ts. */
    readonly gate: ContentGate;
    private readonly decoder;
    private readonly ungated;
    /** Null when archives are not opened. */
    readonly archives: ArchiveLimits | null;
    constructor(specs: RuleSpec[], options?: EngineOptions);
    /** False only when scan() would find nothing in these bytes. The pack reader skips such content. */
    mayMatch(bytes: Buffer): boolean;
    /** Scans one piece of content. Pure: the same bytes and provenance give the same outcome. */
    scan(bytes: Buffer, provenance: Provenance): ScanOutcome;
    /** Scans content as it is (an archive's bytes too, without opening it). */
    private scanContent;
    /**
     * Scans content that arrives in chunks (a file too large to hold). An archive no larger than the
     * archive byte cap is held whole and opened; a larger one is scanned as it is, and named.
     */
    scanChunks(chunks: Iterable<Buffer>, provenance: Provenance): ScanOutcome;
    /**
     * Scans chunks in windows of WINDOW_BYTES that overlap by OVERLAP_BYTES, so a key across a
     * boundary is whole in one of them. A finding is kept by the first window whose own region (before
     * the overlap) it starts in; lines and columns are counted from the start of the content.
     */
    private scanWindows;
    /** Adds a window's findings that start in its own region, moved to positions in the whole content. */
    private keepRegion;
    /**
     * UTF-16 text inside other content (a string table in a binary, UTF-16 after a binary header): runs
     * of two-byte ASCII units around each UTF-16 form of a gate literal, each scanned as UTF-16 text,
     * its findings placed at their byte offset in the content.
     */
    private wideFindings;
    /** One window: findings with their character offsets in the window's decoded text. */
    private scanWindow;
    /**
     * Candidates inside encoded text, placed at the encoded span in `text`. Every fragment of a text is
     * decoded into one copy of it, scanned once (linear however many fragments a line holds); then the
     * fragments inside that copy's decoded spans (base64 of base64), to DECODE_DEPTH.
     */
    private decodedCandidates;
    /**
     * A secret no nearby word tied to a provider: the file may (an enclosing block, a heading, the
     * imports). The winner stays as it is when the file names none of the rules' providers, or several.
     */
    private byFile;
    private finding;
}
