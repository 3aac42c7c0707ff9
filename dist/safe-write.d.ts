/** A file system error in words, not its code alone. */
export declare function inWords(error: unknown): string;
/**
 * Writes `text` to `file`. A regular file or a symbolic link there is replaced through a new file
 * beside it, renamed over it: a link is replaced, never written through. A device or pipe
 * (/dev/null, /dev/stdout, a FIFO) is written to as it is. Folders below `base` must not be links.
 */
export declare function writeReplacing(file: string, text: string, base: string): void;
/** Checks that `dir` can become a private folder: absent (its parent present), or an empty folder that is not a link. */
export declare function checkPrivateFolder(dir: string): void;
/** A new private folder (0700), or an existing empty one left as it is (its mode is its owner's choice). */
export declare function createPrivateFolder(dir: string): void;
/** Creates `name` in `dir` with `mode`; refuses if anything (a link included) is already there. */
export declare function createPrivateFile(dir: string, name: string, text: string, mode: number): void;
