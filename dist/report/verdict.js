// What `flora-keyscan verify` prints about the one key it checked.
export function verdictText({ redacted, provider, verification: v }) {
    const detail = [v.httpStatus && `HTTP ${v.httpStatus}`, v.code, v.reason]
        .filter(Boolean)
        .join(', ');
    const lines = [`${redacted}: ${v.status.toUpperCase()}${detail ? ` (${detail})` : ''}`];
    if (v.requestId)
        lines.push(`request-id: ${v.requestId} (quote it to ${provider} support)`);
    return lines.join('\n') + '\n';
}
export function verdictJson(verdict) {
    return JSON.stringify(verdict, null, 2) + '\n';
}
