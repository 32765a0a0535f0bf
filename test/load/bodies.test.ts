// One body, one series, one place (issue 14): bodies are region + organ, never a name; copies
// of one report are grouped by content and the most complete one is primary; rollups say
// what they used; the map is the report year's or today's.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODIES } from '../../pipeline/load/bodies.js';
import { runPipeline } from '../../pipeline/run/index.js';
import { refreshCopies } from '../../pipeline/load/copies.js';
import { openDatabase, type DB } from '../../pipeline/load/db.js';
import { writeExports } from '../../pipeline/load/export/index.js';
import { DEV } from '../helpers.js';

const silent = pino({ level: 'silent' });
let dir: string;
let input: string;
let db: DB;

const run = () => runPipeline(db, { input, full: false, concurrency: 2, log: silent });

/** A township's short prose report, signed with its name only; the address says where it is. */
function townshipReport(name: string, address: string, phone: string, proactive: number, received: number): string {
  return [
    `${name}2023年政府信息公开工作年度报告`,
    `本报告根据《中华人民共和国政府信息公开条例》要求，由${name}编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。`,
    `一、概述`,
    `2023年，我镇认真贯彻落实政府信息公开各项工作要求，全年主动公开政府信息${proactive}条。`,
    `二、依申请公开情况`,
    `全年共收到政府信息公开申请${received}件，均已按时答复。`,
    `三、收费及减免情况`,
    `全年未收取任何费用。`,
    `如对本报告有任何疑问，请联系${name}党政办公室，地址：${address}，电话：${phone}。`,
    name,
    `2024年1月20日`,
  ].join('\n');
}

