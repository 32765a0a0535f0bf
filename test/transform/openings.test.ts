// The first part of 61 real report pages of all 31 provinces, every level, 2008–2025
// (issue 16): no figure wrong, nothing invented, and at least 97% of the stated figures and
// of the identity fields (body, year, region) as a careful reader reads them.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED, metricsOf, readGold, reportOf, sameBody } from '../helpers.js';

const OPENINGS = path.join(SHARED, 'corpus', 'openings');
const gold = readGold(path.join(OPENINGS, 'gold.jsonl'));
const tally = { stated: 0, found: 0, identity: 0, identityRight: 0 };

describe('openings', () => {
  it.each(gold.map((g) => [g.file, g] as const))('%s', async (_f, g) => {
    const { report } = await reportOf(path.join(OPENINGS, g.file));
    const got = metricsOf(report);
    for (const [key, want] of Object.entries(g.metrics)) {
      if (want === null) {
        expect(got, `${key} invented`).not.toHaveProperty([key]);
        continue;
      }
      tally.stated++;
      if (key in got) {
        tally.found++;
        expect(got[key], key).toBeCloseTo(want, 2);
      }
    }
    // compared as the eval script compares them; a wrong identity is worse than none: a
    // field is right or absent
    const identity: [unknown, unknown, boolean][] = [
      [report.identity.body_name, g.body_name, sameBody(report.identity.body_name, g.body_name)],
      [report.identity.report_year, g.report_year, report.identity.report_year === g.report_year],
      [report.region.code, g.region_code, Boolean(report.region.code?.startsWith(g.region_code))],
    ];
    for (const [have, want, right] of identity) {
      if (want === null || want === undefined) continue;
      tally.identity++;
      if (right) tally.identityRight++;
      else expect(have ?? null, `identity ${String(want)}`).toBeNull();
    }
  });

  afterAll(() => {
    expect(tally.found / tally.stated).toBeGreaterThanOrEqual(0.97);
    expect(tally.identityRight / tally.identity).toBeGreaterThanOrEqual(0.97);
  });
});
