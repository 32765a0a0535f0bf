// The arithmetic identities (勾稽关系) of FORMATS.md §6 as data: each check says
// Σ left = Σ right over canonical keys. Hard checks follow from the template's
// definitions; soft ones are plausibility only.
import type { Template } from '../report.js';
import { T3_APPLICANTS, T3_COLUMNS, T4_KINDS } from './gov-tables.js';

export interface Check {
  id: string;
  kind: 'hard' | 'soft';
  left: string[];
  right: string[];
  /** `le`: Σ left ≤ Σ right instead of equality. */
  op?: 'eq' | 'le';
}

const RESULT_ROWS_COMMON = [
  'granted',
  'partial',
  ...['state_secret', 'law_forbidden', 'security_stability', 'third_party', 'internal_affairs', 'process_info', 'enforcement_file', 'inquiry'].map((r) => `denied.${r}`),
  ...['not_held', 'needs_creation', 'unclear'].map((r) => `unavailable.${r}`),
  ...['complaint', 'duplicate', 'publication', 'mass_repeat', 'confirmation'].map((r) => `not_processed.${r}`),
];
export const T3_RESULT_ROWS: Record<'gov2019' | 'gov2021', string[]> = {
  gov2019: [...RESULT_ROWS_COMMON, 'other'],
  gov2021: [...RESULT_ROWS_COMMON, 'other.overdue_correction', 'other.unpaid_fee', 'other.other'],
};
export const T3_ROW_KEYS = (t: 'gov2019' | 'gov2021') => ['received', 'carried_over', ...T3_RESULT_ROWS[t], 'handled', 'carried_forward'];

const a = (row: string, col: string) => `applications.${row}.${col}`;

function govChecks(t: 'gov2019' | 'gov2021'): Check[] {
  const checks: Check[] = [];
  for (const c of T3_COLUMNS) {
    checks.push({ id: `T3-BAL.${c}`, kind: 'hard', left: [a('received', c), a('carried_over', c)], right: [a('handled', c), a('carried_forward', c)] });
    checks.push({ id: `T3-RES.${c}`, kind: 'hard', left: [a('handled', c)], right: T3_RESULT_ROWS[t].map((r) => a(r, c)) });
    // a 2021 table printing the single 2019 （六） row: only one of the two forms has all its cells
    if (t === 'gov2021') checks.push({ id: `T3-RES.${c}`, kind: 'hard', left: [a('handled', c)], right: T3_RESULT_ROWS.gov2019.map((r) => a(r, c)) });
  }
  // 'other' too in 2021: the single 2019 row some 2021 tables print (absent otherwise, so skipped)
  for (const r of new Set([...T3_ROW_KEYS(t), 'other'])) {
    checks.push({ id: `T3-ROW.${r}`, kind: 'hard', left: [a(r, 'total')], right: T3_APPLICANTS.map((c) => a(r, c)) });
  }
  for (const k of T4_KINDS) {
    checks.push({ id: `T4-SUM.${k}`, kind: 'hard', left: [`review.${k}.total`], right: ['upheld', 'corrected', 'other', 'pending'].map((x) => `review.${k}.${x}`) });
  }
  if (t === 'gov2019') checks.push({ id: 'T2-19a.rules', kind: 'soft', op: 'le', left: ['rules.published'], right: ['rules.issued'] });
  return checks;
}

const STAT_CHECKS: Check[] = [
  // soft: provincial tables list channels that have no key (电子邮件申请数, 平潭 2012)
  { id: 'P-CH', kind: 'soft', left: ['applications.received'], right: ['in_person', 'fax', 'online', 'letter'].map((c) => `applications.channel.${c}`) },
  { id: 'P-DONE', kind: 'hard', left: ['applications.completed'], right: ['applications.completed_on_time', 'applications.completed_extended'] },
  {
    id: 'P-ANS',
    kind: 'hard',
    left: ['applications.handled'],
    right: ['already_public', 'granted', 'partial', 'denied', 'not_this_agency', 'not_exist', 'correction_requested', 'other_route'].map((k) => `applications.${k}`),
  },
  { id: 'P-LIT.reconsideration', kind: 'hard', left: ['review.reconsideration.total'], right: ['upheld', 'corrected', 'other'].map((k) => `review.reconsideration.${k}`) },
  { id: 'P-LIT.litigation', kind: 'hard', left: ['review.litigation.total'], right: ['upheld', 'corrected', 'other'].map((k) => `review.litigation.${k}`) },
  { id: 'P-STAFF', kind: 'hard', left: ['capacity.staff'], right: ['capacity.staff_full_time', 'capacity.staff_part_time'] },
  { id: 'P-SUB.normative_docs', kind: 'hard', op: 'le', left: ['proactive.normative_docs'], right: ['proactive.total'] },
];

/** Proactive total vs its channels, over the channels the report states (P-CHAN). */
export const CHANNEL_KEYS = ['gazette', 'website', 'weibo', 'wechat', 'other'].map((c) => `proactive.via.${c}`);

/** Key-level checks a statistics table checks on its own rows (readers/stat-checks.ts). */
const TABLE_CHECKED = new Set(['P-CH', 'P-DONE', 'P-ANS', 'P-LIT.reconsideration', 'P-LIT.litigation', 'P-STAFF']);

export function checksFor(template: Template): Check[] {
  if (template === 'gov2019' || template === 'gov2021') return govChecks(template);
  // prose figures are checked by key; a table by its rows, where keyless sub-rows count too
  return template === 'stat2008' ? STAT_CHECKS.filter((c) => !TABLE_CHECKED.has(c.id)) : STAT_CHECKS;
}
