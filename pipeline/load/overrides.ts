// The override rules the last run applied, kept so the next run can tell which rules changed
// (added, removed or edited) and reprocess exactly the files those rules match.
import type { RegionOverride } from '../transform/index.js';
import type { DB } from './db.js';

type StoredRule = Pick<RegionOverride, 'match' | 'kind' | 'code' | 'note' | 'source'>;

export function storedOverrides(db: DB): StoredRule[] {
  return db.prepare('SELECT match, kind, region_code AS code, note, source FROM region_overrides ORDER BY position').all() as StoredRule[];
}

export function saveOverrides(db: DB, rules: readonly StoredRule[]): void {
  db.transaction(() => {
    db.prepare('DELETE FROM region_overrides').run();
    const ins = db.prepare('INSERT INTO region_overrides (position, match, kind, region_code, note, source) VALUES (?, ?, ?, ?, ?, ?)');
    rules.forEach((r, i) => ins.run(i, r.match, r.kind, r.code, r.note, r.source));
  })();
}

/** Rules present on one side only, or whose target changed: the ones whose files must be redone. */
export function changedRules(before: readonly StoredRule[], after: readonly StoredRule[]): StoredRule[] {
  const key = (r: StoredRule) => `${r.kind}\u0000${r.match}\u0000${r.code}`;
  const a = new Set(before.map(key));
  const b = new Set(after.map(key));
  const order = (rs: readonly StoredRule[]) => rs.map((r) => `${r.kind}\u0000${r.match}`).join('\n');
  // a reordering changes which rule wins: every rule counts as changed
  if (a.size === b.size && [...a].every((k) => b.has(k)) && order(before) !== order(after)) return [...before, ...after];
  return [...before.filter((r) => !b.has(key(r))), ...after.filter((r) => !a.has(key(r)))];
}

/** Loaded reports with what an override rule can match: the path and the body names. */
export function reportIdentities(db: DB): Array<{ path: string; body_name: string | null; body_short_name: string | null; body_name_printed: string | null }> {
  return db
    .prepare(
      `SELECT f.path, r.body_name, r.body_short_name, r.body_name_printed FROM source_files f LEFT JOIN reports r ON r.source_file_id = f.id WHERE f.present = 1`,
    )
    .all() as Array<{ path: string; body_name: string | null; body_short_name: string | null; body_name_printed: string | null }>;
}
