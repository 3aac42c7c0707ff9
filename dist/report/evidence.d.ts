import type { Finding } from '../findings.js';
import type { Report } from './types.js';
export declare function providerName(report: Pick<Report, 'providers'>, id: string): string;
/** One phrase: the provider, how it was told, and the detail. */
export declare function evidencePhrase(report: Pick<Report, 'providers'>, f: Pick<Finding, 'provider' | 'providerEvidence'>): string;
