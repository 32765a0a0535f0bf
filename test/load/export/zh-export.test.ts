// `--lang zh`: every CSV in Chinese for a Chinese analyst: headers, every enumerated value
// (级别 县级, 范围 汇总报告, 结果 结果维持 …), metric names with their code beside them, and
// findings as a reader writes them. Read on the 平潭 series and the sample reports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmptySelectionError, writeExports } from '../../../pipeline/load/export/index.js';
import { COLUMN_ZH, VALUE_ZH } from '../../../pipeline/load/zh/index.js';
import { FLAG_ZH } from '../../../pipeline/load/zh/values.js';
import { buildDatabase, DEV_RAW, SAMPLE, type Built } from '../../build-db.js';

let built: Built;
let csv: Map<string, Array<Record<string, string>>>;
let labels: Map<string, string>;

const read = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;

beforeAll(async () => {
  built = await buildDatabase([DEV_RAW, SAMPLE]);
  const files = writeExports(built.db, path.join(built.dir, 'zh'), { full: true, lang: 'zh' });
  csv = new Map(files.map((f) => [path.basename(f), read(f)]));
  labels = new Map(
    (built.db.prepare('SELECT key, label_zh FROM metric_dictionary').all() as Array<{ key: string; label_zh: string }>).map((r) => [r.key, r.label_zh]),
  );
}, 60_000);
afterAll(() => built.dispose());

const CJK = /[\u4e00-\u9fff]/;

describe('export --lang zh', () => {
  it('writes every header in Chinese', () => {
    for (const [file, rows] of csv) {
      expect(rows.length, file).toBeGreaterThan(0);
      for (const h of Object.keys(rows[0]!)) expect(h, `${file}: ${h}`).toMatch(CJK);
    }
  });

  it('writes every enumerated value in Chinese, in every CSV that has the column', () => {
    let checked = 0;
    for (const [file, rows] of csv)
      for (const [col, vocab] of Object.entries(VALUE_ZH)) {
        const header = COLUMN_ZH[col];
        if (!header || !(header in rows[0]!)) continue;
        // 类别 is a body's kind in bodies.csv and the review kind in review.csv: one vocabulary holds both
        const allowed = new Set(Object.values(vocab));
        for (const r of rows) {
          const v = r[header]!;
          if (v === '') continue;
          expect(allowed.has(v), `${file} ${header} = ${v}`).toBe(true);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(5000);
  });

  it('names metrics by their Chinese label, with the key beside it as 指标代码', () => {
    const rows = csv.get('region_year.csv')!;
    for (const r of rows) expect(r['指标'], r['指标代码']).toBe(labels.get(r['指标代码']!));
    const pingtan = rows.find(
      (r) => r['层级'] === '县级' && r['区划代码'] === '350128' && r['报告年度'] === '2024' && r['指标代码'] === 'applications.received',
    );
    expect(pingtan).toMatchObject({ 指标: '收到申请数（本年新收）', 数值: '218', 汇总依据: '下级报告加总', 县级: '平潭县' });
    for (const r of csv.get('provenance.csv')!) {
      expect(r['指标']).toBe(labels.get(r['指标代码']!));
      for (const flag of (r['标记'] ?? '').split('、').filter(Boolean)) expect(Object.values(FLAG_ZH)).toContain(flag);
    }
  });

  it('reads 表三 and 表四 rows in the words the tables print', () => {
    const apps = csv.get('applications.csv')!;
    expect(new Set(apps.map((r) => r['办理结果']))).toContain('（三）不予公开 1.属于国家秘密');
    expect(new Set(apps.map((r) => r['申请人类型']))).toEqual(new Set(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']));
    const review = csv.get('review.csv')!;
    expect(new Set(review.map((r) => r['结果']))).toContain('结果维持');
    expect(new Set(review.map((r) => r['类别']))).toContain('行政诉讼 未经复议直接起诉');
  });

  it('writes findings as a reader writes them', () => {
    const findings = csv.get('findings.csv')!;
    // 平潭综合实验区 2020: 表三's 办理结果 total does not add up in the published table
    expect(findings.map((r) => r['说明'])).toContain('勾稽关系不符：表三（总计列）办理结果合计 21 ≠ 分项之和 27');
    expect(findings.map((r) => r['说明'])).toContain('勾稽关系不符：主动公开总数 2026 > 各渠道公开数之和 1795（统计表）');
    for (const r of findings) {
      expect(r['说明']).toMatch(CJK);
      expect(r['说明']).not.toMatch(/applications\.|proactive\./);
    }
  });

  it('keeps data_quality readable: headline metrics not stated by name, booleans as 是/否', () => {
    const q = csv.get('data_quality.csv')!;
    const listed = q.flatMap((r) => (r['未载明的主要指标'] ?? '').split('、').filter(Boolean));
    expect(listed.length).toBeGreaterThan(0);
    for (const name of listed) expect([...labels.values()]).toContain(name);
    expect(new Set(q.map((r) => r['主报告']))).toEqual(new Set(['是', '否']));
  });

  it('leaves the English export as codes (the default)', () => {
    const files = writeExports(built.db, path.join(built.dir, 'en'), { lang: 'en' });
    const q = read(files.find((f) => f.endsWith('region_year.csv'))!);
    expect(Object.keys(q[0]!)).not.toContain('key_code');
    for (const r of q) expect(['province', 'prefecture', 'county']).toContain(r.level);
    expect(q.map((r) => r.key)).toContain('applications.received');
  });

  it('refuses a filter that matches nothing, writing nothing', () => {
    const out = path.join(built.dir, 'none');
    expect(() => writeExports(built.db, out, { year: 1999 })).toThrow(EmptySelectionError);
    expect(() => writeExports(built.db, out, { region: '999999' })).toThrow(/no report matches region 999999/);
    expect(() => writeExports(built.db, out, { year: 2024, region: '150000' })).toThrow(/report year 2024 and region 150000/);
  });
});
