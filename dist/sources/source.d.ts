import type { Provenance, SecretFinding, SuppressionSource } from '../findings.js';
import type { ContentGate } from '../scan/gate.js';
import type { HistoryFacts } from '../history/facts.js';
import type { Engine } from '../scan/engine.js';
import type { TreeFiles } from './tree-files.js';
export type ScanMode = 'worktree' | 'staged' | 'history' | 'all-objects';
/** Where the keys a source finds can be: decides the advice (see report/playbook.ts). */
export type Exposure = 'working-tree' | 'staged' | 'history';
/** Who made a commit or tag, when, and its parents: read with the objects of a history. */
export interface CommitMeta {
    oid: string;
    author: string;
    /** Seconds since 1970 (formatted only for the few commits that hold a finding). */
    time: number | null;
    /** A commit's parent ids, space-separated. */
    parents: string;
    /** An annotated tag object rather than a commit. */
    isTag: boolean;
}
/** One piece of content a source hands to the engine, or the reason it could not; or a commit's metadata. */
export type SourceItem = 
/** Metadata of a commit or tag just read, for the source's onCommit (not content). */
{
    commit: CommitMeta;
} | {
    provenance: Provenance;
    bytes: Buffer;
}
/** Content too large to hold at once, read chunk by chunk. */
 | {
    provenance: Provenance;
    chunks: () => Iterable<Buffer>;
    size: number;
}
/** Content the source proved the engine would find nothing in (Engine.mayMatch), counted. */
 | {
    provenFree: {
        objects: number;
        bytes: number;
    };
} | {
    provenance: Provenance;
    skipped: string;
}
/** Content the policy says is never scanned (a config exclude, an ignore-file path): counted. */
 | {
    provenance: Provenance;
    excluded: SuppressionSource;
} | {
    provenance: Provenance;
    unreadable: string;
}
/** An object the repository should have and does not (a partial clone's blob): not scanned. */
 | {
    provenance: Provenance;
    missing: string;
}
/** File and folder names, scanned as text: a key can be a name. */
 | {
    paths: string[];
};
export interface Progress {
    objects: number;
    bytes: number;
}
export interface SourceContext {
    engine: Engine;
    /** What content may hold a match: sources that can prove content clean (the pack reader) ask this. */
    gate: ContentGate;
    /** Why a path is never read (config `exclude`, ignore-file `path:`), or null; sources that know paths up front apply it. */
    excludedBy(path: string): SuppressionSource | null;
    /** Files above this size are named as skipped. */
    maxFileSize: number;
    signal?: AbortSignal;
    /** Told what is done and, when known, the total. */
    progress?: (done: Progress, total: Progress) => void;
    /** Phase timings for --debug. */
    phase?: (name: string) => void;
}
/** What a source's findings become once it knows everything it read. */
export interface Settled {
    findings: SecretFinding[];
    /**
     * Keys the scanned change does not add: an earlier version of their file already held them (staged,
     * pre-push). Listed, not blocking, unless --all-content.
     */
    preExisting?: SecretFinding[];
    warnings: string[];
    /** A step after reading failed: the findings are as far as known, and the scan is incomplete. */
    incomplete?: boolean;
    facts?: HistoryFacts;
}
export interface Source {
    mode: ScanMode;
    /** What was scanned, for people: "working tree of /repo". */
    scope: string;
    /** The folder paths in findings are relative to (null when there is none). */
    root: string | null;
    exposure: Exposure;
    /** Warnings known before the scan (a shallow clone). */
    warnings?: string[];
    /** The trees findings were read from, for provider evidence in manifests (see provider-evidence.ts). */
    tree?: TreeFiles;
    items(context: SourceContext): Iterable<SourceItem> | AsyncIterable<SourceItem> | Promise<AsyncIterable<SourceItem>>;
    /** The metadata of each commit and tag read (history sources). */
    onCommit?(meta: CommitMeta): void;
    /** Each finding as it is found, before the scan ends (history starts attributing early). */
    onFinding?(finding: SecretFinding): void;
    /** Raw findings to final ones: history attributes them to the commits that introduced them. */
    settle?(raw: SecretFinding[], context: SourceContext): Promise<Settled>;
    /** Stops what the source runs beside the scan (git), whether the scan ended or failed. */
    close?(): void;
}
/** A label for an item in lists of skipped and unreadable content. */
export declare function itemLabel(provenance: Provenance): string;
