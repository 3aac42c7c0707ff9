// Positions in decoded text: 1-based line and column, where a column counts characters (code points).
// Built once per text in one pass, so that any number of questions costs a binary search each: a
// minified megabyte on one line must not make every finding walk back to the line's start.
export class Lines {
    text;
    countsCharacters;
    /** Offsets of every '\n', ascending. */
    newlines;
    lastOffset = -1;
    lastLine = 0;
    lastColumn = 0;
    constructor(text, countsCharacters = true) {
        this.text = text;
        this.countsCharacters = countsCharacters;
        let count = 0;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            count++;
        this.newlines = new Int32Array(count);
        let k = 0;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.newlines[k++] = i;
    }
    /** 0-based index of the line holding `offset`. */
    lineIndex(offset) {
        let lo = 0;
        let hi = this.newlines.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.newlines[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** How many lines the text has. */
    get count() {
        return this.newlines.length + 1;
    }
    /** Start and end (exclusive, before the newline) of the 0-based line `index`. */
    bounds(index) {
        const start = index === 0 ? 0 : this.newlines[index - 1] + 1;
        const end = index < this.newlines.length ? this.newlines[index] : this.text.length;
        return [start, end];
    }
    /** Start offset of the line holding `offset`. */
    start(offset) {
        const line = this.lineIndex(offset);
        return line === 0 ? 0 : this.newlines[line - 1] + 1;
    }
    /** End offset (exclusive, before any \r of a \r\n) of the line holding `offset`. */
    end(offset) {
        const line = this.lineIndex(offset);
        const end = line < this.newlines.length ? this.newlines[line] : this.text.length;
        return end > 0 && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    }
    /** Start of the line `n` lines before the one holding `offset` (clamped to the text). */
    startBefore(offset, n) {
        const line = Math.max(0, this.lineIndex(offset) - n);
        return line === 0 ? 0 : this.newlines[line - 1] + 1;
    }
    /** End of the line `n` lines after the one holding `offset` (clamped to the text). */
    endAfter(offset, n) {
        const line = Math.min(this.newlines.length, this.lineIndex(offset) + n);
        return line < this.newlines.length ? this.newlines[line] : this.text.length;
    }
    /** Newlines in [from, to). */
    between(from, to) {
        return to <= from ? 0 : this.lineIndex(to) - this.lineIndex(from);
    }
    /** Line and column of `offset`. Columns of later offsets on the same line are counted on from the last. */
    at(offset) {
        const line = this.lineIndex(offset);
        const lineStart = line === 0 ? 0 : this.newlines[line - 1] + 1;
        let from = lineStart;
        let column = 0;
        if (line === this.lastLine && offset >= this.lastOffset && this.lastOffset >= lineStart) {
            from = this.lastOffset;
            column = this.lastColumn;
        }
        column += this.countsCharacters ? countCodePoints(this.text, from, offset) : offset - from;
        this.lastOffset = offset;
        this.lastLine = line;
        this.lastColumn = column;
        return { line: line + 1, column: column + 1 };
    }
}
function countCodePoints(text, from, to) {
    let n = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        // A high surrogate followed by a low one is one character.
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < to)
            i++;
        n++;
    }
    return n;
}