function countyReport(name: string, year: number, proactive: number): string {
  return [
    `${name}${year}年政府信息公开工作年度报告`,
    `本报告由${name}办公室根据《中华人民共和国政府信息公开条例》要求编制。统计期限自${year}年1月1日起至${year}年12月31日止。`,
    `一、概述`,
    `${year}年，全年主动公开政府信息${proactive}条。`,
    `二、依申请公开情况`,
    `全年共收到政府信息公开申请3件，均已按时答复。`,
    name,
    `${year + 1}年1月15日`,
  ].join('\n');
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-bodies-'));
  input = path.join(dir, 'raw');
  mkdirSync(input);
  db = openDatabase(path.join(dir, 'db.sqlite'));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('two townships of one name', () => {
  beforeEach(() => {
    writeFileSync(path.join(input, 'a.txt'), townshipReport('城关镇人民政府', '河南省洛阳市孟津区城关镇新安路1号', '0379-67912345', 120, 5));
    writeFileSync(path.join(input, 'b.txt'), townshipReport('城关镇人民政府', '甘肃省临夏回族自治州和政县城关镇解放路2号', '0930-5512345', 80, 2));
  });

  it('are two bodies in two provinces, in every view and CSV', async () => {
    await run();
    const reports = db
      .prepare(`SELECT body_id, body_name, body_full_name, body_name_printed, region_code, province, is_primary FROM reports ORDER BY region_code`)
      .all() as Array<Record<string, string | number>>;
    expect(reports).toHaveLength(2);
    expect(reports.map((r) => r.province)).toEqual(['河南省', '甘肃省']);
    expect(String(reports[0]!.region_code)).toMatch(/^410308/);
    expect(String(reports[1]!.region_code)).toMatch(/^622925/);
    expect(new Set(reports.map((r) => r.body_id)).size).toBe(2);
    // the name as printed is kept; the full name adds the county and city the signature left out
    expect(reports.map((r) => [r.body_name, r.body_name_printed])).toEqual([
      ['城关镇人民政府', '城关镇人民政府'],
      ['城关镇人民政府', '城关镇人民政府'],
    ]);
    expect(reports[0]!.body_full_name).toMatch(/孟津区城关镇人民政府$/);
    expect(reports[1]!.body_full_name).toMatch(/和政县城关镇人民政府$/);
    expect(reports.every((r) => r.is_primary === 1)).toBe(true);

    const series = db.prepare(`SELECT body_id, value FROM v_yearly_comparison WHERE key = 'proactive.total' ORDER BY value`).all();
    expect(series).toEqual([expect.objectContaining({ value: 80 }), expect.objectContaining({ value: 120 })]);
    const provinces = db
      .prepare(
        `SELECT region_code, province, value, reports, bodies, basis FROM v_region_year WHERE level = 'province' AND key = 'proactive.total' ORDER BY region_code`,
      )
      .all();
    expect(provinces).toEqual([
      { region_code: '410000', province: '河南省', value: 120, reports: 1, bodies: 1, basis: 'sum' },
      { region_code: '620000', province: '甘肃省', value: 80, reports: 1, bodies: 1, basis: 'sum' },
    ]);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM bodies`).get()).toEqual({ n: 2 });

    const out = path.join(dir, 'out');
    writeExports(db, out);
    const lines = (f: string) => readFileSync(path.join(out, f), 'utf8').trim().split('\n').slice(1);
    expect(lines('yearly_comparison.csv')).toHaveLength(2);
    expect(lines('bodies.csv')).toHaveLength(2);
    expect(lines('reports.csv')).toHaveLength(2);
    expect(lines('region_year.csv').filter((l) => l.startsWith('province,') && l.includes('proactive.total'))).toHaveLength(2);
  });
});

describe('a portal page and its text dump', () => {
  beforeEach(() => {
    for (const f of ['pt2019_syq.html', 'pt2019_syq.txt', 'pt2020_syq.html', 'pt2020_syq.txt', 'pt2013_syq.html', 'pt2013_xian.html'])
      copyFileSync(path.join(DEV, 'raw', f), path.join(input, f));
  });

  const rows = () =>
    db
      .prepare(
        `SELECT f.path, r.body_id, r.report_year, r.copy_group, r.is_primary FROM reports r JOIN source_files f ON f.id = r.source_file_id ORDER BY f.path`,
      )
      .all() as Array<{
      path: string;
      body_id: string;
      report_year: number;
      copy_group: number;
      is_primary: number;
    }>;
  const of = (name: string) => rows().find((r) => path.basename(r.path) === name)!;

  it('are one report: one group, the page primary (the dump lost 表二), whatever the file names', async () => {
    await run();
    for (const y of [2019, 2020]) {
      const page = of(`pt${y}_syq.html`),
        dump = of(`pt${y}_syq.txt`);
      expect(page.copy_group).toBe(dump.copy_group);
      expect(page.body_id).toBe(dump.body_id);
      expect([page.is_primary, dump.is_primary]).toEqual([1, 0]);
    }
    // another year, or another body at the same place (the county and the zone in 2013), is another group
    expect(of('pt2019_syq.html').copy_group).not.toBe(of('pt2020_syq.html').copy_group);
    expect(of('pt2013_syq.html').body_id).not.toBe(of('pt2013_xian.html').body_id);
    expect(of('pt2013_xian.html').body_id).toBe('350128:人民政府');
    expect(of('pt2013_syq.html').is_primary).toBe(1);
    // one series for the zone, a report a year
    const years = db
      .prepare(`SELECT report_year FROM v_yearly_comparison WHERE body_id = ? AND key = 'applications.received' ORDER BY 1`)
      .all(of('pt2019_syq.html').body_id);
    expect(years).toEqual([{ report_year: 2013 }, { report_year: 2019 }, { report_year: 2020 }]);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM v_report_headline`).get()).toEqual({ n: 6 });
    expect(db.prepare(`SELECT SUM(is_primary) AS n FROM v_report_headline`).get()).toEqual({ n: 4 });
  });

  it('are grouped the same when the database is walked one body at a time, and a settled database is not written again', async () => {
    // a second, different report of the county's 2013: kept, not primary, with a finding naming both files
    writeFileSync(path.join(input, 'pt2013_xian_other.txt'), countyReport('平潭县人民政府', 2013, 77));
    await run();
    const settled = () => ({
      rows: rows(),
      findings: db.prepare(`SELECT report_id, message FROM validation_issues WHERE code = 'same_body_year' ORDER BY 1`).all(),
    });
    const whole = settled();
    expect(whole.findings).toHaveLength(1);
    expect(whole.rows.filter((r) => r.report_year === 2013 && r.body_id === '350128:人民政府').map((r) => r.is_primary)).toEqual([1, 0]);
    db.exec(`UPDATE reports SET copy_group = NULL, is_primary = 0; DELETE FROM validation_issues WHERE code = 'same_body_year'`);
    expect(refreshCopies(db, 1)).toEqual({ groups: 5, copies: 2, conflicts: 1 });
    expect(settled()).toEqual(whole);
    // nothing changed since: the only writes are the findings, deleted and written again
    const changes = () => db.prepare('SELECT total_changes() AS n').pluck().get() as number;
    const before = changes();
    refreshCopies(db);
    expect(changes() - before).toBe(2 * whole.findings.length);
  });

  it('leave every view the same way when the primary copy goes missing: the dump takes its place', async () => {
    await run();
    const before = db.prepare(`SELECT value FROM v_region_year WHERE level = 'county' AND report_year = 2019 AND key = 'applications.received'`).get();
    unlinkSync(path.join(input, 'pt2019_syq.html'));
    await run();
    expect(of('pt2019_syq.txt').is_primary).toBe(1);
    expect(of('pt2019_syq.html')).toMatchObject({ is_primary: 0, copy_group: null });
    for (const v of ['v_report_headline', 'v_data_quality', 'v_provenance', 'v_applications', 'v_review']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${v} WHERE file LIKE '%pt2019_syq.html'`).get(), v).toEqual({ n: 0 });
    }
    // the same figure, now from the dump
    expect(db.prepare(`SELECT value FROM v_region_year WHERE level = 'county' AND report_year = 2019 AND key = 'applications.received'`).get()).toEqual(before);
    // and back: the page is read again (or found unchanged) and is primary again
    copyFileSync(path.join(DEV, 'raw', 'pt2019_syq.html'), path.join(input, 'pt2019_syq.html'));
    const back = await run();
    expect(back.counts.files_unchanged).toBe(6);
    expect([of('pt2019_syq.html').is_primary, of('pt2019_syq.txt').is_primary]).toEqual([1, 0]);
  });
});

describe('the map as it was', () => {
  it('puts 邵东县 2018 at 430521 and 邵东市 2020 at 430582, one body on both maps', async () => {
    writeFileSync(path.join(input, 'sd2018.txt'), countyReport('邵东县人民政府', 2018, 500));
    writeFileSync(path.join(input, 'sd2020.txt'), countyReport('邵东市人民政府', 2020, 700));
    await run();
    const r = db.prepare(`SELECT report_year, region_code, region_code_current, county, body_id FROM reports ORDER BY report_year`).all();
    expect(r).toEqual([
      { report_year: 2018, region_code: '430521', region_code_current: '430582', county: '邵东县', body_id: '430582:人民政府' },
      { report_year: 2020, region_code: '430582', region_code_current: '430582', county: '邵东市', body_id: '430582:人民政府' },
    ]);
    const q = (view: string) =>
      db.prepare(`SELECT report_year, region_code, county, value FROM ${view} WHERE level = 'county' AND key = 'proactive.total' ORDER BY report_year`).all();
    expect(q('v_region_year')).toEqual([
      { report_year: 2018, region_code: '430521', county: '邵东县', value: 500 },
      { report_year: 2020, region_code: '430582', county: '邵东市', value: 700 },
    ]);
    expect(q('v_region_year_current')).toEqual([
      { report_year: 2018, region_code: '430582', county: '邵东市', value: 500 },
      { report_year: 2020, region_code: '430582', county: '邵东市', value: 700 },
    ]);
    // one series across the rename
    expect(db.prepare(`SELECT report_year, previous_value FROM v_yearly_comparison WHERE key = 'proactive.total' ORDER BY 1`).all()).toEqual([
      { report_year: 2018, previous_value: null },
      { report_year: 2020, previous_value: 500 },
    ]);
    expect(db.prepare(`SELECT name, aliases FROM v_bodies`).get()).toEqual({ name: '邵东市人民政府', aliases: '邵东县人民政府 / 邵东市人民政府' });
    // the CSV on either map
    const csv = (map: 'year' | 'current') => {
      writeExports(db, path.join(dir, map), { map });
      return readFileSync(path.join(dir, map, 'region_year.csv'), 'utf8')
        .split('\r\n')
        .filter((l) => l.startsWith('county,') && l.includes(',2018,proactive.total,'));
    };
    expect(csv('year')).toEqual([
      expect.stringMatching(
        /^county,430521,湖南省,邵阳市,邵东县,2018,proactive.total,500,consolidated|^county,430521,湖南省,邵阳市,邵东县,2018,proactive.total,500,sum/,
      ),
    ]);
    expect(csv('current')).toEqual([expect.stringMatching(/^county,430582,湖南省,邵阳市,邵东市,2018,proactive.total,500,/)]);
  });
});

describe('a regional rollup', () => {
  it("uses a county's consolidated report for the county, and does not add what it compiles", async () => {
    const consolidated = countyReport('和政县人民政府', 2018, 900).replace(
      '统计期限',
      '本报告由和政县人民政府办公室汇总各乡镇、县直各部门政府信息公开年度报告编制而成。统计期限',
    );
    writeFileSync(path.join(input, 'county.txt'), consolidated);
    writeFileSync(path.join(input, 'stats.txt'), countyReport('和政县统计局', 2018, 40));
    writeFileSync(
      path.join(input, 'town.txt'),
      townshipReport('城关镇人民政府', '甘肃省临夏回族自治州和政县城关镇解放路2号', '0930-5512345', 80, 2).replaceAll('2023年', '2018年'),
    );
    writeFileSync(path.join(input, 'zone.txt'), countyReport('临夏州经济开发区管委会', 2018, 7));
    await run();
    const scope = db.prepare(`SELECT body_kind, body_level, scope, region_code FROM reports ORDER BY body_kind, body_level`).all();
    expect(scope).toEqual(
      expect.arrayContaining([
        { body_kind: 'government', body_level: 'county', scope: 'consolidated', region_code: '622925' },
        { body_kind: 'department', body_level: 'department', scope: 'organ', region_code: '622925' },
        { body_kind: 'government', body_level: 'township', scope: 'organ', region_code: '622925100' },
      ]),
    );
    const q = db
      .prepare(
        `SELECT level, region_code, value, basis, reports, bodies, consolidated, reports_in_region FROM v_region_year WHERE key = 'proactive.total' ORDER BY level, region_code`,
      )
      .all();
    expect(q).toEqual([
      // the county: its own compilation, which holds the bureau's and the town's figures
      { level: 'county', region_code: '622925', value: 900, basis: 'consolidated', reports: 1, bodies: 1, consolidated: 1, reports_in_region: 3 },
      // the prefecture: the county's compilation plus the zone's own report
      { level: 'prefecture', region_code: '622900', value: 907, basis: 'sum', reports: 2, bodies: 2, consolidated: 1, reports_in_region: 4 },
      { level: 'province', region_code: '620000', value: 907, basis: 'sum', reports: 2, bodies: 2, consolidated: 1, reports_in_region: 4 },
    ]);
  });
});

describe('the bodies query plan', () => {
  it('finds a body’s latest name through that body’s reports, never by a pass over every present file', () => {
    // an index led by source_files.present is one SQLite takes for `present = 1` without
    // statistics: the correlated lookup then scanned every present file once per body
    // (10,000 reports: the load's time doubled). Migration 022 leads its index with status.
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${BODIES}`).all() as Array<{ detail: string }>).map((r) => r.detail);
    expect(plan).toContain('SEARCH x USING INDEX reports_body (body_id=?)');
    expect(plan).toContain('SEARCH xf USING INTEGER PRIMARY KEY (rowid=?)');
    expect(plan.filter((d) => /source_files_status|present=/.test(d))).toEqual([]);
  });
});
