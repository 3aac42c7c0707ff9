// Numbers and sizes on the command line, checked when the command line is read (whatever the command
// goes on to use), so that a typo fails at once, in words.
import { parseSize } from '../config.js';
import { UsageError } from '../errors.js';
export function wholeNumber(text, flag, min, max) {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || !Number.isInteger(n) || n < min || n > max)
        throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
    return n;
}
/** The ranges of the numeric options. */
export const NUMBER_RANGES = {
    timeout: [1, 600],
    concurrency: [1, 16],
    threads: [1, 64],
    'max-archive-depth': [0, 16],
    jobs: [1, 256],
};
/** Checks every numeric option given, used or not. */
export function checkNumbers(flags) {
    for (const [name, [min, max]] of Object.entries(NUMBER_RANGES)) {
        const value = flags[name];
        if (value !== undefined)
            wholeNumber(value, `--${name}`, min, max);
    }
    if (flags['max-file-size'] !== undefined)
        parseSize(flags['max-file-size'], '--max-file-size');
}
