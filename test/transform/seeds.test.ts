// Each seed's figures and identity against the hand-checked gold values.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricsOf, readGold, reportOf, SEEDS } from '../helpers.js';

const gold = readGold(path.join(SEEDS, 'gold.jsonl'));

describe.each(gold)('seed $file', (g) => {
  it('has the gold identity', async () => {
    const { report } = await reportOf(path.join(SEEDS, g.file));
    expect(report.template).toBe(g.template);
    expect(report.identity.report_year).toBe(g.report_year);
    expect(report.identity.body_name).toContain(g.body_name.replace(/人民政府$/, ''));
    expect(report.region.code).toBe(g.region_code);
  });

  it('states exactly the gold figures, and nothing the report does not state', async () => {
    const { report } = await reportOf(path.join(SEEDS, g.file));
    const got = metricsOf(report);
    for (const [key, want] of Object.entries(g.metrics)) {
      if (want === null) expect(got, key).not.toHaveProperty([key]);
      else expect(got[key], key).toBe(want);
    }
  });

  it('keeps provenance on every figure', async () => {
    const { doc, report } = await reportOf(path.join(SEEDS, g.file));
    for (const m of report.metrics) {
      expect(m.rule).not.toBe('');
      expect(m.snippet.length).toBeGreaterThan(0);
      if (m.flags.includes('from_text')) {
        // prose: the offset is where the matched words start, inside the kept sentence
        expect(doc.text.slice(m.offset, m.offset + m.raw.length), m.key).toBe(m.raw);
        expect(m.snippet).toContain(m.raw);
      } else if (!m.rule.startsWith('headline.')) {
        // tables: the offset is the start of the row the snippet shows
        const first = m.snippet.split(' | ')[0]!;
        expect(doc.text.slice(m.offset, m.offset + first.length), `${m.key} @${m.offset}`).toBe(first);
      }
    }
  });
});

describe('seed specifics', () => {
  it('seed 001 is a consolidated report whose channels do not add up: kept as stated and flagged', async () => {
    const { report } = await reportOf(path.join(SEEDS, '001_5b48e1924422d7f6.txt'));
    expect(report.identity.scope).toBe('consolidated');
    const issue = report.issues.find((i) => i.check === 'P-CHAN');
    expect(issue).toMatchObject({ code: 'source_inconsistent', left: 42735, right: 42731, delta: 4 });
    expect(report.identity.published_on).toBe('2018-03-08');
  });

  it('seed 003 states no figure at all', async () => {
    const { report } = await reportOf(path.join(SEEDS, '003_9e41aa4172b10319.txt'));
    expect(report.metrics).toEqual([]);
    expect(report.identity).toMatchObject({ period_start: '2017-01-01', period_end: '2017-12-31', published_on: '2017-12-27', scope: 'organ' });
  });

  it('seed 002 reads blank statistics-table cells as stated zeros, flagged blank_cell', async () => {
    const { report } = await reportOf(path.join(SEEDS, '002_bbda4c124945f80d.txt'));
    const weibo = report.metrics.find((m) => m.key === 'proactive.via.weibo');
    expect(weibo).toMatchObject({ value: 0, flags: ['blank_cell'], rule: 'stat.via.weibo' });
    expect(report.metrics.find((m) => m.key === 'proactive.total')).toMatchObject({ value: 665, unit: 'items', raw: '665' });
  });

  it('seed 004 reads every cell of the 2021 tables (10 + 175 + 15) and passes every identity check', async () => {
    const { report } = await reportOf(path.join(SEEDS, '004_f97d988c963e3b8a.txt'));
    const keys = report.metrics.map((m) => m.key);
    expect(keys.filter((k) => /^applications\.[a-z_.]+\.(natural_person|commercial|research|social_org|legal_service|other_org|total)$/.test(k))).toHaveLength(
      175,
    );
    expect(keys.filter((k) => /^review\.(reconsideration|litigation_direct|litigation_after)\./.test(k))).toHaveLength(15);
    expect(report.issues.filter((i) => i.check)).toEqual([]);
    expect(report.identity.period_end).toBe('2023-12-31');
  });
});
