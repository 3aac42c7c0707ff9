import { type Git } from '../git.js';
import { CommitTable } from './commit-table.js';
/** Extra facts about a history scan, in its report. */
export interface HistoryFacts {
    /** secretSha256 → refs whose history reaches a commit holding it. */
    refsBySecret: Record<string, string[]>;
    /** secretSha256 → whether HEAD's tree still holds it. */
    atHeadBySecret: Record<string, boolean>;
    hasRemote: boolean;
    shallow: boolean;
}
/** Facts keyed by a secret's old hash move to its new one (`renamed`: old → new). */
export declare function rekeyFacts(facts: HistoryFacts, renamed: ReadonlyMap<string, string>): void;
export declare function isShallow(git: Git): Promise<boolean>;
export declare function hasRemote(git: Git): Promise<boolean>;
export declare function hasAnyRef(git: Git): Promise<boolean>;
/** Blob ids in HEAD's tree (empty when there is no HEAD). */
export declare function blobsAtHead(git: Git): Promise<Set<string>>;
export interface RefTip {
    ref: string;
    /** The object the ref points at (a tag object for annotated tags). */
    object: string;
    /** The commit it leads to, tags peeled. */
    commit: string;
}
export declare function refTips(git: Git): Promise<RefTip[]>;
/** Commits with their children, and which of them any ref reaches. */
export declare class CommitGraph {
    private readonly table;
    private readonly firstChild;
    private readonly children;
    private readonly reached;
    private constructor();
    /**
     * The commits of `table` (its tags are not part of the graph): those `tips` reach, or all of them
     * when `tips` is null. Parents the table does not hold (past a shallow clone's edge) are left out.
     */
    static fromTable(table: CommitTable, tips: string[] | null): CommitGraph;
    /** Every commit any ref reaches, from one `git rev-list --all --parents` (0.7 s on git.git). */
    static read(git: Git): Promise<CommitGraph>;
    /** Whether any ref reaches `commit`. */
    has(commit: string): boolean;
    /** `commit` and every commit built on it. */
    descendants(commit: string): (c: string) => boolean;
}
/**
 * Which refs reach a commit, or point at a tag object. `git for-each-ref --contains` takes 12 s per
 * commit on git.git (1,000 refs, no commit-graph) and a descendants walk per commit 0.6 s; the commit
 * graph is built once instead.
 */
export declare class RefReach {
    private readonly git;
    private readonly tips;
    private readonly cache;
    private commits;
    constructor(git: Git, tips: RefTip[]);
    /** Uses a graph built from commits already read (a whole-history scan reads them all). */
    useGraph(graph: CommitGraph): void;
    /** The commit graph, read from git when no graph was given. */
    graph(): Promise<CommitGraph>;
    refs(object: string, isTag: boolean): Promise<string[]>;
}
