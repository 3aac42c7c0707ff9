import { compilePattern } from './pattern.js';
export function escapeRegExp(literal) {
    return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
export function compileRule(spec) {
    return {
        spec,
        pattern: compilePattern(spec.pattern, spec.shipped),
        keywords: new RegExp(spec.keywords.map(escapeRegExp).join('|'), 'i'),
        context: spec.context && {
            pattern: compilePattern(spec.context.pattern, spec.shipped || spec.context.shipped === true),
            lines: spec.context.lines,
            required: spec.context.required,
        },
        shape: spec.shape ? compilePattern(spec.shape, spec.shipped) : undefined,
        publicExamples: new Map(spec.evidence?.publicExamples.map((e) => [e.sha256, e.source])),
        stopKey: spec.stopwords.join('\u0001'),
    };
}
