// Every command-line option: how node:util parseArgs reads it, and how --help describes it.

export const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  config: { type: 'string' },
  'include-ignored': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'no-decode': { type: 'boolean' },
  'max-archive-depth': { type: 'string' },
  verify: { type: 'boolean' },
  'verify-unattributed': { type: 'boolean' },
  'api-base-url': { type: 'string' },
  'fail-on': { type: 'string' },
  concurrency: { type: 'string' },
  timeout: { type: 'string' },
  'all-objects': { type: 'boolean' },
  since: { type: 'string' },
  threads: { type: 'string' },
  'write-purge': { type: 'string' },
  'only-live': { type: 'boolean' },
  'verify-clean': { type: 'boolean' },
  'fetch-missing': { type: 'boolean' },
  hook: { type: 'string' },
  'report-unused-ignores': { type: 'boolean' },
  'no-repo-config': { type: 'boolean' },
  'all-content': { type: 'boolean' },
  'no-playbook': { type: 'boolean' },
} as const;

export type OptionName = keyof typeof OPTIONS;

/** Help for each option: its argument's name and one line (or two) of text. */
export const OPTION_HELP: Record<OptionName, { arg?: string; text: string }> = {
  format: { arg: 'FORMAT', text: 'report format: {{formats}}' },
  output: { arg: 'FILE', text: 'write the report to FILE instead of stdout' },
  'no-color': { text: 'no colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)' },
  quiet: { text: 'print nothing when there are no findings; no progress' },
  config: { arg: 'FILE', text: 'use this config file instead of flora-keyscan.config.json' },
  'include-ignored': { text: 'scan files git ignores too (working tree)' },
  'max-file-size': {
    arg: 'SIZE',
    text: 'skip (and name) files above SIZE, e.g. 200MB (default: no limit)',
  },
  'no-decode': { text: 'do not look inside encodings (base64, percent, escapes)' },
  'max-archive-depth': {
    arg: 'N',
    text: 'open archives (zip, jar, docx, gzip, tar…) nested up to N deep (default 3; 0: none)',
  },
  verify: { text: 'probe each unique key of a rule with a live check, once' },
  'verify-unattributed': {
    text: 'with --verify: also probe keys nothing ties to FLORA (they may be another provider’s)',
  },
  'api-base-url': {
    arg: 'URL',
    text: 'API base URL for probes (default $FLORA_BASE_URL or the rule’s own)',
  },
  timeout: { arg: 'SECONDS', text: 'per probe (default 10)' },
  concurrency: { arg: 'N', text: 'probes at a time (default 2)' },
  'fail-on': { arg: 'WHAT', text: 'any (default) or live: which findings make the exit code 1' },
  'no-repo-config': {
    text: "ignore the repository's own policy: its config file, package.json key and ignore file",
  },
  'all-content': {
    text: 'staged, pre-push, --since: keys already committed before the change block too',
  },
  'no-playbook': { text: 'list the findings without the advice' },
  'report-unused-ignores': {
    text: 'warn about .flora-keyscan-ignore entries that matched nothing',
  },
  hook: { arg: 'HOOK', text: 'with install/uninstall: pre-commit (default) or pre-push' },
  debug: { text: 'stack traces for unexpected errors; phase timings and peak memory' },
  help: { text: 'this help' },
  version: { text: 'the version' },
  'all-objects': { text: 'every object in the database, reachable or not' },
  since: { arg: 'REV', text: 'only commits of HEAD that REV does not have (REV..HEAD)' },
  threads: {
    arg: 'N',
    text: 'threads reading pack files (default 1; each extra one needs ~120 MB)',
  },
  'write-purge': { arg: 'DIR', text: 'write a git filter-repo kit that removes the keys found' },
  'only-live': { text: 'with --write-purge and --verify: only keys verified live' },
  'verify-clean': { text: 'after a purge: exit 0 only if no key is left in any ref' },
  'fetch-missing': { text: 'in a partial clone: download the missing objects first (network)' },
};
