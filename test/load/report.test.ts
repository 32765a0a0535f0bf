// The visual report on the 平潭 series and the seeds, opened in headless Chromium (Debian's
// chromium, installed by .ci/run): every chart rendered with its data, each followed by its
// table; a screenshot is kept in test/artifacts/report.png.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../pipeline/run/index.js';
import { openDatabase } from '../../pipeline/load/db.js';
import { writeReport } from '../../pipeline/load/report/index.js';
import { DEV, ROOT, SEEDS } from '../helpers.js';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-report-'));
  const input = path.join(dir, 'raw');
  mkdirSync(input);
  for (const f of readdirSync(path.join(DEV, 'raw'))) copyFileSync(path.join(DEV, 'raw', f), path.join(input, f));
  for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(input, f));
  const db = openDatabase(path.join(dir, 'db.sqlite'));
  await runPipeline(db, { input, full: false, concurrency: 2, log: pino({ level: 'silent' }) });
  file = await writeReport(db, dir);
  db.close();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const chrome = (...args: string[]) =>
  execFileSync(CHROMIUM!, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', ...args, `file://${file}`], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 60_000,
  });

describe('report.html in headless Chromium', () => {
  it('has Chromium to open it (installed by .ci/run: apt-get install chromium)', () => {
    expect(CHROMIUM, 'Debian chromium is missing: apt-get install -y chromium').toBeTruthy();
  });

  it('renders every chart with its data and the table behind it', () => {
    const dom = chrome('--dump-dom', '--virtual-time-budget=2000');
    const sections = [...dom.matchAll(/<section id="(\w+)" data-rows="(\d+)">([\s\S]*?)<\/section>/g)];
    expect(sections.map((s) => s[1])).toEqual(['trends', 'provinces', 'outcomes', 'templates', 'quality']);
    for (const [, id, rows, body] of sections) {
      expect(Number(rows), id).toBeGreaterThan(0);
      const svg = /<svg[\s\S]*?<\/svg>/.exec(body!)?.[0] ?? '';
      // axes, gridlines and the series: a chart with data draws many shapes
      expect((svg.match(/<path/g) ?? []).length, id).toBeGreaterThan(10);
      expect((body!.match(/<tr>/g) ?? []).length, id).toBe(Number(rows) + 1);
    }
    // the figures themselves: 平潭 received 218 applications in 2024
    expect(dom).toMatch(/<tr><td>2024<\/td><td>10407<\/td><td>218<\/td>/);
    expect(dom).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/); // offline: nothing loaded from elsewhere
  });

  it('keeps a screenshot as a test artifact', () => {
    const out = path.join(ROOT, 'test', 'artifacts');
    mkdirSync(out, { recursive: true });
    const png = path.join(out, 'report.png');
    chrome(`--screenshot=${png}`, '--window-size=1000,2600');
    expect(statSync(png).size).toBeGreaterThan(50_000);
  });
});
