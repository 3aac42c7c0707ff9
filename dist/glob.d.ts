/** A path matcher for one glob; throws a UserError naming a glob it cannot match in linear time. */
export declare function compileGlob(glob: string): (path: string) => boolean;
/** One matcher for a list, read in order as .gitignore is: the last matching glob decides, and `!glob` re-includes. */
export declare function compileGlobs(globs: string[]): ((path: string) => boolean) | undefined;
