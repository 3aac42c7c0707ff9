// Every command: how it is used, the flags it accepts beyond --help, --version and --debug, and how
// to load it. Commands are loaded only when asked for, so the hook loads only what it needs.

import type { Runner } from './io.js';
import type { OptionName } from './options.js';

export interface CommandEntry {
  usage: string;
  summary: string;
  flags: readonly OptionName[];
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

export const COMMANDS: Record<string, CommandEntry> = {
  scan: {
    usage: '[scan] [PATH...]',
    summary: 'scan the working tree (default: .); files or folders',
    flags: [...REPORT_FLAGS, 'include-ignored'],
    load: async () => (await import('../commands/scan.js')).runScan,
  },
  staged: {
    usage: 'staged',
    summary: 'scan what the next commit adds (the git index against HEAD)',
    flags: [...REPORT_FLAGS, 'all-content'],
    load: async () => (await import('../commands/scan.js')).runStaged,
  },
  history: {
    usage: 'history [PATH]',
    summary: 'scan every commit reachable from any ref',
    flags: [...REPORT_FLAGS, ...HISTORY_FLAGS],
    load: async () => (await import('../commands/history.js')).runHistory,
  },
  verify: {
    usage: 'verify',
    summary: 'check one key from stdin or FLORA_API_KEY: live or not',
    flags: ['api-base-url', 'timeout', 'format', 'no-color'],
    load: async () => (await import('../commands/verify.js')).runVerify,
  },
  rules: {
    usage: 'rules check',
    summary: "run every rule's examples (built-in and from config)",
    flags: ['config', 'no-color', 'no-repo-config'],
    load: async () => (await import('../commands/rules.js')).runRules,
  },
  install: {
    usage: 'install',
    summary: 'add the git hook',
    flags: ['hook'],
    load: async () => (await import('../commands/install.js')).runInstall,
  },
  uninstall: {
    usage: 'uninstall',
    summary: 'remove the git hook',
    flags: ['hook'],
    load: async () => (await import('../commands/install.js')).runInstall,
  },
  baseline: {
    usage: 'baseline [PATH...]',
    summary: 'accept current findings in .flora-keyscan-ignore',
    flags: ['config', 'max-file-size', 'no-decode', 'include-ignored', 'no-repo-config'],
    load: async () => (await import('../commands/baseline.js')).runBaseline,
  },
  'pre-push': {
    usage: 'pre-push REMOTE',
    summary: 'what the pre-push hook runs: scans what the pushed commits add (refs on stdin)',
    flags: [...REPORT_FLAGS, 'all-content'],
    load: async () => (await import('../commands/pre-push.js')).runPrePush,
  },
};
