// Git's walk of every object any ref reaches (`git rev-list --objects --all --missing=print`): the
// path each blob has somewhere in history, every path name there is, and the objects the repository
// should have but does not (a partial clone's blobs, a damaged mirror's). Costly (every tree is
// read), so it runs side by side with the scan. Its output is kept as one buffer (25 MB for git.git)
// rather than a map of 400k strings, and read in one pass per question.
export class Walk {
    listing;
    error;
    /** Objects any ref reaches that the object database does not have. */
    missing = [];
    constructor(listing, 
    /** Why git could not walk the history, when it could not (then nothing is known of it). */
    error = null) {
        this.listing = listing;
        this.error = error;
        for (let at = listing[0] === 63 ? 0 : listing.indexOf('\n?'); at !== -1; at = listing.indexOf('\n?', at + 1)) {
            const start = listing[at] === 63 ? at + 1 : at + 2;
            const end = listing.indexOf(10, start);
            this.missing.push(listing.toString('latin1', start, end === -1 ? listing.length : end));
        }
    }
    /** Runs the walk. It never fetches: missing objects are listed, not downloaded. Never rejects. */
    static async run(git) {
        try {
            return new Walk(await git.toFile(['rev-list', '--objects', '--all', '--missing=print']));
        }
        catch (error) {
            return new Walk(Buffer.alloc(0), error.message);
        }
    }
    /** Each line: its object id and where its path is (empty for commits and for missing objects). */
    *entries() {
        const text = this.listing;
        // Every line starts with an object id of one length (40 or 64): a space right after it or none.
        const idLength = Math.min(...[text.indexOf(32), text.indexOf(10)].filter((i) => i > 0));
        for (let at = 0; at < text.length;) {
            let end = text.indexOf(10, at);
            if (end === -1)
                end = text.length;
            if (text[at] !== 63 && text[at + idLength] === 32)
                yield [text.toString('latin1', at, at + idLength), at + idLength + 1, end];
            at = end + 1;
        }
    }
    /** One path of each of `oids` that a ref reaches; ids no ref reaches are left out. */
    pathsOf(oids) {
        const out = new Map();
        if (oids.size === 0)
            return out;
        for (const [oid, pathStart, end] of this.entries()) {
            if (oids.has(oid) && !out.has(oid))
                out.set(oid, this.listing.toString('utf8', pathStart, end));
        }
        return out;
    }
    /** Every distinct path (of files and folders) anywhere in history. */
    paths() {
        const seen = new Set();
        for (const [, pathStart, end] of this.entries())
            if (end > pathStart)
                seen.add(this.listing.toString('utf8', pathStart, end));
        return [...seen];
    }
}
