/** Files that name dependencies or settings, looked for in a finding's folder and each one above it. */
export declare const MANIFEST_NAMES: readonly ["package.json", "composer.json", "requirements.txt", "pyproject.toml", "Pipfile", "setup.py", "setup.cfg", "go.mod", "Gemfile", "Cargo.toml", "pom.xml", "build.gradle", ".env.example", ".env.sample", ".env.template", ".env.dist", "example.env"];
export interface ManifestFacts {
    /** Dependency names (and, for manifests that are not JSON, every name-like word: `stripe`, `github.com/stripe/stripe-go/v76`). */
    names: Set<string>;
    /** Variable names an env template sets. */
    variables: string[];
}
/** What one manifest says; `name` is its file name (which decides how it is read). */
export declare function parseManifest(name: string, text: string): ManifestFacts;
/** The first of `packages` a manifest depends on: exact names, `@scope/*`, and module paths with their children. */
export declare function dependsOn(facts: ManifestFacts, packages: readonly string[]): string | null;
