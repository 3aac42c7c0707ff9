// Every report format, in one table: --format's choices, the help text and what `verify` can print
// all derive from it. Reporters load only when chosen, so the hook loads only the one it prints.

import type { Report } from './types.js';
import type { VerdictReport } from './verdict.js';

export interface RenderOptions {
  color: boolean;
  /** Print the advice; false for --no-playbook (formats for machines always carry it). */
  playbook?: boolean;
}

export interface FormatEntry {
  /** One line for --help. */
  summary: string;
  report: () => Promise<(report: Report, options: RenderOptions) => string>;
  /** How `flora-keyscan verify` prints its one verdict; a format without it is refused there. */
  verdict?: () => Promise<(verdict: VerdictReport) => string>;
}

export type FormatName = 'text' | 'json' | 'sarif' | 'github';

export const FORMATS: Record<FormatName, FormatEntry> = {
  text: {
    summary: 'for people (the default)',
    report: async () => (await import('./text.js')).formatText,
    verdict: async () => (await import('./verdict.js')).verdictText,
  },
  json: {
    summary: 'the JSON report (schemaVersion 1)',
    report: async () => (await import('./json.js')).formatJson,
    verdict: async () => (await import('./verdict.js')).verdictJson,
  },
  sarif: {
    summary: 'SARIF 2.1.0, for code scanning',
    report: async () => (await import('./sarif.js')).formatSarif,
  },
  github: {
    summary: 'GitHub Actions annotations (the default when GITHUB_ACTIONS=true)',
    report: async () => (await import('./github.js')).formatGithub,
  },
};

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export function isFormat(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}

/** Formats that can print a verdict of `flora-keyscan verify`. */
export const VERDICT_FORMATS = FORMAT_NAMES.filter((name) => FORMATS[name].verdict !== undefined);
