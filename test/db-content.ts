// What a run loads, without its bookkeeping (run ids, timestamps): two databases with equal
// content hold the same files, reports, figures and findings. Shared by the crash tests.
import Database from 'better-sqlite3';

export function content(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    // killed before the schema was created: an empty database
    if (!db.prepare(`SELECT 1 FROM sqlite_schema WHERE name = 'source_files'`).get()) return { files: [], reports: [], metrics: [], issues: [] };
    return {
      files: db.prepare('SELECT path, sha256, bytes, format, status, error, parser_version, present FROM source_files ORDER BY path').all(),
      reports: db
        .prepare(
          'SELECT f.path, r.template, r.body_name, r.report_year, r.region_code, r.scope FROM reports r JOIN source_files f ON f.id = r.source_file_id ORDER BY f.path',
        )
        .all(),
      metrics: db
        .prepare(
          'SELECT f.path, m.key, m.value, m.snippet, m.offset, m.rule, m.flags FROM metric_values m JOIN reports r ON r.id = m.report_id JOIN source_files f ON f.id = r.source_file_id ORDER BY f.path, m.key',
        )
        .all(),
      issues: db
        .prepare(
          'SELECT f.path, i.code, i.check_id, i.message FROM validation_issues i JOIN reports r ON r.id = i.report_id JOIN source_files f ON f.id = r.source_file_id ORDER BY 1, 2, 3, 4',
        )
        .all(),
    };
  } finally {
    db.close();
  }
}

export type Content = ReturnType<typeof content>;

/** Rows per file path. */
export const countBy = (rows: unknown[]) => {
  const m = new Map<string, number>();
  for (const r of rows as Array<{ path: string }>) m.set(r.path, (m.get(r.path) ?? 0) + 1);
  return m;
};

/** Every report in `after` has exactly the figures and findings it has in `clean`: none is partial. */
export function partialReports(after: Content, clean: Content): string[] {
  const figures = countBy(clean.metrics);
  const issues = countBy(clean.issues);
  const got = countBy(after.metrics);
  const gotIssues = countBy(after.issues);
  return (after.reports as Array<{ path: string }>)
    .map((r) => r.path)
    .filter((p) => (got.get(p) ?? 0) !== (figures.get(p) ?? 0) || (gotIssues.get(p) ?? 0) !== (issues.get(p) ?? 0));
}
