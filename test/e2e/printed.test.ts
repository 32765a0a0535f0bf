// Real report pages "saved as PDF" from a browser (Chromium/Skia: its text layer, the portal's
// menus printed with the report, tables cut across pages with their outer rule on the previous
// page) read as well as the pages themselves: the same figures, body, year and region.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEV, FORMATS, GENERATED, metricsOf, reportOf, ROOT } from '../helpers.js';
// @ts-expect-error: a plain .mjs script without types
import { printToPdf } from '../../scripts/lib/chromium.mjs';

// beside generated/, which the fixture script rewrites whole: the prints are kept between runs
const OUT = path.join(GENERATED, '..', 'printed');
const PAGES = [
  ...readdirSync(path.join(DEV, 'raw'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(DEV, 'raw', f)),
  path.join(FORMATS, 'seed004.html'),
];
const pdfOf = (page: string) => path.join(OUT, `${path.basename(page, '.html')}.pdf`);
// Printing the 16 pages takes Chromium a minute on two cores, so each print is also kept by
// the page's content (and the print script's) outside the checkout: a fresh clone on this
// machine (CI's, another worktree's) copies it instead of printing again.
const CACHE = path.join(os.tmpdir(), 'disclosure-stats-cache', 'printed');
const CHROMIUM_SCRIPT = path.join(ROOT, 'scripts', 'lib', 'chromium.mjs');
const cachedOf = (page: string) =>
  path.join(CACHE, `${createHash('sha256').update(readFileSync(page)).update(readFileSync(CHROMIUM_SCRIPT)).digest('hex').slice(0, 24)}.pdf`);

async function print(page: string): Promise<void> {
  const cached = cachedOf(page);
  if (!existsSync(cached)) {
    await printToPdf(page, pdfOf(page));
    // whole or not at all: two test runs at once never see half a file
    const tmp = `${cached}.${process.pid}`;
    copyFileSync(pdfOf(page), tmp);
    renameSync(tmp, cached);
  } else copyFileSync(cached, pdfOf(page));
}

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  mkdirSync(CACHE, { recursive: true });
  const todo = PAGES.filter((p) => !existsSync(pdfOf(p)) || statSync(pdfOf(p)).mtimeMs < statSync(p).mtimeMs);
  // two at a time: each Chromium is a process of its own
  for (let i = 0; i < todo.length; i += 2) await Promise.all(todo.slice(i, i + 2).map(print));
}, 600_000);

describe.each(PAGES.map((p) => [path.basename(p), p]))('%s printed from Chromium', (_name, page) => {
  it('gives the figures and the identity of the page', async () => {
    const [source, printed] = await Promise.all([reportOf(page), reportOf(pdfOf(page))]);
    expect(printed.doc.format).toBe('pdf');
    const want = metricsOf(source.report);
    expect(Object.keys(want).length).toBeGreaterThan(0);
    expect(metricsOf(printed.report)).toEqual(want);
    const id = (r: typeof source.report) => ({ template: r.template, body: r.identity.body_name, year: r.identity.report_year, region: r.region.code });
    expect(id(printed.report)).toEqual(id(source.report));
  });
});
