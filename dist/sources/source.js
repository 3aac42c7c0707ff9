// The seam every source implements: a source yields content with its provenance, and may settle its
// raw findings afterwards (history attributes them to commits). Adding a source is one file here plus
// one line in the command table.
/** A label for an item in lists of skipped and unreadable content. */
export function itemLabel(provenance) {
    switch (provenance.kind) {
        case 'message':
            return `${provenance.part ?? 'message'} of ${provenance.commit}`;
        case 'blob':
            return provenance.path ?? provenance.blob;
        case 'path':
            return provenance.path;
        case 'note':
            return `note on ${provenance.note}`;
        case 'ref':
            return `the ref ${provenance.ref}`;
        default:
            return provenance.path;
    }
}
