// User-facing text that is not a rule's own remediation nor a report: one place to word it and review it.

export function stagedBlocked(keyHome: string): string {
  return `Commit blocked: the staged content above holds a key. Ways forward:
  1. Remove the key from the file, read it at run time from ${keyHome},
     then git add the file again.
  2. If it is a reviewed false positive, add the comment flora-keyscan:allow on that line, or add its
     fingerprint to .flora-keyscan-ignore (flora-keyscan baseline).
  3. Bypass once with git commit --no-verify: the key is then committed, and you will have to revoke it
     and purge it from history.`;
}

export const PUSH_BLOCKED = `Push blocked: the commits above hold a key, and pushing would publish it. Ways forward:
  1. Remove the key from those commits (git rebase -i, or git commit --amend for the last one), read it
     at run time from an environment variable, and push again. Treat the key as exposed if anyone else
     has the commits; revoke it if it was ever pushed.
  2. If it is a reviewed false positive: flora-keyscan:allow on that line, or .flora-keyscan-ignore.
  3. Bypass once with git push --no-verify: the key is then published.`;

export const CLEAN_AFTER_PURGE =
  'Clean: no key is left in any ref. Old objects may live on in other clones, forks, pull-request refs and caches, and the keys stay compromised: revoke them.';

export function purgeKitWritten(kit: {
  dir: string;
  secrets: number;
  forms: number;
  stripped: { paths: string[] }[];
}): string {
  const strip = kit.stripped.length
    ? `\n${kit.stripped.length} file version(s) cannot be edited by git filter-repo (binary or UTF-16) and will be removed from history:\n${kit.stripped.map((s) => `  ${s.paths.join(', ')}`).join('\n')}`
    : '';
  return `Purge kit written to ${kit.dir}: ${kit.secrets} secret(s) in ${kit.forms} form(s).${strip}
Review ${kit.dir}/purge.sh, then run it (sh ${kit.dir}/purge.sh --force). It rewrites every branch and tag locally and never pushes.
The kit holds the full keys: delete it when you are done.
`;
}
