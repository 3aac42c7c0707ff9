// User-facing text that is not a rule's own remediation nor a report: one place to word it and review it.
/** The last lines a blocking hook prints: only what the advice above does not already say. */
export function blockedFooter(blocking) {
    const verb = blocking === 'commit' ? 'Commit' : 'Push';
    const bypass = blocking === 'commit'
        ? 'git commit --no-verify (the key is then committed)'
        : 'git push --no-verify (the key is then published)';
    return `${verb} blocked by flora-keyscan. Not a key? Add flora-keyscan:allow on its line, or accept it with flora-keyscan baseline. Bypass once: ${bypass}.`;
}
export const CLEAN_AFTER_PURGE = 'Clean: no key is left in any ref. Old objects may live on in other clones, forks, pull-request refs and caches, and the keys stay compromised: revoke them.';
export function purgeKitWritten(kit) {
    const strip = kit.stripped.length
        ? `\n${kit.stripped.length} file version(s) cannot be edited by git filter-repo (binary, UTF-16, or an archive holding a key) and will be removed from history:\n${kit.stripped.map((s) => `  ${s.paths.join(', ')}`).join('\n')}`
        : '';
    return `Purge kit written to ${kit.dir}: ${kit.secrets} secret(s) in ${kit.forms} form(s).${strip}
Review ${kit.dir}/purge.sh, then run it (sh ${kit.dir}/purge.sh --force). It rewrites every branch and tag locally and never pushes.
The kit holds the full keys: delete it when you are done.
`;
}
/** Where people read about the tool (package.json's homepage): the repository's README until a registry page exists. */
export const PROJECT_URL = 'https://github.com/flora-ai/flora-keyscan#readme';
