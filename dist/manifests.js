// What a repository's manifests and env templates say it uses: dependency names and variable names.
// Read for provider evidence (a repository that depends on `stripe`, an .env.example naming
// FLORA_API_KEY). Plain parsing, bounded by the file (tree-files.ts reads at most 1 MiB of each).
/** Files that name dependencies or settings, looked for in a finding's folder and each one above it. */
export const MANIFEST_NAMES = [
    'package.json',
    'composer.json',
    'requirements.txt',
    'pyproject.toml',
    'Pipfile',
    'setup.py',
    'setup.cfg',
    'go.mod',
    'Gemfile',
    'Cargo.toml',
    'pom.xml',
    'build.gradle',
    '.env.example',
    '.env.sample',
    '.env.template',
    '.env.dist',
    'example.env',
];
const JSON_SECTIONS = [
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies',
    'require',
    'require-dev',
];
function jsonNames(text) {
    const names = new Set();
    try {
        const value = JSON.parse(text);
        for (const section of JSON_SECTIONS) {
            const deps = value?.[section];
            if (deps && typeof deps === 'object' && !Array.isArray(deps))
                for (const name of Object.keys(deps))
                    names.add(name);
        }
    }
    catch {
        // Not JSON: it names nothing.
    }
    return names;
}
/** What one manifest says; `name` is its file name (which decides how it is read). */
export function parseManifest(name, text) {
    if (name.endsWith('.json'))
        return { names: jsonNames(text), variables: [] };
    if (name.includes('env'))
        return {
            names: new Set(),
            variables: [
                ...text.matchAll(/^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,127})[ \t]*=/gm),
            ].map((m) => m[1]),
        };
    // Requirements, TOML, go.mod, Gemfile, XML, Gradle: their dependency names are words made of these,
    // outside comments (`# …`, `// …` after a space or at the start of a line).
    const code = text.replace(/(^|[ \t])(?:#|\/\/)[^\n]*/g, '$1');
    return { names: new Set(code.match(/[@A-Za-z0-9][\w@/.-]{0,199}/g) ?? []), variables: [] };
}
/** The first of `packages` a manifest depends on: exact names, `@scope/*`, and module paths with their children. */
export function dependsOn(facts, packages) {
    for (const name of facts.names)
        for (const p of packages) {
            if (p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : name === p || name.startsWith(p + '/'))
                return name;
        }
    return null;
}
