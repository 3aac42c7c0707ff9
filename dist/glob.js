// Path globs for excludes and ignore entries, as .gitignore and other scanners read them: `*` and
// `?` stay inside one folder, `**` crosses folders, braces and classes (`*.{env,txt}`, `[.]env`,
// `[!a]*`), a pattern without a slash matches a file or folder name at any depth, a leading `/`
// anchors it at the top, and a match on a folder covers everything below it.
//
// picomatch parses (the syntax users know); RE2 matches. picomatch's own regular expressions
// backtrack: `*a*a*a*a*a*b` takes seconds on a 100-character name, and a config is the scanned
// repository's. Its few lookarounds only keep `*` off `.`/`..` segments, which normalised paths never
// have, so they are dropped; a glob that needs others (extglob negation, `!(x)`) is refused in words.
import picomatch from 'picomatch';
import { RE2JS } from 're2js';
import { UserError } from './errors.js';
const DROPPED = [
    ['(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)*?', '.*?'],
    ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', ''],
    ['(?!\\.{1,2}(?:\\/|$))', ''],
    ['(?!\\.{0,1}(?:\\/|$))', ''],
    ['(?=.)', ''],
];
/** Globs are short; a longer one is a mistake or an attack. So is a list longer than this. */
const MAX_GLOB_LENGTH = 1024;
const MAX_GLOBS = 2000;
/** What picomatch must never see: forms it hangs on or reads unlike .gitignore. */
function refusal(glob) {
    if (glob.length > MAX_GLOB_LENGTH)
        return `longer than ${MAX_GLOB_LENGTH} characters`;
    // picomatch 4 never returns on a run of trailing backslashes; .gitignore calls it invalid anyway.
    if (/\\$/.test(glob))
        return 'ends in a backslash';
    if (/\{[^}]*\.\.[^}]*\}/.test(glob))
        return 'uses a range {a..b}, which .gitignore does not have';
    if (/^[./!]*$/.test(glob))
        return 'matches nothing or everything';
    return null;
}
/** A path matcher for one glob; throws a UserError naming a glob it cannot match in linear time. */
export function compileGlob(glob) {
    const refused = refusal(glob);
    if (refused)
        throw new UserError(`glob "${glob}": ${refused}`);
    // As in .gitignore: a leading "/" or "./" or an inner slash anchors at the top; a trailing slash
    // matches folders only (something must follow inside it).
    const folderOnly = /\/$/.test(glob);
    const trimmed = glob.replace(/^\.\//, '/').replace(/\/+$/, '');
    const anchored = trimmed.replace(/^\//, '').includes('/') || trimmed.startsWith('/');
    // gitignore's `[!a]` is a negated class (picomatch reads "! or a"); ( ) | are plain characters.
    const pattern = trimmed
        .replace(/^\//, '')
        .replace(/(^|[^\\])\[!/g, '$1[^')
        .replace(/(^|[^\\])(?=[()|])/g, '$1\\');
    let source;
    try {
        source = picomatch.makeRe(pattern, {
            dot: true,
            fastpaths: false,
            nonegate: true,
            noextglob: true,
        }).source;
    }
    catch (error) {
        throw new UserError(`glob "${glob}": ${error.message}`);
    }
    for (const [from, to] of DROPPED)
        source = source.split(from).join(to);
    if (!source.startsWith('^(?:') || !source.endsWith(')$'))
        throw new UserError(`glob "${glob}": unexpected form`);
    const inner = source.slice(4, -2);
    let re;
    try {
        re = RE2JS.compile(`${anchored ? '^' : '(?:^|/)'}(?:${inner})${folderOnly ? '/.*' : '(?:/.*)?'}$`, RE2JS.DOTALL);
    }
    catch {
        throw new UserError(`glob "${glob}": uses a form flora-keyscan cannot match safely; use *, **, ?, [...] and {a,b}`);
    }
    return (path) => re.test(path);
}
/** One matcher for a list, read in order as .gitignore is: the last matching glob decides, and `!glob` re-includes. */
export function compileGlobs(globs) {
    if (globs.length === 0)
        return undefined;
    if (globs.length > MAX_GLOBS)
        throw new UserError(`${globs.length} globs: at most ${MAX_GLOBS} (each path is tested against each)`);
    const tests = globs.map((g) => ({
        include: g.startsWith('!'),
        test: compileGlob(g.startsWith('!') ? g.slice(1) : g),
    }));
    return (path) => {
        for (let i = tests.length - 1; i >= 0; i--)
            if (tests[i].test(path))
                return !tests[i].include;
        return false;
    };
}
