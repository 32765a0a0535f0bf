// Copies of one report (a portal page and a crawler's text dump, a DOCX and its PDF) are
// recognised by content, never by file name: same body and year, and the same figures or
// the same prose. Each group of copies gets the file id of its primary copy, the most
// complete one (most figures, fewest unread rows, fewest failing checks; then HTML/DOCX
// before PDF before plain text; then the path, so a tie is decided the same way every run).
// Exactly one report per body and year is primary; a second, different report of the same
// body and year is kept, not primary, with a finding that names both files. Recomputed for
// the whole database after each run that changed anything, like the cross-year check.
import type { DB } from './db.js';
import { sameReport, type Candidate } from './same-report.js';

/** HTML and Word first: they keep the tables as tables; a crawler's text dump often loses them. */
const FORMAT_RANK: Record<string, number> = { html: 0, docx: 0, doc: 0, pdf: 1, text: 2, image: 3 };

/** Findings that say part of a report was not read. */
const UNREAD = ['ambiguous_glued_row', 'table_incomplete', 'table_missing'];

/** A present report with a body, as the page query reads it: enough to see whether it stands alone. */
interface Member {
  id: number;
  file_id: number;
  body_id: string;
  report_year: number | null;
  copy_group: number | null;
  is_primary: number;
}

/** A report in a body-year with more than one: what ranks it and what compares it. */
interface Row extends Member, Omit<Candidate, 'figures'> {
  path: string;
  format: string;
  figures: number;
  unread: number;
  failing: number;
}

const better = (a: Row, b: Row) =>
  b.figures - a.figures ||
  a.unread - b.unread ||
  a.failing - b.failing ||
  (FORMAT_RANK[a.format] ?? 1) - (FORMAT_RANK[b.format] ?? 1) ||
  (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Groups of mutually matching copies (union-find over the pairs that match). */
function groupsOf(rows: Row[], figuresOf: (id: number) => Map<string, number>): Row[][] {
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      if (find(i) !== find(j) && sameReport({ ...rows[i]!, figures: figuresOf(rows[i]!.id) }, { ...rows[j]!, figures: figuresOf(rows[j]!.id) }))
        parent[find(j)] = find(i);
    }
  }
  const out = new Map<number, Row[]>();
  rows.forEach((r, i) => out.set(find(i), [...(out.get(find(i)) ?? []), r]));
  return [...out.values()].map((g) => g.sort(better));
}

/**
 * Bodies read per page. The database is walked a page of bodies at a time (a group never
 * spans two bodies), so memory does not grow with it: read whole, 100,000 reports held
 * 150 MB of heap at the end of a run, its peak.
 */
export const BODIES_PER_PAGE = 2000;

