// When two reports of one body and year are copies of one report: by figures when enough are
// shared, else by prose (sentence-hash sketches), never by file name.
import { describe, expect, it } from 'vitest';
import { sameReport, textContainment } from '../../pipeline/load/same-report.js';

const sketch = (xs: number[]) => Buffer.from(new Uint32Array([...xs].sort((a, b) => a - b)).buffer);
const figs = (o: Record<string, number>) => new Map(Object.entries(o));
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => (from + i) * 1000);

describe('sameReport', () => {
  const base = {
    'proactive.total': 120,
    'applications.received': 5,
    'applications.granted': 3,
    'applications.partial': 1,
    'applications.denied': 1,
    'review.reconsideration.total': 0,
  };
  const cases: Array<[string, Parameters<typeof sameReport>[0], Parameters<typeof sameReport>[1], boolean]> = [
    [
      'the same figures, one copy lacking a table',
      { template: 'gov2021', fingerprint: null, figures: figs({ ...base, 'licensing.decisions': 40 }) },
      { template: 'gov2021', fingerprint: null, figures: figs(base) },
      true,
    ],
    [
      'a republication with most figures corrected',
      { template: 'gov2021', fingerprint: null, figures: figs(base) },
      { template: 'gov2021', fingerprint: null, figures: figs({ ...base, 'proactive.total': 121, 'applications.received': 6 }) },
      false,
    ],
    [
      'few figures, the same prose (the dump adds table rows as lines)',
      { template: 'narrative', fingerprint: sketch(range(1, 20)), figures: figs({ 'proactive.total': 120 }) },
      { template: 'narrative', fingerprint: sketch([...range(1, 20), ...range(100, 15)]), figures: figs({ 'proactive.total': 120 }) },
      true,
    ],
    [
      'the same prose, a figure that disagrees',
      { template: 'narrative', fingerprint: sketch(range(1, 20)), figures: figs({ 'proactive.total': 120 }) },
      { template: 'narrative', fingerprint: sketch(range(1, 20)), figures: figs({ 'proactive.total': 99 }) },
      false,
    ],
    [
      'different prose of one body and year',
      { template: 'narrative', fingerprint: sketch(range(1, 20)), figures: figs({}) },
      { template: 'narrative', fingerprint: sketch(range(50, 20)), figures: figs({}) },
      false,
    ],
    [
      'too little prose to tell',
      { template: 'narrative', fingerprint: sketch(range(1, 3)), figures: figs({}) },
      { template: 'narrative', fingerprint: sketch(range(1, 3)), figures: figs({}) },
      false,
    ],
  ];
  it.each(cases)('%s', (_name, a, b, want) => {
    expect(sameReport(a, b)).toBe(want);
    expect(sameReport(b, a)).toBe(want);
  });
});

describe('textContainment', () => {
  it('compares two bottom-k sketches below the smaller of their largest hashes', () => {
    // b holds all of a's sentences below 20,000 and a few of its own
    const a = sketch(range(1, 40));
    const b = sketch([...range(1, 19), 19_500]);
    expect(textContainment(a, b)).toEqual({ shared: 19, of: 19 });
    expect(textContainment(null, b)).toEqual({ shared: 0, of: 0 });
  });

  it('reads a sketch that SQLite hands back at an odd offset', () => {
    const raw = Buffer.alloc(41);
    sketch(range(1, 10)).copy(raw, 1);
    expect(textContainment(raw.subarray(1), sketch(range(1, 10)))).toEqual({ shared: 10, of: 10 });
  });
});
