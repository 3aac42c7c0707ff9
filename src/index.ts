// The library API: the same engine, sources, pipeline, reporters and probe the CLI uses.
//
//   import { Engine, loadRules } from 'flora-keyscan';
//   const engine = new Engine(loadRules());
//   const { findings } = engine.scan(Buffer.from(text), { kind: 'file', path: 'config.ts' });

export { run, type Io, type Output } from './cli.js';
export { Engine, type ScanOutcome, type EngineOptions } from './scan/engine.js';
export { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive/expand.js';
export { loadRules, loadRuleBook, loadRuleDir, BUILTIN_RULES_DIR } from './rules/load.js';
export { validateRule, validateProvider } from './rules/validate.js';
export { checkRuleExamples, expandTemplate } from './rules/examples.js';
export { runPipeline, type PipelineOptions, type PipelineResult } from './pipeline.js';
export { loadPolicy, type Policy } from './policy.js';
export { worktreeFiles, revisionFiles, NO_FILES, type PolicyFiles } from './policy-files.js';
export { worktreeSource, planWorktree } from './sources/worktree.js';
export { stagedSource } from './sources/staged.js';
export { historySource } from './sources/history.js';
export { rangeSource } from './sources/range.js';
export { Git } from './git.js';
export { FORMATS, FORMAT_NAMES } from './report/formats.js';
export { emptyStats } from './report/types.js';
export { playbooks, incidentSummary, prevention } from './report/playbook.js';
export { probeKey, checkBaseUrl } from './verify/probe.js';
export { verifyFindings } from './verify/verify-findings.js';
export { UserError, UsageError } from './errors.js';
export { withoutSecret } from './findings.js';
export type { Finding, SecretFinding, Provenance, Verification } from './findings.js';
export type { Report, ScanStats, RuleSummary } from './report/types.js';
export type { RuleSpec, ProviderSpec, ProbeSpec, RuleBook } from './rules/types.js';
export type { Source, SourceItem, ScanMode } from './sources/source.js';
