// Sentence rules as data: the hand-written rules of each part of the report, then the
// negation and zero forms every key shares. Within a key, rules are tried in this order.
import { APPLICATION_RULES } from './applications.js';
import { sharedForms } from './generated.js';
import { PROACTIVE_RULES } from './proactive.js';
import { RESPONSE_RULES } from './responses.js';
import { REVIEW_RULES } from './review.js';
import { SUBJECTS } from './subjects.js';
import { TABLE_FIGURE_RULES } from './table-figures.js';
import type { SentenceRule } from './types.js';

export const OWN_RULES: SentenceRule[] = [...PROACTIVE_RULES, ...RESPONSE_RULES, ...APPLICATION_RULES, ...REVIEW_RULES, ...TABLE_FIGURE_RULES];
export const SENTENCE_RULES: SentenceRule[] = [...OWN_RULES, ...sharedForms(SUBJECTS, OWN_RULES)];

export { MONEY_UNIT_PATTERN, NEG, NUMBER_PATTERN, type Example, type SentenceRule } from './types.js';
export { SUBJECTS, type Subject } from './subjects.js';
export { ACCUMULATED_BEFORE, CUMULATIVE_BEFORE, HEADING, NEGATED_BEFORE, YEAR_ACCUMULATED } from './traps.js';
