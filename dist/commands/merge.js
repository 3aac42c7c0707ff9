// `flora-keyscan merge A.json B.json …`: the JSON reports of audit shards as one report, the same as
// one unsharded run's (repositories in the order of the files), in any format.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { inWords } from '../safe-write.js';
import { auditReport } from '../audit/report.js';
import { emitAudit } from './audit.js';
import { chooseFormat } from './output.js';
function readShard(file, io) {
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(resolve(io.cwd, file), 'utf8'));
    }
    catch (error) {
        throw new UserError(`cannot read ${file}: ${inWords(error)}`);
    }
    if (parsed?.schemaVersion !== 1 || parsed.mode !== 'audit' || !Array.isArray(parsed.repositories))
        throw new UserError(`${file} is not an audit report (flora-keyscan audit --format json, schemaVersion 1)`);
    return parsed.repositories;
}
export async function runMerge({ args, flags }, io) {
    if (args.length === 0)
        throw new UsageError('merge takes the JSON reports of audit shards');
    chooseFormat(flags, io);
    const seen = new Map();
    const entries = [];
    for (const file of args)
        for (const entry of readShard(file, io)) {
            const earlier = seen.get(entry.repository);
            // Two shards of one audit never share a repository: overlapping reports are not one audit.
            if (earlier !== undefined)
                throw new UserError(`${entry.repository} is in both ${earlier} and ${file}`);
            seen.set(entry.repository, file);
            entries.push(entry);
        }
    return emitAudit(auditReport(entries), flags, io);
}
