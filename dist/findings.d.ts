import type { Environment, Severity } from './rules/types.js';
/** Where a piece of content, and so a finding in it, came from. A tagged union: switch on `kind`. */
export type Provenance = 
/** A file of the working tree. */
{
    kind: 'file';
    path: string;
}
/** A blob: in the index (with its path), or read from the object database (path not known yet). */
 | {
    kind: 'blob';
    blob: string;
    path: string | null;
}
/** A blob as committed: the commit that introduced it, its path there, who and when. */
 | {
    kind: 'commit';
    blob: string;
    path: string;
    commit: string;
    author: string;
    date: string;
}
/** The name of a file or folder itself (a key in a file name). */
 | {
    kind: 'path';
    path: string;
}
/** The name of a ref (a branch, tag, notes or remote-tracking ref): a key can be one. */
 | {
    kind: 'ref';
    ref: string;
    path: null;
}
/** A git note on a commit: `note` is the commit it is on, `commit` the notes commit that added it. */
 | {
    kind: 'note';
    note: string;
    blob: string;
    path: null;
    commit: string;
    author: string;
    date: string;
}
/** The message of a commit or an annotated tag, or its header (`part`: author, committer, tagger lines). */
 | {
    kind: 'message';
    commit: string;
    objectType: 'commit' | 'tag';
    part?: 'header';
    author?: string;
    date?: string;
};
/**
 * Why a finding got its provider, strongest first: a body only that provider issues; a published
 * example key; the provider named near it; in its file (an enclosing block or heading, an import, its
 * path); in the repository (a manifest's dependency, an env template's names); or nothing at all.
 */
export type EvidenceKind = 'shape' | 'publicExample' | 'line' | 'file' | 'repository' | 'none';
export declare const EVIDENCE_KINDS: readonly EvidenceKind[];
export interface ProviderEvidence {
    kind: EvidenceKind;
    /** For people: "'stripe' 2 lines above", "package.json depends on stripe". */
    detail: string;
}
/**
 * How far a key has got, which decides the advice: only in files (`working-copy`), in the index
 * (`staged`), in a commit no remote-tracking ref reaches (`committed`), reachable from one, or read
 * from a bare repository (`pushed`), or only in objects no ref reaches (`unreachable`).
 */
export type KeyExposure = 'working-copy' | 'staged' | 'committed' | 'pushed' | 'unreachable';
/** Most exposed first: a group of findings is as exposed as its most exposed one. */
export declare const EXPOSURE_ORDER: readonly KeyExposure[];
/** Where content read this way is, until its source knows better (history: which refs reach it). */
export declare function exposureOf(provenance: Provenance): KeyExposure;
/** Another rule that matched the same text, with no better evidence: a later step may give it the finding. */
export interface Rival {
    ruleId: string;
    environment: Environment | null;
    /** Its secret, when it matched more or less text than the finding's own. */
    secret?: string;
}
export interface Verification {
    status: 'live' | 'inactive' | 'unknown' | 'skipped';
    httpStatus: number | null;
    code: string | null;
    requestId: string | null;
    checkedAt: string | null;
    reason: string | null;
}
/** What kept a finding out of the results: it is still listed, as suppressed, with this. */
export type SuppressionSource = 'inline-allow' | 'ignore-file' | 'allowlist' | 'config-exclude' | 'ignore-path' | 'rule-override';
export declare const SUPPRESSION_SOURCES: readonly SuppressionSource[];
/** A finding as reports see it: never the secret itself. */
export interface Finding {
    ruleId: string;
    provider: string;
    severity: Severity;
    environment: Environment | null;
    secretSha256: string;
    redacted: string;
    entropy: number;
    /** 1-based; columns count characters (bytes in binary content). */
    line: number;
    column: number;
    /** Set for binary content: the byte offset in the file. */
    byteOffset?: number;
    /** How the secret was encoded where it was found (`base64`, `base64/percent`), if it was. */
    encoding?: string;
    /**
     * Set when the secret is inside an archive (the provenance's file): the chain of entries that
     * holds it, outermost first: `['app.zip', '.env']` for release.zip!app.zip!.env.
     */
    inArchive?: string[];
    provenance: Provenance;
    exposure: KeyExposure;
    /** For a key already committed before what was scanned (staged, pushed, working copy): the commit that holds it. */
    committedIn?: string;
    providerEvidence: ProviderEvidence;
    /** A published documentation or SDK key (see rules' evidence.publicExamples): reported, never probed. */
    publicExample?: true;
    verification: Verification | null;
    /** Set only on suppressed findings (Report.suppressed): what suppressed it. */
    suppressedBy?: SuppressionSource;
}
/** A finding with its secret: kept in memory for the probe and the purge kit, never given to a reporter. */
export interface SecretFinding extends Finding {
    secret: string;
    /** The exact encoded text the secret was found in (as secret as the secret). */
    encodedText?: string;
    /** Other rules that matched the same secret, while its evidence is `none`. */
    rivals?: Rival[];
    /** Its rule needs evidence it does not have yet: dropped unless the path or repository gives some. */
    needsEvidence?: true;
}
/** The finding without its secret, built field by field so that nothing secret can ride along. */
export declare function withoutSecret(f: SecretFinding): Finding;
/** The path a finding has, if any (a message has none). */
export declare function pathOf(f: Pick<Finding, 'provenance'>): string | null;
/** The commit a finding is attributed to, if any. */
export declare function commitOf(f: Pick<Finding, 'provenance'>): string | null;
/** The blob a finding was read from, if any. */
export declare function blobOf(f: Pick<Finding, 'provenance'>): string | null;
/** When the commit (or tag) holding it was made, ISO 8601 in UTC, if known. */
export declare function dateOf(f: Pick<Finding, 'provenance'>): string | null;
/** Who made it, if known. */
export declare function authorOf(f: Pick<Finding, 'provenance'>): string | null;
