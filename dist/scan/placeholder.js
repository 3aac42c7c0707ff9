// Bodies that are shaped like a key but obviously are not one: docs, templates, test fixtures.
/** Words that make a key-shaped body a placeholder, for rules that name none of their own. */
export const DEFAULT_STOPWORDS = [
    'example',
    'sample',
    'dummy',
    'placeholder',
    'fakekey',
    'yourkey',
    'yourapikey',
    'redacted',
    'changeme',
    'notreal',
    'donotuse',
    'insert',
    'replace',
    'xxxxxx',
    '000000',
    'abcdef',
    '123456',
];
/** Share of neighbouring characters that step by one (abc, 123, 9→0) above which a body is a sequence. */
const SEQUENTIAL_SHARE = 0.5;
/** Fewer distinct characters than this in the body and it is a pattern, not a key. */
const MIN_DISTINCT = 6;
function sequentialShare(body) {
    let steps = 0;
    for (let i = 1; i < body.length; i++) {
        const diff = body.charCodeAt(i) - body.charCodeAt(i - 1);
        const wraps = body[i - 1] === '9' && body[i] === '0';
        if (diff === 1 || diff === -1 || wraps)
            steps++;
    }
    return body.length > 1 ? steps / (body.length - 1) : 0;
}
/** `your-flora-api-key-here`, `INSERT_TOKEN_HERE`: words in one case joined by dashes or underscores. */
const PHRASE = /^(?:[a-z]+(?:[-_][a-z]+){2,}|[A-Z]+(?:[-_][A-Z]+){2,})$/;
/** Why the body is a placeholder, or null if it may be a real key. */
export function placeholderReason(body, stopwords) {
    const lower = body.toLowerCase();
    const word = stopwords.find((w) => lower.includes(w));
    if (word)
        return `contains "${word}"`;
    if (PHRASE.test(body))
        return 'words, not a key';
    if (new Set(lower).size < MIN_DISTINCT)
        return 'too few distinct characters';
    if (sequentialShare(lower) >= SEQUENTIAL_SHARE)
        return 'sequential characters';
    return null;
}
