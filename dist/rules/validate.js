// Checks rule and provider objects field by field; every error names the file and the field.
import { UserError } from '../errors.js';
import { DEFAULT_STOPWORDS } from '../scan/placeholder.js';
import { re2Pattern, splitInlineFlags } from './pattern.js';
const SEVERITIES = ['critical', 'high', 'medium', 'low'];
const RULE_FIELDS = new Set([
    'id',
    'description',
    'provider',
    'severity',
    'environment',
    'keywords',
    'prefixes',
    'pattern',
    'minEntropy',
    'placeholderCheck',
    'stopwords',
    'context',
    'shape',
    'decodeValuesNearKeywords',
    'verify',
    'remediation',
    'priority',
    'examples',
    'negativeExamples',
]);
const PROVIDER_FIELDS = new Set([
    'id',
    'name',
    'envVar',
    'revokeWhere',
    'rotation',
    'prevention',
    'evidence',
]);
const EVIDENCE_FIELDS = new Set(['words', 'packages', 'publicExamples']);
/** A probe sends these headers and no others: the key goes in Authorization, nowhere else. */
const PROBE_HEADERS = new Set(['authorization', 'accept']);
/** A probe path: an absolute path and query of plain characters, without `..`, `//`, a scheme or a host. */
const PROBE_PATH = /^\/(?!\/)[A-Za-z0-9._~\-/]*(?:\?[A-Za-z0-9._~\-=&%]*)?$/;
function fail(where, field, problem) {
    throw new UserError(`${where}: field "${field}" ${problem}`);
}
function objectOf(raw, where, what) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new UserError(`${where}: ${what} must be a JSON object`);
    return raw;
}
function knownFields(r, known, where, what) {
    for (const key of Object.keys(r))
        if (!known.has(key))
            fail(where, key, `is not a known ${what} field`);
}
function str(r, where, field) {
    const value = r[field];
    if (typeof value !== 'string' || value.length === 0)
        fail(where, field, 'must be a non-empty string');
    return value;
}
function optionalStr(r, where, field) {
    return r[field] === undefined ? undefined : str(r, where, field);
}
function strList(r, where, field, optional = false) {
    const value = r[field];
    if (value === undefined && optional)
        return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.length === 0)) {
        fail(where, field, 'must be a list of non-empty strings');
    }
    return value;
}
function bool(r, where, field, fallback) {
    if (r[field] === undefined)
        return fallback;
    if (typeof r[field] !== 'boolean')
        fail(where, field, 'must be true or false');
    return r[field];
}
/**
 * A pattern must compile for the engine it will run on: JavaScript's for shipped rules, RE2 for
 * config rules (linear time whatever the pattern: no lookaround, no backreferences).
 */
