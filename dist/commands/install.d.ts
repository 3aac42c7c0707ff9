import type { Invocation, Io } from '../cli/io.js';
import { type Git } from '../git.js';
export declare const BEGIN = "# >>> flora-keyscan >>>";
export declare const HOOKS: readonly ["pre-commit", "pre-push"];
/** Where git looks for hooks, and whether that is husky's folder. */
export declare function hookFolder(git: Git): Promise<{
    dir: string;
    husky: boolean;
    note?: string;
}>;
/** The flora-keyscan the hook will run, resolved as the hook does: the project's, then PATH's. */
export declare function hookCli(root: string, env: Record<string, string | undefined>): string | null;
export declare function runInstall({ command: verb, args, flags }: Invocation, io: Io): Promise<number>;
