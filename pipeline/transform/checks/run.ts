// Runs the identity checks on a report's figures and records each failure with its
// expression, both sides, the delta and the cells involved. A check whose cells are not
// all present is not assessable and is skipped.
import type { MetricSet } from '../metric-set.js';
import { REGISTRY, SIGNED_KEY } from '../metrics/index.js';
import { isGovTemplate, type Template, type ValidationIssue } from '../report.js';
import { CHANNEL_KEYS, checksFor, type Check } from './instances.js';
import { holds, opSymbol, severityOf } from './spec.js';

const sum = (set: MetricSet, keys: string[]) => keys.reduce((acc, k) => acc + (set.get(k) ?? 0), 0);
const fmt = (keys: string[]) => keys.join(' + ');

function failure(c: Check, left: number, right: number): ValidationIssue {
  const op = opSymbol(c.id);
  return {
    // cells were read as printed, so a failure is the publisher's table, not our parse
    code: 'source_inconsistent',
    severity: severityOf(c.id),
    check: c.id,
    message: `${c.id}: ${fmt(c.left)} ${op} ${fmt(c.right)} fails (${left} vs ${right})`,
    expression: `${fmt(c.left)} ${op} ${fmt(c.right)}`,
    left,
    right,
    delta: Math.round((left - right) * 100) / 100,
    cells: [...c.left, ...c.right],
  };
}

/** T3-NN, T4-NN, T2-sign: a template cell is a whole count ≥ 0 (本年增/减 may be negative, money has fen). */
function signChecks(set: MetricSet): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const m of set.values()) {
    const table = REGISTRY.get(m.key)?.table;
    const id = table === 't3' ? 'T3-NN' : table === 't4' ? 'T4-NN' : table === 't2' ? 'T2-sign' : undefined;
    if (!id) continue;
    const whole = table === 't2' && REGISTRY.get(m.key)!.money ? true : Number.isInteger(m.value);
    if ((m.value >= 0 || SIGNED_KEY.test(m.key)) && whole) continue;
    out.push({
      code: 'source_inconsistent',
      severity: severityOf(id),
      check: `${id}.${m.key}`,
      message: `${id}: ${m.key} is ${m.value}, not a whole count ≥ 0`,
      expression: `${m.key} ≥ 0`,
      left: m.value,
      right: 0,
      delta: m.value,
      cells: [m.key],
    });
  }
  return out;
}

export function runChecks(set: MetricSet, template: Template): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const c of checksFor(template)) {
    if (![...c.left, ...c.right].every((k) => set.has(k))) continue;
    const left = sum(set, c.left);
    const right = sum(set, c.right);
    if (!holds(c.id, left, right)) issues.push(failure(c, left, right));
  }
  // the prose's channel counts vs its total (P-CHAN: an item on several channels counts once
  // in the total); a statistics table checks its own rows, and text counts beside a table
  // (all departments' 微博 posts) are not its channels
  if (template === 'narrative') {
    const present = CHANNEL_KEYS.filter((k) => set.has(k));
    if (set.has('proactive.total') && present.length >= 2) {
      const c: Check = { id: 'P-CHAN', left: ['proactive.total'], right: present };
      const left = sum(set, c.left);
      const right = sum(set, c.right);
      if (!holds(c.id, left, right)) issues.push(failure(c, left, right));
    }
  }
  if (isGovTemplate(template)) issues.push(...signChecks(set));
  return issues;
}
