// User-facing text that is not a rule's own remediation: one place to word it and to review it.

export const HELP = `flora-keyscan — keep FLORA API keys (sk_live_…, sk_test_…) out of git

Usage:
  flora-keyscan [scan] [PATH...]    scan the working tree (default: .); files or folders
  flora-keyscan staged              scan what the next commit will contain (the git index)
  flora-keyscan history [PATH]      scan every commit reachable from any ref
  flora-keyscan verify              check one key from stdin or FLORA_API_KEY: live or not
  flora-keyscan rules check         run every rule's examples (built-in and from config)
  flora-keyscan install | uninstall add or remove the git hook
  flora-keyscan baseline            accept current findings in .flora-keyscan-ignore
  flora-keyscan pre-push REMOTE     what the pre-push hook runs: scans the pushed commits (refs on stdin)

Options:
  -f, --format FORMAT       text (default), json, sarif, github
  -o, --output FILE         write the report to FILE instead of stdout
      --no-color            no colour (also NO_COLOR=1; FORCE_COLOR=1 forces it)
  -q, --quiet               print nothing when there are no findings; no progress
      --config FILE         use this config file instead of flora-keyscan.config.json
      --include-ignored     scan files git ignores too (working tree)
      --max-file-size SIZE  skip (and name) files above SIZE, e.g. 200MB (default: no limit)
      --no-decode           do not look inside base64/percent/escape encodings
      --verify              probe FLORA's API once per unique FLORA key found
      --api-base-url URL    FLORA API base URL (default $FLORA_BASE_URL or https://app.flora.ai/api/v1)
      --timeout SECONDS     per probe (default 10); --concurrency N probes at a time (default 2)
      --fail-on WHAT        any (default) or live: which findings make the exit code 1
      --report-unused-ignores  warn about .flora-keyscan-ignore entries that matched nothing
      --hook HOOK           with install/uninstall: pre-commit (default) or pre-push
      --debug               stack traces for unexpected errors; phase timings and peak memory
  -h, --help                this help
  -v, --version             the version

History options:
      --all-objects         every object in the database, reachable or not
      --since REV           only commits of HEAD that REV does not have (REV..HEAD)
      --threads N           threads reading pack files (default 1). More shorten audits that find
                            nothing, given spare CPUs; each extra one needs ~120 MB
      --write-purge DIR     write a git filter-repo kit that removes the keys found
      --only-live           with --write-purge and --verify: only keys verified live
      --verify-clean        after a purge: exit 0 only if no key is left in any ref

Exit codes: 0 no findings, 1 findings, 2 error (bad input, unreadable content).
A line containing flora-keyscan:allow is never reported.`;

export const STAGED_BLOCKED = `Commit blocked: the staged content above holds a key. Ways forward:
  1. Remove the key from the file, read it at run time from the FLORA_API_KEY environment variable,
     then git add the file again.
  2. If it is a reviewed false positive, add the comment flora-keyscan:allow on that line, or add its
     fingerprint to .flora-keyscan-ignore (flora-keyscan baseline).
  3. Bypass once with git commit --no-verify: the key is then committed, and you will have to revoke it
     and purge it from history.`;

export const PUSH_BLOCKED = `Push blocked: the commits above hold a key, and pushing would publish it. Ways forward:
  1. Remove the key from those commits (git rebase -i, or git commit --amend for the last one), read it
     at run time from FLORA_API_KEY, and push again. Treat the key as exposed if anyone else has the
     commits; revoke it if it was ever pushed.
  2. If it is a reviewed false positive: flora-keyscan:allow on that line, or .flora-keyscan-ignore.
  3. Bypass once with git push --no-verify: the key is then published.`;

export const CLEAN_AFTER_PURGE =
  'Clean: no key is left in any ref. Old objects may live on in other clones, forks, pull-request refs and caches, and the keys stay compromised: revoke them.';

export function purgeKitWritten(kit: { dir: string; secrets: number; forms: number; stripped: { paths: string[] }[] }): string {
  const strip = kit.stripped.length
    ? `\n${kit.stripped.length} file version(s) cannot be edited by git filter-repo (binary or UTF-16) and will be removed from history:\n${kit.stripped.map((s) => `  ${s.paths.join(', ')}`).join('\n')}`
    : '';
  return `Purge kit written to ${kit.dir}: ${kit.secrets} secret(s) in ${kit.forms} form(s).${strip}
Review ${kit.dir}/purge.sh, then run it (sh ${kit.dir}/purge.sh --force). It rewrites every branch and tag locally and never pushes.
The kit holds the full keys: delete it when you are done.
`;
}
