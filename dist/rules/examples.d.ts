import type { RuleSpec } from './types.js';
export declare function randomBase62(length: number): string;
export declare function expandTemplate(example: string): string;
export interface ExampleFailure {
    ruleId: string;
    example: string;
    problem: 'missed' | 'matched negative example';
}
/** Runs each rule's examples through the whole engine (so provider resolution is part of the check). */
export declare function checkRuleExamples(rules: RuleSpec[]): ExampleFailure[];
