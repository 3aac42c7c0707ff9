// `flora-keyscan rules check`: every rule (built-in and from the config) must find its own examples
// and none of its negative examples.
import { loadConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { findWorkTree } from '../git.js';
import { checkRuleExamples } from '../rules/examples.js';
import { loadRules } from '../rules/load.js';
import { policyFiles } from './setup.js';
export async function runRules({ args, flags }, io) {
    if (args[0] !== 'check' || args.length > 1)
        throw new UsageError('usage: flora-keyscan rules check');
    const git = await findWorkTree(io.cwd, io.env);
    const rules = loadRules(loadConfig(await policyFiles(git, git?.dir ?? io.cwd, flags), flags.config, io.cwd).rules);
    const failures = checkRuleExamples(rules);
    for (const f of failures)
        io.stdout.write(`✖ ${f.ruleId}: ${f.problem}: ${f.example}\n`);
    const examples = rules.reduce((n, r) => n + r.examples.length + r.negativeExamples.length, 0);
    io.stdout.write(`${rules.length} rules, ${examples} examples, ${failures.length} failing\n`);
    return failures.length ? 1 : 0;
}
