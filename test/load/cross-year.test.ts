// T3-X: this year's 上年结转 equals the same body's previous-year 结转下年度继续办理.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { openDatabase } from '../../pipeline/load/db.js';
import { DEV } from '../helpers.js';

async function crossYearIssues(alter: boolean) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-x-'));
  const input = path.join(dir, 'raw');
  mkdirSync(input);
  copyFileSync(path.join(DEV, 'raw', 'pt2021_syq.txt'), path.join(input, 'pt2021_syq.txt'));
  const y2022 = readFileSync(path.join(DEV, 'raw', 'pt2022_syq.txt'), 'utf8');
  // 2021 carried 1 application (自然人) forward; the altered 2022 says it carried over 2
  writeFileSync(
    path.join(input, 'pt2022_syq.txt'),
    alter ? y2022.replace('上年结转政府信息公开申请数量 1000001', '上年结转政府信息公开申请数量 2000002') : y2022,
  );
  const db = openDatabase(path.join(dir, 'd.sqlite'));
  try {
    await runPipeline(db, { input, full: false, concurrency: 1, log: pino({ level: 'silent' }) });
    return db.prepare(`SELECT check_id, left_value, right_value, delta FROM validation_issues WHERE code = 'cross_year_mismatch' ORDER BY check_id`).all();
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('cross-year check T3-X', () => {
  it('passes on the published 平潭 2021 → 2022 pair', async () => {
    expect(await crossYearIssues(false)).toEqual([]);
  });

  it('records each column that does not carry over', async () => {
    expect(await crossYearIssues(true)).toEqual([
      { check_id: 'T3-X.natural_person', left_value: 2, right_value: 1, delta: 1 },
      { check_id: 'T3-X.total', left_value: 2, right_value: 1, delta: 1 },
    ]);
  });
});
