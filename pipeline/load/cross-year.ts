// Cross-year identity T3-X (FORMATS.md §6.1): this year's 上年结转 equals the same body's
// previous-year 结转下年度继续办理, per applicant column, when both reports are loaded.
// Bodies are paired by body_id (region + organ), each year by its primary report.
// Recomputed for the whole database after each run (a new report can complete a pair), so
// a re-run on unchanged files leaves the same rows.
import { severityOf } from '../transform/checks/spec.js';
import type { DB } from './db.js';

const PREFIX_OVER = 'applications.carried_over.';
const PREFIX_FORWARD = 'applications.carried_forward.';

export function refreshCrossYearChecks(db: DB): number {
  return db.transaction(() => {
    // ranges rather than LIKE or substr(): they use the indexes
    db.prepare(`DELETE FROM validation_issues WHERE check_id >= 'T3-X.' AND check_id < 'T3-X/'`).run();
    const info = db
      .prepare(
        `INSERT INTO validation_issues (report_id, code, severity, check_id, message, expression, left_value, right_value, delta, cells)
         SELECT DISTINCT cur.id, 'cross_year_mismatch', @severity,
           'T3-X.' || substr(mc.key, length(@over) + 1),
           printf('%s: %g carried over into %d, but the %d report of %s carried forward %g', mc.key, mc.value, cur.report_year,
                  prev.report_year, prev.body_name, mp.value),
           mc.key || ' (' || cur.report_year || ') = ' || mp.key || ' (' || prev.report_year || ')',
           mc.value, mp.value, mc.value - mp.value,
           json_array(mc.key, mp.key)
         FROM reports cur
         JOIN source_files cf ON cf.id = cur.source_file_id AND cf.present = 1
         JOIN metric_values mc ON mc.report_id = cur.id AND mc.key >= @over AND mc.key < @over || '~'
         JOIN reports prev ON prev.body_id = cur.body_id AND prev.report_year = cur.report_year - 1 AND prev.is_primary = 1
           AND prev.template IN ('gov2019', 'gov2021')
         JOIN metric_values mp ON mp.report_id = prev.id AND mp.key = @forward || substr(mc.key, length(@over) + 1)
         WHERE mc.value != mp.value
         ORDER BY cur.id, mc.key`,
      )
      .run({ over: PREFIX_OVER, forward: PREFIX_FORWARD, severity: severityOf('T3-X') });
    return info.changes;
  })();
}
