// Every command: how it is used, the flags it accepts beyond --help, --version and --debug, and how
// to load it. Commands are loaded only when asked for, so the hook loads only what it needs.

import type { Runner } from './io.js';
import type { OptionName } from './options.js';

export interface CommandEntry {
  usage: string;
  summary: string;
  flags: readonly OptionName[];
  /** Shown by `flora-keyscan COMMAND --help`. */
  examples: readonly string[];
  load: () => Promise<Runner>;
}

const REPORT_FLAGS = [
  'format',
  'output',
  'no-color',
  'quiet',
  'config',
  'max-file-size',
  'no-decode',
  'max-archive-depth',
  'verify',
  'verify-unattributed',
  'api-base-url',
  'fail-on',
  'concurrency',
  'timeout',
  'report-unused-ignores',
  'no-repo-config',
  'no-playbook',
] as const;
export const HISTORY_FLAGS = [
  'all-objects',
  'fetch-missing',
  'since',
  'threads',
  'write-purge',
  'only-live',
  'verify-clean',
  'all-content',
] as const;

export const AUDIT_FLAGS = [
  'repos',
  'cache',
  'no-cache',
  'jobs',
  'shard',
  'github-org',
  'github-user',
  'github-api-url',
  'include-forks',
  'include-archived',
] as const;

export const COMMANDS: Record<string, CommandEntry> = {
  scan: {
    usage: '[scan] [PATH...]',
    summary: 'scan the working tree (default: .); files or folders',
    examples: [
      'flora-keyscan                      # the working tree of the repository you are in',
      'flora-keyscan src config/.env      # only these',
      'flora-keyscan --format sarif --output keys.sarif',
    ],
    flags: [...REPORT_FLAGS, 'include-ignored'],
    load: async () => (await import('../commands/scan.js')).runScan,
  },
  staged: {
    usage: 'staged',
    summary: 'scan what the next commit adds (the git index against HEAD)',
    examples: [
      'flora-keyscan staged               # what the pre-commit hook runs',
      'flora-keyscan staged --all-content # keys already committed block too',
    ],
    flags: [...REPORT_FLAGS, 'all-content'],
    load: async () => (await import('../commands/scan.js')).runStaged,
  },
  history: {
    usage: 'history [PATH]',
    summary: 'scan every commit reachable from any ref',
    examples: [
      'flora-keyscan history --verify     # after a leak: which keys, where, still live?',
      'flora-keyscan history --since origin/main   # a pull request',
      'flora-keyscan history --write-purge ../purge-kit',
    ],
    flags: [...REPORT_FLAGS, ...HISTORY_FLAGS],
    load: async () => (await import('../commands/history.js')).runHistory,
  },
  verify: {
    usage: 'verify',
    summary: 'check one key from stdin or FLORA_API_KEY: live or not',
    examples: ['flora-keyscan verify < key.txt', 'FLORA_API_KEY=… flora-keyscan verify'],
    flags: ['api-base-url', 'timeout', 'format', 'no-color'],
    load: async () => (await import('../commands/verify.js')).runVerify,
  },
  rules: {
    usage: 'rules check',
    summary: "run every rule's examples (built-in and from config)",
    examples: ['flora-keyscan rules check'],
    flags: ['config', 'no-color', 'no-repo-config'],
    load: async () => (await import('../commands/rules.js')).runRules,
  },
  install: {
    usage: 'install',
    summary: 'add the git hook',
    examples: ['flora-keyscan install', 'flora-keyscan install --hook pre-push'],
    flags: ['hook'],
    load: async () => (await import('../commands/install.js')).runInstall,
  },
  uninstall: {
    usage: 'uninstall',
    summary: 'remove the git hook',
    examples: ['flora-keyscan uninstall', 'flora-keyscan uninstall --hook pre-push'],
    flags: ['hook'],
    load: async () => (await import('../commands/install.js')).runInstall,
  },
  baseline: {
    usage: 'baseline [PATH...]',
    summary: 'accept current findings in .flora-keyscan-ignore',
    examples: ['flora-keyscan baseline   # review .flora-keyscan-ignore, then commit it'],
    flags: [
      'config',
      'max-file-size',
      'no-decode',
      'max-archive-depth',
      'include-ignored',
      'no-repo-config',
    ],
    load: async () => (await import('../commands/baseline.js')).runBaseline,
  },
  doctor: {
    usage: 'doctor',
    summary: 'which hooks run flora-keyscan, which copy they run, and whether it works',
    examples: ['flora-keyscan doctor     # the first thing to run when a hook misbehaves'],
    flags: [],
    load: async () => (await import('../commands/doctor.js')).runDoctor,
  },
  audit: {
    usage: 'audit [REPO...]',
    summary:
      'many repositories (URLs, paths, a GitHub organisation): mirrored, scanned like history',
    examples: [
      'flora-keyscan audit --github-org my-org --verify',
      'flora-keyscan audit --repos repos.txt --jobs 8 --format json --output audit.json',
      'flora-keyscan audit --repos repos.txt --shard 2/8 --format json --output shard-2.json',
    ],
    flags: [...REPORT_FLAGS, 'all-objects', 'threads', ...AUDIT_FLAGS],
    load: async () => (await import('../commands/audit.js')).runAudit,
  },
  merge: {
    usage: 'merge REPORT.json...',
    summary: 'the JSON reports of audit shards as one report, in any format',
    examples: ['flora-keyscan merge shard-*.json --format sarif --output audit.sarif'],
    flags: ['format', 'output', 'no-color', 'quiet', 'no-playbook'],
    load: async () => (await import('../commands/merge.js')).runMerge,
  },
  'pre-push': {
    usage: 'pre-push REMOTE',
    summary: 'what the pre-push hook runs: scans what the pushed commits add (refs on stdin)',
    examples: ['(run by the pre-push hook: git gives it the refs on stdin)'],
    flags: [...REPORT_FLAGS, 'all-content'],
    load: async () => (await import('../commands/pre-push.js')).runPrePush,
  },
};
