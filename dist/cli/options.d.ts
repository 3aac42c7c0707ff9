export declare const OPTIONS: {
    readonly format: {
        readonly type: "string";
        readonly short: "f";
    };
    readonly output: {
        readonly type: "string";
        readonly short: "o";
    };
    readonly 'no-color': {
        readonly type: "boolean";
    };
    readonly quiet: {
        readonly type: "boolean";
        readonly short: "q";
    };
    readonly debug: {
        readonly type: "boolean";
    };
    readonly help: {
        readonly type: "boolean";
        readonly short: "h";
    };
    readonly version: {
        readonly type: "boolean";
        readonly short: "v";
    };
    readonly config: {
        readonly type: "string";
    };
    readonly 'include-ignored': {
        readonly type: "boolean";
    };
    readonly 'max-file-size': {
        readonly type: "string";
    };
    readonly 'no-decode': {
        readonly type: "boolean";
    };
    readonly 'max-archive-depth': {
        readonly type: "string";
    };
    readonly verify: {
        readonly type: "boolean";
    };
    readonly 'verify-unattributed': {
        readonly type: "boolean";
    };
    readonly 'api-base-url': {
        readonly type: "string";
    };
    readonly 'fail-on': {
        readonly type: "string";
    };
    readonly concurrency: {
        readonly type: "string";
    };
    readonly timeout: {
        readonly type: "string";
    };
    readonly 'all-objects': {
        readonly type: "boolean";
    };
    readonly since: {
        readonly type: "string";
    };
    readonly threads: {
        readonly type: "string";
    };
    readonly 'write-purge': {
        readonly type: "string";
    };
    readonly 'only-live': {
        readonly type: "boolean";
    };
    readonly 'verify-clean': {
        readonly type: "boolean";
    };
    readonly 'fetch-missing': {
        readonly type: "boolean";
    };
    readonly hook: {
        readonly type: "string";
    };
    readonly 'report-unused-ignores': {
        readonly type: "boolean";
    };
    readonly 'no-repo-config': {
        readonly type: "boolean";
    };
    readonly 'all-content': {
        readonly type: "boolean";
    };
    readonly 'no-playbook': {
        readonly type: "boolean";
    };
    readonly repos: {
        readonly type: "string";
    };
    readonly cache: {
        readonly type: "string";
    };
    readonly 'no-cache': {
        readonly type: "boolean";
    };
    readonly jobs: {
        readonly type: "string";
    };
    readonly shard: {
        readonly type: "string";
    };
    readonly 'github-org': {
        readonly type: "string";
    };
    readonly 'github-user': {
        readonly type: "string";
    };
    readonly 'github-api-url': {
        readonly type: "string";
    };
    readonly 'include-forks': {
        readonly type: "boolean";
    };
    readonly 'include-archived': {
        readonly type: "boolean";
    };
};
export type OptionName = keyof typeof OPTIONS;
/** Help for each option: its argument's name and one line (or two) of text. */
export declare const OPTION_HELP: Record<OptionName, {
    arg?: string;
    text: string;
}>;
