// Runs the identity checks on a report's figures and records each failure with its
// expression, both sides, the delta and the cells involved. A check whose cells are not
// all present is not assessable and is skipped.
import type { MetricSet } from './metric-set.js';
import type { Template, ValidationIssue } from './report.js';
import { CHANNEL_KEYS, checksFor, type Check } from './rules/checks.js';

const sum = (set: MetricSet, keys: string[]) => keys.reduce((acc, k) => acc + (set.get(k) ?? 0), 0);
const fmt = (keys: string[]) => keys.join(' + ');

function failure(c: Check, left: number, right: number, code: string): ValidationIssue {
  const op = c.op === 'le' ? '≤' : '=';
  return {
    code,
    severity: c.kind === 'hard' ? 'error' : 'warning',
    check: c.id,
    message: `${c.id}: ${fmt(c.left)} ${op} ${fmt(c.right)} fails (${left} vs ${right})`,
    expression: `${fmt(c.left)} ${op} ${fmt(c.right)}`,
    left,
    right,
    delta: Math.round((left - right) * 100) / 100,
    cells: [...c.left, ...c.right],
  };
}

export function runChecks(set: MetricSet, template: Template): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const c of checksFor(template)) {
    if (![...c.left, ...c.right].every((k) => set.has(k))) continue;
    const left = sum(set, c.left);
    const right = sum(set, c.right);
    const ok = c.op === 'le' ? left <= right + 0.005 : Math.abs(left - right) < 0.005;
    // cells were read as printed, so a failure is the publisher's table, not our parse
    if (!ok) issues.push(failure(c, left, right, 'source_inconsistent'));
  }
  // the prose's channel counts vs its total; a statistics table checks its own (P-TAB.proactive),
  // and text counts beside a table (all departments' 微博 posts) are not its channels
  if (template === 'narrative') {
    const present = CHANNEL_KEYS.filter((k) => set.has(k));
    if (set.has('proactive.total') && present.length >= 2) {
      const c: Check = { id: 'P-CHAN', kind: 'soft', left: ['proactive.total'], right: present };
      const left = sum(set, c.left);
      const right = sum(set, c.right);
      if (Math.abs(left - right) >= 0.005) issues.push(failure(c, left, right, 'source_inconsistent'));
    }
  }
  return issues;
}
