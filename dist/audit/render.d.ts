import { type FormatName, type RenderOptions } from '../report/formats.js';
import { type AuditReport } from './report.js';
export declare function renderAudit(report: AuditReport, format: FormatName, options: RenderOptions): Promise<string>;
/** The markdown GitHub shows on the run's page ($GITHUB_STEP_SUMMARY): the table of repositories. */
export declare function auditStepSummary(report: AuditReport, code: number): string;
/** Step outputs ($GITHUB_OUTPUT): numbers only, as for a single scan, and the failed repositories' count. */
export declare function auditStepOutputs(report: AuditReport): string;
