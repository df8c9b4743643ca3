/** Automatic pre-checks: rules that find common legal defects in document text (issue 7). */
export { runChecks } from './engine.js';
export { RULES, RULE_INFO, ruleInfo } from './registry.js';
export { guessMatterType, type TypeGuess } from './guess-type.js';
export type { CheckInput, Rule } from './types.js';
