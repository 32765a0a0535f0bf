// The 平潭 series, 2011–2025 (statistics tables, prose, template reports; HTML pages and
// crawler text dumps with flattened or glued tables): no wrong figure, nothing invented,
// every labelled 2011–2018 figure recovered, and at least 90% of the 2019+ ones.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV, FORMATS, metricsOf, readGold, reportOf } from '../helpers.js';

const gold = readGold(path.join(DEV, 'gold.jsonl'));

describe('dev corpus', () => {
  it.each(gold.map((g) => [g.file, g] as const))('%s', async (_f, g) => {
    const { report } = await reportOf(path.join(DEV, 'raw', g.file));
    expect(report.template).toBe(g.template);
    expect(report.identity.report_year).toBe(g.report_year);
    expect(report.region.code).toBe(g.region_code);
    const got = metricsOf(report);
    let stated = 0;
    let found = 0;
    for (const [key, want] of Object.entries(g.metrics)) {
      if (want === null) {
        expect(got, `${key} invented`).not.toHaveProperty([key]);
        continue;
      }
      stated++;
      if (key in got) {
        found++;
        expect(got[key], key).toBeCloseTo(want, 2);
      }
    }
    expect(report.identity.body_name).toBeTruthy();
    expect(found / stated).toBeGreaterThanOrEqual(0.9);
    if (g.file.endsWith('.html') || g.report_year < 2019) expect(found / stated).toBe(1);
  });

  it('seed004.html (the official 2021 table structure) gives exactly the gold figures', async () => {
    const g = readGold(path.join(FORMATS, 'gold.jsonl')).find((x) => x.file === 'seed004.html')!;
    const { report } = await reportOf(path.join(FORMATS, 'seed004.html'));
    const got = metricsOf(report);
    for (const [key, want] of Object.entries(g.metrics)) {
      if (want === null) expect(got).not.toHaveProperty([key]);
      else expect(got[key], key).toBe(want);
    }
    expect(report.template).toBe('gov2021');
  });
});
