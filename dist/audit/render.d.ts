import { type FormatName, type RenderOptions } from '../report/formats.js';
import { type AuditReport } from './report.js';
export declare function renderAudit(report: AuditReport, format: FormatName, options: RenderOptions): Promise<string>;
