/** The package's version, read once from its package.json. */
export declare function toolVersion(): string;
