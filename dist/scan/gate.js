// The one answer to "can this content hold a match?", owned by the engine and asked by the pack reader
// too, so that skipping content can never disagree with scanning it. Content can hold a match only if
// its raw bytes hold a pre-filter literal (a rule keyword, an encoded prefix signature), or a zero
// byte (UTF-16 and other wide text hold keys only with zero bytes between their ASCII characters),
// or, when archives are opened, it starts like an archive (checked on the first bytes only: a delta's
// edges begin with its result's first `longest - 1` bytes, so the pack reader's proof still holds).
import { MAGIC_PREFIX_BYTES, mayBeArchive } from '../archive/sniff.js';
import { LiteralSet } from './literals.js';
/** A literal as UTF-16 in either byte order: `s\0k\0` and `\0s\0k`. Letters are folded byte by byte. */
function wideForms(literal) {
    const le = [...literal.text].map((c) => c + '\0').join('');
    return [
        { ...literal, text: le },
        { ...literal, text: '\0' + le.slice(0, -1) },
    ];
}
export class ContentGate {
    literals;
    set;
    /** The literals as UTF-16: for wide text inside binary content (see Engine). */
    wide;
    /** Content that starts like an archive may hold a match: it is opened (see archive/sniff.ts). */
    archives;
    constructor(literals, options = {}) {
        this.literals = literals;
        this.archives = options.archives === true;
        this.set = new LiteralSet(literals);
        this.wide = new LiteralSet(literals.flatMap(wideForms));
    }
    /** False only when the engine would find nothing in `bytes`. */
    mayMatch(bytes) {
        return (this.set.test(bytes) || bytes.indexOf(0) !== -1 || (this.archives && mayBeArchive(bytes)));
    }
    /** Whether any literal occurs (ignoring zero bytes): for text already decoded from a wide encoding. */
    hasLiteral(bytes) {
        return this.set.test(bytes);
    }
    /** The longest literal, in bytes: how far apart two pieces must be kept to not join into one. */
    get longest() {
        return Math.max(this.set.longest, this.archives ? MAGIC_PREFIX_BYTES + 1 : 0);
    }
    /** A byte no literal holds: joining pieces with it cannot make a literal. */
    get separator() {
        return this.set.separator;
    }
}
