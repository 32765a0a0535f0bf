// The identities of FORMATS.md §6 (spec.ts) written out over canonical keys for a template:
// each instance says Σ left (op) Σ right; its kind and operator come from its spec entry.
import { T3_APPLICANTS, T3_COLUMNS, T4_KINDS, t3Key, t3ResultRows, t3RowsOf, t4Key } from '../metrics/index.js';
import { isGovTemplate, type GovTemplate, type Template } from '../report.js';

export interface Check {
  /** The spec id, with the column, row or kind it is written for: T3-BAL.total. */
  id: string;
  left: string[];
  right: string[];
}

function govChecks(t: GovTemplate): Check[] {
  const checks: Check[] = [];
  for (const c of T3_COLUMNS) {
    checks.push({ id: `T3-BAL.${c}`, left: [t3Key('received', c), t3Key('carried_over', c)], right: [t3Key('handled', c), t3Key('carried_forward', c)] });
    checks.push({ id: `T3-RES.${c}`, left: [t3Key('handled', c)], right: t3ResultRows(t).map((r) => t3Key(r, c)) });
    // a 2021 table printing the single 2019 （六） row: only one of the two forms has all its cells
    if (t === 'gov2021') checks.push({ id: `T3-RES.${c}`, left: [t3Key('handled', c)], right: t3ResultRows('gov2019').map((r) => t3Key(r, c)) });
  }
  // 'other' too in 2021: the single 2019 row some 2021 tables print (absent otherwise, so skipped)
  for (const r of new Set([...t3RowsOf(t), 'other']))
    checks.push({ id: `T3-ROW.${r}`, left: [t3Key(r, 'total')], right: T3_APPLICANTS.map((c) => t3Key(r, c)) });
  for (const k of T4_KINDS)
    checks.push({ id: `T4-SUM.${k}`, left: [t4Key(k, 'total')], right: (['upheld', 'corrected', 'other', 'pending'] as const).map((x) => t4Key(k, x)) });
  if (t === 'gov2019') checks.push({ id: 'T2-19a.rules', left: ['rules.published'], right: ['rules.issued'] });
  return checks;
}

/** The national table's identities over keys, for figures read from prose (a table checks its own rows: stat-table.ts). */
const PROSE_CHECKS: Check[] = [
  { id: 'P-CH', left: ['applications.received'], right: ['in_person', 'fax', 'online', 'letter'].map((c) => `applications.channel.${c}`) },
  { id: 'P-DONE', left: ['applications.completed'], right: ['applications.completed_on_time', 'applications.completed_extended'] },
  {
    id: 'P-ANS',
    left: ['applications.handled'],
    right: ['already_public', 'granted', 'partial', 'denied', 'not_this_agency', 'not_exist', 'correction_requested', 'other_route'].map(
      (k) => `applications.${k}`,
    ),
  },
  {
    id: 'P-REF',
    left: ['applications.denied'],
    right: ['state_secret', 'commercial_secret', 'privacy', 'security_stability'].map((k) => `applications.denied.${k}`),
  },
  { id: 'P-LIT.reconsideration', left: ['review.reconsideration.total'], right: ['upheld', 'corrected', 'other'].map((k) => `review.reconsideration.${k}`) },
  { id: 'P-LIT.litigation', left: ['review.litigation.total'], right: ['upheld', 'corrected', 'other'].map((k) => `review.litigation.${k}`) },
  { id: 'P-STAFF', left: ['capacity.staff'], right: ['capacity.staff_full_time', 'capacity.staff_part_time'] },
];

/** 其中 ≤ its parent: runs on any old report, a table's rows cannot show it. */
const P_SUB: Check = { id: 'P-SUB.normative_docs', left: ['proactive.normative_docs'], right: ['proactive.total'] };

/** Proactive total vs its channels (P-CHAN), over the channels the report states. */
export const CHANNEL_KEYS = ['gazette', 'website', 'weibo', 'wechat', 'other'].map((c) => `proactive.via.${c}`);

export function checksFor(template: Template): Check[] {
  if (isGovTemplate(template)) return govChecks(template);
  // a statistics table checks these on its rows (stat-table.ts), where keyless sub-rows count too
  return template === 'stat2008' ? [P_SUB] : [...PROSE_CHECKS, P_SUB];
}
