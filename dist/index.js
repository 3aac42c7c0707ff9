// The library API: the same engine, sources, pipeline, reporters and probe the CLI uses.
//
//   import { Engine, loadRules } from 'flora-keyscan';
//   const engine = new Engine(loadRules());
//   const { findings } = engine.scan(Buffer.from(text), { kind: 'file', path: 'config.ts' });
export { run } from './cli.js';
export { Engine } from './scan/engine.js';
export { DEFAULT_ARCHIVE_LIMITS } from './archive/expand.js';
export { loadRules, loadRuleBook, loadRuleDir, BUILTIN_RULES_DIR } from './rules/load.js';
export { validateRule, validateProvider } from './rules/validate.js';
export { checkRuleExamples, expandTemplate } from './rules/examples.js';
export { runPipeline } from './pipeline.js';
export { loadPolicy } from './policy.js';
export { worktreeFiles, revisionFiles, NO_FILES } from './policy-files.js';
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
