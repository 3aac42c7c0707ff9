import type { KeyExposure, SecretFinding } from './findings.js';
import { type Git } from './git.js';
import type { HistoryFacts } from './history/facts.js';
import type { Engine } from './scan/engine.js';
export declare class EarlierVersions {
    private readonly git;
    private readonly engine;
    private readonly pushedCache;
    constructor(git: Git, engine: Engine);
    /**
     * The secrets in each version named `rev:path`, with the line each is on; a version that exists but
     * is too large or not a file maps to null, an absent one is left out.
     */
    secretsAt(names: string[]): Promise<Map<string, Map<string, number> | null>>;
    /** The commit that last changed `line` of `path` as `rev` has it: where a key on that line came from. */
    introducedBy(rev: string, path: string, line: number): Promise<string | null>;
    /** Whether a remote-tracking ref reaches `commit`, or the repository is bare (it is the remote). */
    pushed(commit: string): Promise<boolean>;
    /**
     * Marks `f` as already committed in an earlier version `rev:path` that holds it: the commit it came
     * from (by blame), and whether that was pushed.
     */
    markCommitted(f: SecretFinding, rev: string, path: string, line: number): Promise<void>;
}
/** A history finding's exposure from the refs that reach its secret. */
export declare function historyExposure(refs: readonly string[], bare: boolean): KeyExposure;
/** Sets every history finding's exposure from the facts gathered for the report. */
export declare function exposeHistory(git: Git, findings: SecretFinding[], facts: HistoryFacts): Promise<void>;
/** An earlier version of a finding's file: `rev:path`. */
export interface Earlier {
    rev: string;
    path: string;
}
/**
 * Findings whose key an earlier version of their file already held (pre-existing: marked with the
 * commit it came from and whether that was pushed), and the rest (what the change adds). A key in a
 * file name pre-exists when the earlier version has that name at all.
 */
export declare function splitByEarlier(findings: SecretFinding[], earlierOf: (f: SecretFinding) => Earlier[], versions: EarlierVersions): Promise<{
    added: SecretFinding[];
    preExisting: SecretFinding[];
}>;
