// The library API: the same engine, sources, reporters and probe the CLI uses.
//
//   import { run, Engine, loadRules } from 'flora-keyscan';
//   const engine = new Engine(loadRules());
//   const { findings } = engine.scan(Buffer.from(text), { kind: 'file', path: 'config.ts' });

export { run, type Io } from './cli.js';
export { Engine, type ScanOutcome } from './scan/engine.js';
export { loadRules, loadRuleDir, BUILTIN_RULES_DIR } from './rules/load.js';
export { validateRule } from './rules/validate.js';
export { checkRuleExamples, expandTemplate } from './rules/examples.js';
export { scanItems, makeReport, emptyStats } from './scan/run.js';
export { planWorktree, readWorktree } from './sources/worktree.js';
export { listStaged, readStaged } from './sources/staged.js';
export { formatText } from './report/text.js';
export { formatJson } from './report/json.js';
export { formatSarif } from './report/sarif.js';
export { formatGithub } from './report/github.js';
export { playbooks, incidentSummary, PREVENTION } from './report/playbook.js';
export { probeKey, checkBaseUrl, DEFAULT_BASE_URL } from './verify/probe.js';
export { verifyFindings } from './verify/verify-findings.js';
export { UserError, UsageError } from './errors.js';
export type * from './types.js';
