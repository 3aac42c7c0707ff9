// The provider steps after the engine, for the secrets it left with no evidence (see
// docs/providers.md): their path, then their repository (manifests and env templates in the finding's
// folder and each one above it, nearest first, as the tree the finding was read from has them). Files
// are read once per scan, for all such findings together, and only when there are any.
import { EVIDENCE_KINDS, pathOf, } from './findings.js';
import { dependsOn, MANIFEST_NAMES, parseManifest } from './manifests.js';
import { compilePattern } from './rules/pattern.js';
import { NOT_NEARBY, shownWord } from './scan/candidates.js';
import { shannonEntropy } from './scan/entropy.js';
import { redact, sha256Hex } from './scan/secret.js';
import { treeFileKey } from './sources/tree-files.js';
const NOWHERE = 'nothing names a provider: not nearby, in its file, its path or the repository';
/** Folders looked at above a finding, nearest first: enough for monorepos, bounded for hostile paths. */
const FOLDER_DEPTH = 8;
/** The folders holding `path`, nearest first, ending with the top folder (''). */
function foldersOf(path) {
    const parts = path.split('/').slice(0, -1);
    const out = [];
    for (let n = parts.length; n >= 0 && out.length < FOLDER_DEPTH; n--)
        out.push(parts.slice(0, n).join('/'));
    if (out.at(-1) !== '')
        out.push('');
    return out;
}
/** The only provider among `choices` that `test` says is named, or a list of several, or none. */
function single(choices, test) {
    const found = new Map();
    for (const choice of choices) {
        const detail = test(choice);
        if (detail !== null && !found.has(choice.rule.provider))
            found.set(choice.rule.provider, { choice, evidence: { kind: 'file', detail } });
    }
    return [...found.values()];
}
function wordIn(words, text) {
    const m = words.matches(text).next();
    return m.done ? null : text.slice(m.value.start, m.value.end);
}
/** The path, the file's name first, then its folders from the nearest. */
function byPath(path, choices) {
    const parts = path.split('/').reverse();
    for (const [i, part] of parts.entries()) {
        const found = single(choices, (c) => {
            const word = wordIn(c.words, part);
            return word === null ? null : `${i === 0 ? 'file name' : 'folder'} naming ${shownWord(word)}`;
        });
        if (found.length === 1)
            return found[0];
    }
    return null;
}
export class ProviderSettler {
    tree;
    rules;
    words = new Map();
    names;
    /** Secrets whose finding went to a rival with a longer match: old hash → new hash. */
    renamed = new Map();
    constructor(rules, providers, tree) {
        this.tree = tree;
        this.rules = new Map(rules.map((r) => [r.id, r]));
        this.names = new Map(providers.map((p) => [p.id, p.name]));
    }
    choicesOf(f) {
        const out = [];
        for (const { ruleId, environment, secret } of [
            { ruleId: f.ruleId, environment: f.environment },
            ...(f.rivals ?? []),
        ]) {
            const rule = this.rules.get(ruleId);
            if (!rule?.context?.pattern)
                continue;
            let words = this.words.get(ruleId);
            if (!words)
                this.words.set(ruleId, (words = compilePattern(rule.context.pattern, rule.shipped || rule.context.shipped === true)));
            out.push({ rule, environment, words, ...(secret ? { secret } : {}) });
        }
        return out;
    }
    /** Findings with the evidence their path and repository give; those whose rule needs evidence and found none are dropped. */
    async settle(findings) {
        const open = findings.filter((f) => f.providerEvidence.kind === 'none');
        const waiting = [];
        // Many findings share a file and the same competing rules: their path is read once.
        const byPathOnce = new Map();
        for (const finding of open) {
            const choices = this.choicesOf(finding);
            const path = pathOf(finding);
            let found = null;
            if (path !== null && finding.provenance.kind !== 'path') {
                const key = `${path}\0${choices.map((c) => c.rule.id).join(' ')}`;
                if (!byPathOnce.has(key))
                    byPathOnce.set(key, byPath(path, choices));
                found = byPathOnce.get(key);
                // The rival's own secret may differ from this finding's: take it from this finding's choices.
                if (found)
                    found = { ...found, choice: choices.find((c) => c.rule.id === found.choice.rule.id) };
            }
            if (found)
                relabel(finding, found, this.renamed);
            else if (choices.length > 0)
                waiting.push({ finding, choices });
        }
        if (waiting.length > 0 && this.tree)
            await this.byRepository(waiting, this.tree);
        this.sameKeyElsewhere(findings);
        for (const f of findings) {
            delete f.rivals;
            if (f.providerEvidence.kind === 'none' && f.providerEvidence.detail === NOT_NEARBY)
                f.providerEvidence = { kind: 'none', detail: NOWHERE };
        }
        return findings.filter((f) => {
            const keep = !f.needsEvidence;
            delete f.needsEvidence;
            return keep;
        });
    }
    /**
     * One key belongs to one provider: an occurrence with no evidence takes the provider of another
     * occurrence of the same key that has some (when that provider's rule matched it too).
     */
    sameKeyElsewhere(findings) {
        const strongest = new Map();
        const rank = (f) => EVIDENCE_KINDS.indexOf(f.providerEvidence.kind);
        for (const f of findings) {
            // Only the shipped rules' evidence carries over: a config rule the scanned repository wrote
            // must not vouch for a key elsewhere (that could open the probe for it).
            if (!this.rules.get(f.ruleId)?.shipped)
                continue;
            const best = strongest.get(f.secretSha256);
            if (!best || rank(f) < rank(best))
                strongest.set(f.secretSha256, f);
        }
        for (const f of findings) {
            const best = strongest.get(f.secretSha256);
            if (!best || f.providerEvidence.kind !== 'none' || best.providerEvidence.kind === 'none')
                continue;
            const choice = this.choicesOf(f).find((c) => c.rule.provider === best.provider && (c.secret ?? f.secret) === best.secret);
            if (!choice)
                continue;
            const where = pathOf(best) ?? 'a commit message';
            relabel(f, {
                choice,
                evidence: {
                    kind: best.providerEvidence.kind,
                    detail: `the same key in ${where}: ${best.providerEvidence.detail}`,
                },
            }, this.renamed);
        }
    }
    async byRepository(waiting, tree) {
        const wanted = new Map();
        const plan = waiting.map(({ finding, choices }) => {
            const at = tree.treeOf(finding);
            const folders = at === null ? [] : foldersOf(pathOf(finding) ?? '');
            for (const folder of folders)
                for (const name of MANIFEST_NAMES) {
                    const file = { tree: at, path: folder ? `${folder}/${name}` : name };
                    wanted.set(treeFileKey(file), file);
                }
            return { finding, choices, at: at, folders };
        });
        const manifests = new Manifests(await tree.read([...wanted.values()]));
        for (const { finding, choices, at, folders } of plan) {
            for (const folder of folders) {
                const found = single(choices, (c) => manifests.names(at, folder, c)).map((f) => ({
                    ...f,
                    evidence: { kind: 'repository', detail: f.evidence.detail },
                }));
                if (found.length === 1)
                    relabel(finding, found[0], this.renamed);
                else if (found.length > 1)
                    finding.providerEvidence = {
                        kind: 'none',
                        detail: `the repository uses ${found.map((f) => this.names.get(f.choice.rule.provider) ?? f.choice.rule.provider).join(' and ')} (${found.map((f) => f.evidence.detail).join('; ')})`,
                    };
                if (found.length > 0)
                    break;
            }
        }
    }
}
/**
 * The manifests read for a scan, each question answered once: a blob is parsed once whatever the
 * commits and folders it is in, and what a folder says of a rule once per tree.
 */
