import type { Finding, Report } from '../types.js';
import { incidentSummary, playbooks, PREVENTION } from './playbook.js';

/** One finding as the JSON contract spells it. Built field by field so the secret can never leak in. */
function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    provider: f.provider,
    severity: f.severity,
    environment: f.environment,
    secretSha256: f.secretSha256,
    redacted: f.redacted,
    path: f.path,
    line: f.line,
    column: f.column,
    commit: f.commit,
    ...(f.blob ? { blob: f.blob } : {}),
    ...(f.where === 'message' ? { location: 'message' } : {}),
    ...(f.byteOffset !== undefined ? { byteOffset: f.byteOffset } : {}),
    ...(f.encoding ? { encoding: f.encoding } : {}),
    ...(f.author ? { author: f.author, date: f.date } : {}),
    entropy: f.entropy,
    verification: f.verification,
  };
}

export function formatJson(report: Report): string {
  const { stats } = report;
  const body = {
    schemaVersion: 1,
    tool: report.tool,
    mode: report.mode,
    findings: report.findings.map(findingJson),
    stats: {
      findings: report.findings.length,
      uniqueSecrets: new Set(report.findings.map((f) => f.secretSha256)).size,
      ...stats,
    },
    ...(report.history ? { history: report.history, incident: incidentSummary(report.findings, report.history) } : {}),
    playbook: playbooks(report),
    ...(report.findings.length ? { prevention: PREVENTION } : {}),
    warnings: report.warnings,
  };
  return JSON.stringify(body, null, 2) + '\n';
}
