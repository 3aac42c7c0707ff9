// Data is printed as data, never as control: a file name, an author, a ref name or an API's answer
// can hold terminal escape sequences (retitle or clear the terminal, fake links), newlines that split
// report lines, or bidirectional overrides that reorder what is shown. They are shown escaped.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
export function printable(text) {
    return text.replace(CONTROL, (c) => {
        const code = c.charCodeAt(0);
        return (NAMED[c] ??
            (code < 0x100
                ? `\\x${code.toString(16).padStart(2, '0')}`
                : `\\u${code.toString(16).padStart(4, '0')}`));
    });
}
/** A copy of `value` with every string in it made printable: what text reporters render from. */
export function printableCopy(value) {
    if (typeof value === 'string')
        return printable(value);
    if (Array.isArray(value))
        return value.map(printableCopy);
    if (value !== null && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableCopy(v)]));
    }
    return value;
}
