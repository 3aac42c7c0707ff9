/** The last lines a blocking hook prints: only what the advice above does not already say. */
export declare function blockedFooter(blocking: 'commit' | 'push'): string;
export declare const CLEAN_AFTER_PURGE = "Clean: no key is left in any ref. Old objects may live on in other clones, forks, pull-request refs and caches, and the keys stay compromised: revoke them.";
export declare function purgeKitWritten(kit: {
    dir: string;
    secrets: number;
    forms: number;
    stripped: {
        paths: string[];
    }[];
}): string;
/** Where people read about the tool (package.json's homepage): the repository's README until a registry page exists. */
export declare const PROJECT_URL = "https://github.com/flora-ai/flora-keyscan#readme";