class Manifests {
    files;
    parsed = new Map();
    answers = new Map();
    constructor(files) {
        this.files = files;
    }
    facts(tree, path, name) {
        const blob = this.files.get(treeFileKey({ tree, path }));
        if (!blob)
            return null;
        const id = `${blob.id}\0${name}`;
        let facts = this.parsed.get(id);
        if (!facts)
            this.parsed.set(id, (facts = parseManifest(name, blob.bytes.toString('utf8'))));
        return { id, facts };
    }
    /** What `folder`'s manifests in `tree` say of `choice`'s provider ("package.json depends on stripe"), or null. */
    names(tree, folder, choice) {
        const key = `${tree}\0${folder}\0${choice.rule.id}`;
        if (!this.answers.has(key))
            this.answers.set(key, this.ask(tree, folder, choice));
        return this.answers.get(key);
    }
    ask(tree, folder, choice) {
        for (const name of MANIFEST_NAMES) {
            const path = folder ? `${folder}/${name}` : name;
            const found = this.facts(tree, path, name);
            if (!found)
                continue;
            const blobKey = `${found.id}\0${choice.rule.id}`;
            if (!this.answers.has(blobKey)) {
                const { facts } = found;
                const dependency = dependsOn(facts, choice.rule.evidence?.packages ?? []);
                const variable = facts.variables.find((v) => wordIn(choice.words, v) !== null);
                this.answers.set(blobKey, dependency
                    ? `depends on ${shownWord(dependency)}`
                    : variable
                        ? `names ${shownWord(variable)}`
                        : null);
            }
            const said = this.answers.get(blobKey);
            if (said)
                return `${path} ${said}`;
        }
        return null;
    }
}
/** The finding as `found`'s rule reports it. */
function relabel(f, found, renamed) {
    const { rule, environment, secret } = found.choice;
    if (secret) {
        const before = f.secretSha256;
        f.secret = secret;
        f.secretSha256 = sha256Hex(secret);
        const prefix = rule.prefixes.find((p) => secret.startsWith(p)) ?? '';
        f.entropy = shannonEntropy(secret.slice(prefix.length));
        renamed.set(before, f.secretSha256);
    }
    f.ruleId = rule.id;
    f.provider = rule.provider;
    f.severity = rule.severity;
    f.environment = environment;
    f.redacted = redact(f.secret, rule.prefixes);
    f.providerEvidence = found.evidence;
    delete f.needsEvidence;
}
