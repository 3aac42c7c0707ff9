// File evidence: what a key's file says about whose it is, beyond the lines around it: the blocks it
// sits in (a YAML or JSON key, a class, a describe, a function), the markdown heading or INI/TOML
// section above it, and what the file imports. Asked only for secrets the nearby lines left without a
// provider. Linear: the file's structure is found in one pass, the first time it is needed; each
// secret then follows a few links (within WALK_LINES lines), and each line is read for each
// provider's words at most once.
import { linesAway, shownWord } from './candidates.js';
const WALK_LINES = 400;
/** Only the start of a long line is read for words: a minified line is not a heading. */
const LINE_CHARS = 300;
const IMPORT = /^\s*(?:import\b|from\s+\S+\s+import\b|using\s|use\s|require(?:_once)?\b|#\s*include\b|@import\b|(?:const|let|var)\s[^=]*=\s*(?:await\s+)?(?:require|import)\s*\()/;
const HEADING = /^\s{0,3}(#{1,6})\s+\S/;
const SECTION = /^\s*\[[^\]]+\]\s*$/;
function indentOf(line) {
    let n = 0;
    while (n < line.length && (line[n] === ' ' || line[n] === '\t'))
        n++;
    return n === line.length ? -1 : n;
}
/**
 * A file's structure, built in one pass the first time a secret in it needs file evidence: for each
 * line the nearest less-indented line above it (its enclosing block), the nearest heading and section
 * above it, and each heading's own enclosing heading; and its import lines. Each question after that
 * follows these links, a few steps for each secret.
 */
class Structure {
    parent;
    heading;
    headingParent;
    section;
    imports = [];
    constructor(line, count) {
        this.parent = new Int32Array(count).fill(-1);
        this.heading = new Int32Array(count).fill(-1);
        this.headingParent = new Int32Array(count).fill(-1);
        this.section = new Int32Array(count).fill(-1);
        const stack = [];
        const lastAtLevel = new Int32Array(7).fill(-1);
        let heading = -1;
        let section = -1;
        let goBlock = false;
        for (let i = 0; i < count; i++) {
            const text = line(i);
            this.heading[i] = heading;
            this.section[i] = section;
            const indent = indentOf(text);
            if (indent !== -1) {
                while (stack.length && stack.at(-1).indent >= indent)
                    stack.pop();
                this.parent[i] = stack.at(-1)?.line ?? -1;
                stack.push({ indent, line: i });
            }
            const h = HEADING.exec(text);
            if (h) {
                const level = h[1].length;
                for (let l = level - 1; l >= 1 && this.headingParent[i] === -1; l--)
                    this.headingParent[i] = lastAtLevel[l];
                lastAtLevel[level] = i;
                for (let l = level + 1; l <= 6; l++)
                    lastAtLevel[l] = -1;
                heading = i;
            }
            else if (SECTION.test(text))
                section = i;
            if (goBlock) {
                if (/^\s*\)/.test(text))
                    goBlock = false;
                else
                    this.imports.push(i);
            }
            else if (IMPORT.test(text)) {
                this.imports.push(i);
                if (/^\s*import\s*\($/.test(text.trimEnd()))
                    goBlock = true;
            }
        }
    }
}
export class FileContext {
    lines;
    structure = null;
    /** `${provider}\0${line}` → the word naming the provider on that line, or null. */
    named = new Map();
    /** Provider → the import lines naming it, ascending. */
    importsOf = new Map();
    constructor(lines) {
        this.lines = lines;
    }
    line(index) {
        const [start, end] = this.lines.bounds(index);
        return this.lines.text.slice(start, Math.min(end, start + LINE_CHARS));
    }
    built() {
        return (this.structure ??= new Structure((i) => this.line(i), this.lines.count));
    }
    word(p, line) {
        const key = `${p.provider}\0${line}`;
        if (!this.named.has(key)) {
            const text = this.line(line);
            const m = p.words.matches(text).next();
            this.named.set(key, m.done ? null : text.slice(m.value.start, m.value.end));
        }
        return this.named.get(key);
    }
    /** The lines a line sits under, nearest first (within WALK_LINES): enclosing blocks, headings, the section. */
    enclosing(index) {
        const s = this.built();
        const out = [];
        const floor = index - WALK_LINES;
        for (let p = s.parent[index]; p >= 0 && p >= floor; p = s.parent[p])
            out.push({ line: p, what: 'enclosing block' });
        for (let h = s.heading[index]; h >= 0 && h >= floor; h = s.headingParent[h])
            out.push({ line: h, what: 'heading' });
        const section = s.section[index];
        if (section >= 0 && section >= floor)
            out.push({ line: section, what: 'section' });
        return out.sort((a, b) => b.line - a.line);
    }
    /** The import line naming `p` nearest to `index`, or -1. */
    nearestImport(p, index) {
        let lines = this.importsOf.get(p.provider);
        if (!lines)
            this.importsOf.set(p.provider, (lines = this.built().imports.filter((l) => this.word(p, l) !== null)));
        let lo = 0;
        let hi = lines.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (lines[mid] < index)
                lo = mid + 1;
            else
                hi = mid;
        }
        const near = [lines[lo - 1], lines[lo]].filter((l) => l !== undefined);
        return near.sort((a, b) => Math.abs(a - index) - Math.abs(b - index))[0] ?? -1;
    }
    /**
     * The one provider among `providers` the file ties the secret on line `index` to, and why: the
     * nearest enclosing line or heading naming exactly one of them, else the imports when they name
     * exactly one. Null when the file names none of them, or several equally.
     */
    evidence(index, providers) {
        const found = (line, what, provider, word) => ({
            provider,
            evidence: {
                kind: 'file',
                detail: `${what} naming ${shownWord(word)}, ${linesAway(Math.abs(index - line), line < index)}`,
            },
        });
        for (const n of this.enclosing(index)) {
            const naming = providers.filter((p) => this.word(p, n.line) !== null);
            const ids = new Set(naming.map((p) => p.provider));
            if (ids.size === 1)
                return found(n.line, n.what, naming[0].provider, this.word(naming[0], n.line));
        }
        const imported = providers
            .map((p) => ({ p, line: this.nearestImport(p, index) }))
            .filter((x) => x.line !== -1);
        if (new Set(imported.map((x) => x.p.provider)).size !== 1)
            return null;
        const { p, line } = imported[0];
        return found(line, 'import', p.provider, this.word(p, line));
    }
}
