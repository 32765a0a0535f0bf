// `disclosure status` names a report's broken identity by its figures: in English the check's
// long key expression keeps its head and its end (where the figures are); with --lang zh it
// reads as a Chinese reader writes it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase, DEV_RAW, type Built } from '../build-db.js';
import { ROOT } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
const status = (db: string, ...args: string[]) => spawnSync(process.execPath, [BIN, 'status', '--db', db, ...args], { cwd: ROOT, encoding: 'utf8' });

let src: string;
let built: Built;
beforeAll(async () => {
  // 平潭综合实验区 2020: its 表三 办理结果 does not add up as published
  src = mkdtempSync(path.join(os.tmpdir(), 'disclosure-status-lang-'));
  copyFileSync(path.join(DEV_RAW, 'pt2020_syq.html'), path.join(src, 'pt2020_syq.html'));
  built = await buildDatabase([src]);
}, 60_000);
afterAll(() => {
  built.dispose();
  rmSync(src, { recursive: true, force: true });
});

describe('disclosure status: reports needing attention', () => {
  it('keeps the figures of a long check in English', () => {
    const r = status(built.dbFile);
    expect(r.stdout).toMatch(/T3-RES\.\w+: applications\.handled\.\w+ = .{20,} … .*fails \(\d+ vs \d+\)/);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(200);
  });

  it('--lang zh words it in Chinese', () => {
    const r = status(built.dbFile, '--lang', 'zh');
    expect(r.stdout).toContain('勾稽关系不符：表三（自然人列）办理结果合计 20 ≠ 分项之和 26');
    expect(r.stdout).not.toMatch(/applications\.handled/);
  });
});
