import { LiteralSet, type Literal } from './literals.js';
export declare class ContentGate {
    readonly literals: Literal[];
    private readonly set;
    /** The literals as UTF-16: for wide text inside binary content (see Engine). */
    readonly wide: LiteralSet;
    /** Content that starts like an archive may hold a match: it is opened (see archive/sniff.ts). */
    readonly archives: boolean;
    constructor(literals: Literal[], options?: {
        archives?: boolean;
    });
    /** False only when the engine would find nothing in `bytes`. */
    mayMatch(bytes: Buffer): boolean;
    /** Whether any literal occurs (ignoring zero bytes): for text already decoded from a wide encoding. */
    hasLiteral(bytes: Buffer): boolean;
    /** The longest literal, in bytes: how far apart two pieces must be kept to not join into one. */
    get longest(): number;
    /** A byte no literal holds: joining pieces with it cannot make a literal. */
    get separator(): number;
}
