// Git's walk of every object any ref reaches (`git rev-list --objects --all --missing=print`): the
// path each blob has somewhere in history, every path name there is, and the objects the repository
// should have but does not (a partial clone's blobs, a damaged mirror's). Costly (every tree is
// read), so it runs side by side with the scan. Its output (42 MB for git.git, a line per object) is
// never held: it stays in a spool and is read in one pass per question.
import { BOUNDED_GIT_MEMORY } from '../git.js';
export class Walk {
    listing;
    error;
    /** Objects any ref reaches that the object database does not have. */
    missing = [];
    distinctPaths = new Set();
    constructor(listing, 
    /** Why git could not walk the history, when it could not (then nothing is known of it). */
    error = null) {
        this.listing = listing;
        this.error = error;
        for (const [line, idLength] of this.lines()) {
            if (line[0] === 63)
                this.missing.push(line.toString('latin1', 1));
            else if (line.length > idLength + 1)
                this.distinctPaths.add(line.toString('utf8', idLength + 1));
        }
    }
    static empty() {
        return new Walk(null);
    }
    /** Runs the walk. It never fetches: missing objects are listed, not downloaded. Never rejects. */
    static async run(git) {
        try {
            const args = [...BOUNDED_GIT_MEMORY, 'rev-list', '--objects', '--all', '--missing=print'];
            return new Walk(await git.toSpool(args));
        }
        catch (error) {
            return new Walk(null, error.message);
        }
    }
    /** Each line, with the length of the object ids (40 or 64: every line starts with one). */
    *lines() {
        if (!this.listing)
            return;
        let idLength = 0;
        for (const line of this.listing.lines()) {
            if (line.length === 0)
                continue;
            if (!idLength && line[0] !== 63) {
                const space = line.indexOf(32);
                idLength = space === -1 ? line.length : space;
            }
            yield [line, idLength];
        }
    }
    /** One path of each of `oids` that a ref reaches; ids no ref reaches are left out. */
    pathsOf(oids) {
        const out = new Map();
        if (oids.size === 0)
            return out;
        for (const [line, idLength] of this.lines()) {
            if (line[0] === 63 || line[idLength] !== 32)
                continue;
            const oid = line.toString('latin1', 0, idLength);
            if (oids.has(oid) && !out.has(oid))
                out.set(oid, line.toString('utf8', idLength + 1));
        }
        return out;
    }
    /** Every distinct path (of files and folders) anywhere in history. */
    paths() {
        return [...this.distinctPaths];
    }
    /** Lets the spool go (its file is already unlinked: closing frees it). */
    close() {
        this.listing?.close();
    }
}
