// Every report format, in one table: --format's choices, the help text and what `verify` can print
// all derive from it. Reporters load only when chosen, so the hook loads only the one it prints.
export const FORMATS = {
    text: {
        summary: 'for people (the default)',
        report: async () => (await import('./text.js')).formatText,
        verdict: async () => (await import('./verdict.js')).verdictText,
    },
    json: {
        summary: 'the JSON report (schemaVersion 1)',
        report: async () => (await import('./json.js')).formatJson,
        verdict: async () => (await import('./verdict.js')).verdictJson,
    },
    sarif: {
        summary: 'SARIF 2.1.0, for code scanning',
        report: async () => (await import('./sarif.js')).formatSarif,
    },
    github: {
        summary: 'GitHub Actions annotations (the default when GITHUB_ACTIONS=true)',
        report: async () => (await import('./github.js')).formatGithub,
    },
};
export const FORMAT_NAMES = Object.keys(FORMATS);
export function isFormat(name) {
    return Object.hasOwn(FORMATS, name);
}
/** Formats that can print a verdict of `flora-keyscan verify`. */
export const VERDICT_FORMATS = FORMAT_NAMES.filter((name) => FORMATS[name].verdict !== undefined);
