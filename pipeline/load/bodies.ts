// The bodies table and every name each body was printed under, rebuilt from the present
// reports (v_report_primary, which also counts the primary ones) after each run that changed
// anything (one GROUP BY each: cheaper than keeping them right report by report, and a re-run
// on the same files gives the same rows).
import type { DB } from './db.js';

/** One row a body; exported for the test of its query plan (test/load/bodies.test.ts). */
export const BODIES = `INSERT INTO bodies (body_id, name, organ, kind, level, region_code_current, province_current, prefecture_current, county_current,
           first_year, last_year, reports)
         SELECT r.body_id,
           -- the full name of its latest primary report (a body renamed 县 → 市 goes by its new name)
           -- (the stored is_primary: just settled by load/copies.ts; a correlated subquery over
           -- v_report_primary would compute its window once per body)
           (SELECT COALESCE(x.body_full_name, x.body_name) FROM reports x JOIN source_files xf ON xf.id = x.source_file_id
             WHERE x.body_id = r.body_id AND xf.present = 1 ORDER BY x.is_primary DESC, x.report_year DESC, x.id DESC LIMIT 1),
           MAX(r.organ), MAX(r.body_kind), MAX(r.body_level), MAX(r.region_code_current), MAX(r.province_current), MAX(r.prefecture_current),
           MAX(r.county_current), MIN(r.report_year), MAX(r.report_year), SUM(p.is_primary)
         FROM v_report_primary p JOIN reports r ON r.id = p.report_id
         WHERE r.body_id IS NOT NULL
         GROUP BY r.body_id`;

export function refreshBodies(db: DB): number {
  return db.transaction(() => {
    db.prepare('DELETE FROM body_aliases').run();
    db.prepare('DELETE FROM bodies').run();
    const n = db.prepare(BODIES).run().changes;
    db.prepare(
      `INSERT INTO body_aliases (body_id, name, first_year, last_year, reports)
       SELECT body_id, name, MIN(report_year), MAX(report_year), COUNT(*)
       FROM (SELECT r.body_id, r.body_name AS name, r.report_year FROM reports r JOIN source_files f ON f.id = r.source_file_id
               WHERE f.present = 1 AND r.body_id IS NOT NULL AND r.body_name IS NOT NULL
             UNION ALL
             SELECT r.body_id, r.body_full_name, r.report_year FROM reports r JOIN source_files f ON f.id = r.source_file_id
               WHERE f.present = 1 AND r.body_id IS NOT NULL AND r.body_full_name IS NOT NULL AND r.body_full_name <> r.body_name
             UNION ALL
             SELECT r.body_id, r.body_name_printed, r.report_year FROM reports r JOIN source_files f ON f.id = r.source_file_id
               WHERE f.present = 1 AND r.body_id IS NOT NULL AND r.body_name_printed IS NOT NULL AND r.body_name_printed <> r.body_name)
       GROUP BY body_id, name`,
    ).run();
    return n;
  })();
}
