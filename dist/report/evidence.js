// How reports say why a finding got its provider, in a few words ("Stripe, named in its file (import
// naming 'stripe', 10 lines above)").
const HOW = {
    shape: 'by its shape',
    publicExample: 'a published example key',
    line: 'named nearby',
    file: 'named in its file',
    repository: 'named in the repository',
    none: 'nothing ties it to a provider',
};
export function providerName(report, id) {
    return report.providers.find((p) => p.id === id)?.name ?? id;
}
/** One phrase: the provider, how it was told, and the detail. */
export function evidencePhrase(report, f) {
    const { kind, detail } = f.providerEvidence;
    const name = providerName(report, f.provider);
    if (kind === 'none')
        return `${name}? ${HOW.none} (${detail})`;
    return `${name}, ${HOW[kind]} (${detail})`;
}
