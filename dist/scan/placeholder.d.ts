/** Words that make a key-shaped body a placeholder, for rules that name none of their own. */
export declare const DEFAULT_STOPWORDS: readonly string[];
/** Why the body is a placeholder, or null if it may be a real key. */
export declare function placeholderReason(body: string, stopwords: readonly string[]): string | null;