export function refreshCopies(db: DB, bodiesPerPage = BODIES_PER_PAGE): { groups: number; copies: number; conflicts: number } {
  // the next page's bodies (reports_body index); then their present reports, a body-year's together
  const nextBodies = db.prepare('SELECT DISTINCT body_id FROM reports WHERE body_id > ? ORDER BY body_id LIMIT ?').pluck();
  const members = db.prepare(
    `SELECT r.id, f.id AS file_id, r.body_id, r.report_year, r.copy_group, r.is_primary
     FROM reports r JOIN source_files f ON f.id = r.source_file_id
     WHERE f.present = 1 AND r.body_id BETWEEN ? AND ?
     ORDER BY r.body_id, r.report_year`,
  );
  // what ranks and compares a report: only for a body-year with several (most have one)
  const detail = db.prepare(
    `SELECT r.template, r.fingerprint, f.path, f.format,
       -- figures, not metric_values: SQLite keeps a view's unused joins under COUNT
       (SELECT COUNT(*) FROM figures m WHERE m.report_id = r.id) AS figures,
       (SELECT COUNT(*) FROM validation_issues i WHERE i.report_id = r.id AND i.code IN (${UNREAD.map(() => '?').join(',')})) AS unread,
       (SELECT c.failing_checks FROM v_report_checks c WHERE c.report_id = r.id) AS failing
     FROM reports r JOIN source_files f ON f.id = r.source_file_id WHERE r.id = ?`,
  );
  const figures = db.prepare('SELECT key, value FROM metric_values WHERE report_id = ?');
  const cache = new Map<number, Map<string, number>>();
  const figuresOf = (id: number) => {
    let m = cache.get(id);
    if (!m) cache.set(id, (m = new Map((figures.all(id) as Array<{ key: string; value: number }>).map((x) => [x.key, x.value]))));
    return m;
  };
  const setGroup = db.prepare('UPDATE reports SET copy_group = ?, is_primary = ? WHERE id = ?');
  // only what changes is written: a nightly run over a settled database writes almost nothing
  const place = (r: Member, group: number, primary: 0 | 1) => {
    if (r.copy_group !== group || r.is_primary !== primary) setGroup.run(group, primary, r.id);
  };
  const clearFindings = db.prepare(`DELETE FROM validation_issues WHERE code = 'same_body_year'`);
  const finding = db.prepare(`INSERT INTO validation_issues (report_id, code, severity, message) VALUES (?, 'same_body_year', 'warning', ?)`);
  let groups = 0,
    copies = 0,
    conflicts = 0;
  /** One body-year's reports (or one report without a year): its groups, primary first. */
  const settle = (same: Member[]) => {
    if (same.length === 1) {
      groups++;
      return place(same[0]!, same[0]!.file_id, 1);
    }
    const rows = same.map((m) => ({ ...m, ...(detail.get(...UNREAD, m.id) as Omit<Row, keyof Member>) }));
    const found = groupsOf(rows, figuresOf).sort((a, b) => better(a[0]!, b[0]!));
    found.forEach((g, n) => {
      groups++;
      copies += g.length - 1;
      g.forEach((r, k) => place(r, g[0]!.file_id, n === 0 && k === 0 ? 1 : 0));
      if (n > 0) {
        conflicts += g.length;
        for (const r of g)
          finding.run(
            r.id,
            `${r.path} and ${found[0]![0]!.path} are both ${r.body_id}'s report of ${r.report_year}, with different figures or text; only the second counts in the rollups`,
          );
      }
    });
    cache.clear();
  };
  db.transaction(() => {
    clearFindings.run();
    // files no longer present are in no group and count nowhere
    db.prepare(`UPDATE reports SET copy_group = NULL, is_primary = 0 WHERE source_file_id IN (SELECT id FROM source_files WHERE present = 0)`).run();
    for (let after = ''; ;) {
      const bodies = nextBodies.all(after, bodiesPerPage) as string[];
      if (!bodies.length) break;
      after = bodies[bodies.length - 1]!;
      const rows = members.all(bodies[0], after) as Member[];
      for (let i = 0; i < rows.length;) {
        let j = i + 1;
        // a report without a year stands alone
        while (j < rows.length && rows[i]!.report_year !== null && rows[j]!.body_id === rows[i]!.body_id && rows[j]!.report_year === rows[i]!.report_year) j++;
        settle(rows.slice(i, j));
        i = j;
      }
    }
  })();
  return { groups, copies, conflicts };
}

/** The counts refreshCopies gave, read back from the database (for a run that changed nothing). */
export function copyCounts(db: DB): { groups: number; copies: number; conflicts: number } {
  const r = db
    .prepare(
      `SELECT COUNT(DISTINCT r.copy_group) AS groups, COUNT(*) - COUNT(DISTINCT r.copy_group) AS copies,
         (SELECT COUNT(DISTINCT report_id) FROM validation_issues WHERE code = 'same_body_year') AS conflicts
       FROM reports r JOIN source_files f ON f.id = r.source_file_id WHERE f.present = 1 AND r.copy_group IS NOT NULL`,
    )
    .get() as { groups: number; copies: number; conflicts: number };
  return r;
}