function regex(where, field, pattern, shipped) {
    try {
        if (shipped) {
            const { source, flags } = splitInlineFlags(pattern);
            new RegExp(source, flags);
        }
        else
            re2Pattern(pattern);
    }
    catch (error) {
        const why = error.message.replace(/^error parsing regexp: /, '');
        const engine = shipped
            ? ''
            : ' for RE2, the linear-time engine config rules run on (no lookaround or backreferences)';
        fail(where, field, `is not a valid regular expression${engine}: ${why}`);
    }
}
function statusCodes(p, where, name) {
    const list = p[name];
    if (!Array.isArray(list) || list.some((n) => !Number.isInteger(n) || n < 100 || n > 599)) {
        fail(where, `verify.${name}`, 'must be a list of HTTP status codes');
    }
    return list;
}
/** A probe's headers: only Authorization and Accept, and the key only in Authorization. */
function probeHeaders(raw, where) {
    const headers = raw;
    if (typeof headers !== 'object' ||
        headers === null ||
        Object.values(headers).some((v) => typeof v !== 'string')) {
        fail(where, 'verify.headers', 'must be an object of strings');
    }
    for (const name of Object.keys(headers)) {
        if (!PROBE_HEADERS.has(name.toLowerCase()))
            fail(where, 'verify.headers', `may hold only Authorization and Accept (not "${name}")`);
    }
    const carrier = Object.entries(headers).find(([, v]) => v.includes('{{secret}}'));
    if (!carrier || carrier[0].toLowerCase() !== 'authorization') {
        fail(where, 'verify.headers', 'must carry the key as {{secret}} in the Authorization header (never in the URL)');
    }
    return headers;
}
/** Where a probe goes: an https base URL, the variable that may override it, and a plain path. */
function probeTarget(p, where) {
    if (typeof p.baseUrl !== 'string' || !/^https:\/\/[^/?#@]+(\/[^?#@]*)?$/.test(p.baseUrl)) {
        fail(where, 'verify.baseUrl', 'must be an https URL without query, fragment or credentials');
    }
    if (p.baseUrlEnv !== undefined &&
        (typeof p.baseUrlEnv !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(p.baseUrlEnv))) {
        fail(where, 'verify.baseUrlEnv', 'must be an environment variable name');
    }
    if (typeof p.path !== 'string' || !PROBE_PATH.test(p.path) || p.path.includes('..')) {
        fail(where, 'verify.path', 'must be a plain path starting with "/" (no scheme, host or "..")');
    }
    return {
        baseUrl: p.baseUrl,
        ...(p.baseUrlEnv ? { baseUrlEnv: p.baseUrlEnv } : {}),
        path: p.path,
    };
}
function probe(raw, where, shipped) {
    if (raw === undefined)
        return undefined;
    // Probes send keys over the network: only the rules flora-keyscan ships may define one, never a
    // config file that the scanned repository (a pull request) could have written.
    if (!shipped)
        fail(where, 'verify', 'is only allowed in the rules flora-keyscan ships (a config rule may detect, never probe)');
    if (typeof raw !== 'object' || raw === null)
        fail(where, 'verify', 'must be an object');
    const p = raw;
    if (p.method !== 'GET' && p.method !== 'HEAD')
        fail(where, 'verify.method', 'must be "GET" or "HEAD" (probes are read-only)');
    if (p.json !== undefined && typeof p.json !== 'boolean')
        fail(where, 'verify.json', 'must be true or false');
    for (const field of ['requestIdHeader', 'errorCode']) {
        if (p[field] !== undefined &&
            (typeof p[field] !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(p[field])))
            fail(where, `verify.${field}`, 'must be a short name');
    }
    return {
        method: p.method,
        ...probeTarget(p, where),
        headers: probeHeaders(p.headers, where),
        live: statusCodes(p, where, 'live'),
        inactive: statusCodes(p, where, 'inactive'),
        json: p.json === true,
        ...(p.requestIdHeader ? { requestIdHeader: p.requestIdHeader } : {}),
        ...(p.errorCode ? { errorCode: p.errorCode } : {}),
    };
}
function context(raw, where, shipped) {
    if (raw === undefined)
        return undefined;
    if (typeof raw !== 'object' || raw === null)
        fail(where, 'context', 'must be an object');
    const c = raw;
    // Without a pattern, the provider's evidence words are used (filled in when the rule is loaded).
    if (c.pattern !== undefined && typeof c.pattern !== 'string')
        fail(where, 'context.pattern', 'must be a string');
    if (c.pattern !== undefined)
        regex(where, 'context.pattern', c.pattern, shipped);
    if (!Number.isInteger(c.lines) || c.lines < 0)
        fail(where, 'context.lines', 'must be a whole number ≥ 0');
    if (typeof c.required !== 'boolean')
        fail(where, 'context.required', 'must be true or false');
    return {
        pattern: c.pattern ?? '',
        lines: c.lines,
        required: c.required,
    };
}
function scalars(r, where) {
    const severity = str(r, where, 'severity');
    if (!SEVERITIES.includes(severity))
        fail(where, 'severity', `must be one of ${SEVERITIES.join(', ')}`);
    if (r.environment !== undefined && r.environment !== 'live' && r.environment !== 'test')
        fail(where, 'environment', 'must be "live" or "test"');
    if (typeof r.minEntropy !== 'number' || r.minEntropy < 0 || r.minEntropy > 8)
        fail(where, 'minEntropy', 'must be a number from 0 to 8');
    if (r.priority !== undefined && !Number.isInteger(r.priority))
        fail(where, 'priority', 'must be a whole number');
    return {
        severity,
        environment: r.environment,
        minEntropy: r.minEntropy,
        priority: r.priority ?? 0,
    };
}
/** Checks one rule object. `shipped`: it comes with flora-keyscan (not from a config file). */
export function validateRule(raw, where, { shipped = false } = {}) {
    const r = objectOf(raw, where, 'a rule');
    knownFields(r, RULE_FIELDS, where, 'rule');
    const id = str(r, where, 'id');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
        fail(where, 'id', 'must be lower-case letters, digits and dashes');
    const pattern = str(r, where, 'pattern');
    regex(where, 'pattern', pattern, shipped);
    if (!/\(\?P?<secret>/.test(pattern))
        fail(where, 'pattern', 'must have a named group (?<secret>…) for the secret');
    const shape = optionalStr(r, where, 'shape');
    if (shape)
        regex(where, 'shape', shape, shipped);
    const keywords = strList(r, where, 'keywords');
    if (keywords.length === 0)
        fail(where, 'keywords', 'must name at least one literal (the cheap pre-filter)');
    const prefixes = strList(r, where, 'prefixes', true);
    for (const [field, list] of [
        ['keywords', keywords],
        ['prefixes', prefixes],
    ]) {
        // The pre-filter searches raw bytes for these: they must read the same in every encoding it meets.
        if (list.some((k) => !/^[\x20-\x7e]+$/.test(k)))
            fail(where, field, 'must be printable ASCII (the pre-filter searches bytes)');
    }
    const lowerKeywords = keywords.map((k) => k.toLowerCase());
    for (const p of prefixes) {
        if (!lowerKeywords.some((k) => p.toLowerCase().includes(k)))
            fail(where, 'prefixes', `"${p}" must contain one of the keywords (or content holding it would never reach the pattern)`);
    }
    return {
        id,
        description: str(r, where, 'description'),
        provider: str(r, where, 'provider'),
        ...scalars(r, where),
        keywords,
        prefixes,
        pattern,
        placeholderCheck: bool(r, where, 'placeholderCheck', true),
        stopwords: (r.stopwords === undefined ? DEFAULT_STOPWORDS : strList(r, where, 'stopwords')).map((w) => w.toLowerCase()),
        context: context(r.context, where, shipped),
        shape,
        decodeValuesNearKeywords: bool(r, where, 'decodeValuesNearKeywords', false),
        verify: probe(r.verify, where, shipped),
        remediation: optionalStr(r, where, 'remediation'),
        examples: strList(r, where, 'examples'),
        negativeExamples: strList(r, where, 'negativeExamples', true),
        source: where,
        shipped,
    };
}
function steps(r, where, field) {
    const list = r[field];
    if (list === undefined)
        return [];
    if (!Array.isArray(list))
        fail(where, field, 'must be a list of steps');
    return list.map((raw, i) => {
        const at = `${where} ${field}[${i}]`;
        const s = objectOf(raw, at, 'a step');
        knownFields(s, new Set(['id', 'title', 'detail', 'environments']), at, 'step');
        const environments = strList(s, at, 'environments', true);
        if (environments.some((e) => e !== 'live' && e !== 'test'))
            fail(at, 'environments', 'must list "live" and/or "test"');
        return {
            id: str(s, at, 'id'),
            title: str(s, at, 'title'),
            detail: str(s, at, 'detail'),
            ...(environments.length ? { environments: environments } : {}),
        };
    });
}
/** Checks a provider object: who issues the keys and what to do about a leaked one. */
export function validateProvider(raw, where, shipped = true) {
    const r = objectOf(raw, where, 'a provider');
    knownFields(r, PROVIDER_FIELDS, where, 'provider');
    const id = str(r, where, 'id');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
        fail(where, 'id', 'must be lower-case letters, digits and dashes');
    return {
        id,
        name: str(r, where, 'name'),
        envVar: optionalStr(r, where, 'envVar'),
        revokeWhere: optionalStr(r, where, 'revokeWhere'),
        rotation: steps(r, where, 'rotation'),
        prevention: steps(r, where, 'prevention'),
        evidence: evidence(r.evidence, `${where} evidence`, shipped),
        source: where,
    };
}
function publicExamples(e, where) {
    if (e.publicExamples === undefined)
        return [];
    if (!Array.isArray(e.publicExamples))
        fail(where, 'publicExamples', 'must be a list');
    return e.publicExamples.map((raw, i) => {
        const at = `${where} publicExamples[${i}]`;
        const x = objectOf(raw, at, 'a public example');
        knownFields(x, new Set(['sha256', 'source']), at, 'public example');
        const sha256 = str(x, at, 'sha256');
        // A hash, never the key: the rule files must not hold anything that looks like a key.
        if (!/^[0-9a-f]{64}$/.test(sha256))
            fail(at, 'sha256', 'must be the SHA-256 of the key, as 64 lower-case hex digits');
        return { sha256, source: str(x, at, 'source') };
    });
}
/** A provider's evidence: its words compile for the engine its rules run on (see regex()). */
function evidence(raw, where, shipped) {
    if (raw === undefined)
        return { packages: [], publicExamples: [] };
    const e = objectOf(raw, where, 'evidence');
    knownFields(e, EVIDENCE_FIELDS, where, 'evidence');
    const words = optionalStr(e, where, 'words');
    if (words)
        regex(where, 'words', words, shipped);
    return {
        ...(words ? { words } : {}),
        packages: strList(e, where, 'packages', true),
        publicExamples: publicExamples(e, where),
    };
}
