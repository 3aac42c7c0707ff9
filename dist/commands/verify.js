// `flora-keyscan verify`: is this one key live? The key comes from stdin or FLORA_API_KEY, never from
// an argument (that would land in shell history). Exit 0 live, 1 inactive, 2 unknown or error.
import { UsageError, UserError } from '../errors.js';
import { FORMATS, VERDICT_FORMATS } from '../report/formats.js';
import { loadRuleBook } from '../rules/load.js';
import { Engine } from '../scan/engine.js';
import { redact } from '../scan/secret.js';
import { probeKey } from '../verify/probe.js';
import { chooseFormat, deliver } from './output.js';
import { probeOptions } from './setup.js';
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
/** The variables the SDKs of providers with a live check read their key from (FLORA_API_KEY). */
function keyVariables(book) {
    const checked = new Set(book.rules.filter((r) => r.verify).map((r) => r.provider));
    return book.providers.filter((p) => checked.has(p.id) && p.envVar).map((p) => p.envVar);
}
async function readKey(io, variables) {
    const fromStdin = io.stdin && !io.stdin.isTTY
        ? (await readAll(io.stdin)).trim()
        : '';
    const key = fromStdin || variables.map((v) => (io.env[v] ?? '').trim()).find(Boolean) || '';
    if (!key)
        throw new UserError(`no key to verify: pipe it on stdin (flora-keyscan verify < key.txt) or set ${variables.join(' or ')}`);
    return key;
}
export async function runVerify({ args, flags }, io) {
    const book = loadRuleBook();
    const variables = keyVariables(book);
    if (args.length)
        throw new UsageError(`verify takes no key argument (it would land in your shell history): pipe the key on stdin or set ${variables.join(' or ')}`);
    const format = chooseFormat(flags, io, VERDICT_FORMATS);
    const key = await readKey(io, variables);
    // The same engine decides what the key is: another provider's key is never sent.
    const { rules, providers } = book;
    const options = await probeOptions(flags, io, rules);
    const checkable = rules.filter((r) => r.verify);
    const [finding] = new Engine(rules).scan(Buffer.from(key), {
        kind: 'file',
        path: 'stdin',
    }).findings;
    if (!finding || finding.secret !== key) {
        const prefixes = [...new Set(checkable.flatMap((r) => r.prefixes))]
            .map((p) => `${p}…`)
            .join(' or ');
        throw new UserError(`this does not look like a key flora-keyscan can check (${redact(key)}): expected ${prefixes} with a random body`);
    }
    const probe = rules.find((r) => r.id === finding.ruleId)?.verify;
    const name = providers.find((p) => p.id === finding.provider)?.name ?? finding.provider;
    if (finding.publicExample)
        throw new UserError(`this is a published example key (${finding.redacted}, ${finding.providerEvidence.detail}): it is public, and never sent`);
    if (!probe) {
        throw new UserError(checkable.some((r) => r.provider === finding.provider)
            ? `rule ${finding.ruleId} has no live check`
            : `this looks like a ${name} key (${finding.redacted}); it is never sent to another provider`);
    }
    const verification = await probeKey(key, probe, {
        ...options,
        baseUrl: options.baseUrlOf(probe),
    });
    const render = await FORMATS[format].verdict();
    deliver(render({
        redacted: finding.redacted,
        secretSha256: finding.secretSha256,
        provider: name,
        verification,
    }), flags, io);
    return verification.status === 'live' ? 0 : verification.status === 'inactive' ? 1 : 2;
}
