import type { Report } from '../report/types.js';
type Json = Record<string, unknown>;
export interface RepositoryEntry {
    repository: string;
    status: 'scanned' | 'failed';
    error?: string;
    /** What `history` would have exited with for this repository alone. */
    exitCode: number;
    findings: (Json & {
        repository: string;
    })[];
    stats?: Json;
    [field: string]: unknown;
}
export interface AuditSummary {
    repositories: number;
    scanned: number;
    failed: number;
    findings: number;
    uniqueSecrets: number;
    live: number;
    pushed: number;
}
export interface AuditReport {
    schemaVersion: 1;
    mode: 'audit';
    tool: {
        name: string;
        version: string;
    };
    repositories: RepositoryEntry[];
    summary: AuditSummary;
}
/** A repository's history report as an entry: the history JSON, findings tagged with the repository. */
export declare function scannedEntry(repository: string, report: Report, exitCode: number): RepositoryEntry;
export declare function failedEntry(repository: string, error: string): RepositoryEntry;
export declare function auditReport(repositories: RepositoryEntry[]): AuditReport;
/** 2 when a repository failed or its scan was incomplete, else 1 when one has findings that fail, else 0. */
export declare function auditExitCode(report: AuditReport): number;
/** A scanned entry as the Report `history` would have printed. */
export declare function entryReport(entry: RepositoryEntry): Report;
export {};
