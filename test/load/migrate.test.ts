import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, sqlDir } from '../../pipeline/load/migrate.js';

describe('migrations', () => {
  it('applies every migration once, records it, and sets user_version', () => {
    const db = new Database(':memory:');
    const n = migrate(db);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(migrate(db)).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(n);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table','view') ORDER BY name`).all() as Array<{ name: string }>).map(
      (r) => r.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining(['runs', 'source_files', 'reports', 'metric_values', 'validation_issues', 'v_report_headline', 'v_yearly_comparison']),
    );
  });

  it('refuses a migration edited after it was applied', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mig-'));
    const sql = path.join(dir, 'sql');
    cpSync(sqlDir(), sql, { recursive: true });
    const db = new Database(':memory:');
    migrate(db, sql);
    writeFileSync(path.join(sql, '002_views.sql'), '-- edited\n');
    expect(() => migrate(db, sql)).toThrow(/edited after it was applied/);
    rmSync(dir, { recursive: true, force: true });
  });
});
