import type { ProviderEvidence } from '../findings.js';
import type { Pattern } from '../rules/pattern.js';
import type { Lines } from './text.js';
/** A provider's words, and the id it is known by. */
export interface ProviderWords {
    provider: string;
    words: Pattern;
}
export declare class FileContext {
    private readonly lines;
    private structure;
    /** `${provider}\0${line}` → the word naming the provider on that line, or null. */
    private readonly named;
    /** Provider → the import lines naming it, ascending. */
    private readonly importsOf;
    constructor(lines: Lines);
    private line;
    private built;
    private word;
    /** The lines a line sits under, nearest first (within WALK_LINES): enclosing blocks, headings, the section. */
    private enclosing;
    /** The import line naming `p` nearest to `index`, or -1. */
    private nearestImport;
    /**
     * The one provider among `providers` the file ties the secret on line `index` to, and why: the
     * nearest enclosing line or heading naming exactly one of them, else the imports when they name
     * exactly one. Null when the file names none of them, or several equally.
     */
    evidence(index: number, providers: ProviderWords[]): {
        provider: string;
        evidence: ProviderEvidence;
    } | null;
}
