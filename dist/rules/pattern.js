// Regular expressions of rules, behind one small interface with two engines. Shipped rules use
// JavaScript's RegExp (they may use lookbehind, and are tested for linear time on hostile input).
// Patterns from a config file (which a pull request can write) run on RE2 (re2js, a pure JavaScript
// port of RE2: linear in the input whatever the pattern), so no pattern can make a scan hang;
// lookaround and backreferences are refused when the config loads.
import { RE2JS } from 're2js';
/** `(?i)` at the start of a pattern means case-insensitive, as in gitleaks and Go; JS needs a flag. */
export function splitInlineFlags(pattern) {
    return pattern.startsWith('(?i)')
        ? { source: pattern.slice(4), flags: 'i' }
        : { source: pattern, flags: '' };
}
function v8Pattern(pattern) {
    const { source, flags } = splitInlineFlags(pattern);
    const global = new RegExp(source, flags + 'gd');
    const single = new RegExp(source, flags);
    return {
        *matches(text) {
            global.lastIndex = 0;
            for (let m = global.exec(text); m; m = global.exec(text)) {
                if (m[0].length === 0)
                    global.lastIndex++;
                const match = m;
                yield {
                    start: match.index,
                    end: match.index + match[0].length,
                    group(name) {
                        const text = match.groups?.[name];
                        const span = match.indices?.groups?.[name];
                        return text === undefined || !span ? undefined : { text, start: span[0], end: span[1] };
                    },
                };
            }
        },
        test: (text) => single.test(text),
    };
}
/** Compiles a pattern for RE2; throws with RE2's own words when it uses what RE2 cannot do. */
export function re2Pattern(pattern) {
    const re = RE2JS.compile(pattern);
    const names = new Set(Object.keys(re.namedGroups()));
    return {
        *matches(text) {
            const m = re.matcher(text);
            let from = 0;
            while (from <= text.length && m.find(from)) {
                const start = m.start();
                const end = m.end();
                yield {
                    start,
                    end,
                    group(name) {
                        if (!names.has(name))
                            return undefined;
                        const value = m.group(name);
                        return value === null || value === undefined
                            ? undefined
                            : { text: value, start: m.start(name), end: m.end(name) };
                    },
                };
                from = end > start ? end : end + 1;
            }
        },
        test: (text) => re.matcher(text).find(),
    };
}
/** A rule's pattern: JavaScript's engine for shipped rules, RE2 for everything else. */
export function compilePattern(pattern, shipped) {
    return shipped ? v8Pattern(pattern) : re2Pattern(pattern);
}
