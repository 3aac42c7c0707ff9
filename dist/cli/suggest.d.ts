/** The closest of `known` to `word`, when at most a third of it differs (one edit at least). */
export declare function closest(word: string, known: readonly string[]): string | null;
