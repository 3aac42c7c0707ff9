// "Did you mean": the known word closest to a mistyped one, if it is close enough to be a typo.
/** Edits (insert, delete, replace, swap two neighbours) between two short words. */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [
        i,
        ...new Array(b.length).fill(0),
    ]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
/** The closest of `known` to `word`, when at most a third of it differs (one edit at least). */
export function closest(word, known) {
    if (word.length > 64)
        return null;
    let best = null;
    let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
    for (const k of known) {
        const d = distance(word.toLowerCase(), k);
        if (d < bestDistance)
            [best, bestDistance] = [k, d];
    }
    return best;
}
