// The CLI edge, run as a user runs it: the extract contract, exit codes, the lock.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import lockfile from 'proper-lockfile';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED, ROOT, SEEDS, SHARED } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'disclosure.mjs');
const cli = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

describe('disclosure extract --json', () => {
  it('prints one contract line per file, an error line for an unreadable one, and goes on', () => {
    const files = [path.join(SEEDS, '004_f97d988c963e3b8a.txt'), path.join(GENERATED, 'broken', 'empty.txt'), path.join(SEEDS, '000_889672adc75fe0f6.txt')];
    const r = cli(['extract', ...files, '--json']);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ file: files[0], template: 'gov2021', body_name: '宝力根苏木人民政府', report_year: 2023, region_code: '152502200' });
    expect(lines[0].metrics['licensing.decisions']).toBe(146);
    expect(lines[1]).toMatchObject({ file: files[1], error: 'empty file (0 bytes)' });
    expect(lines[2].metrics).toEqual({ 'proactive.total': 224, 'applications.received': 0, 'fees.application': 0, 'review.litigation.total': 1 });
  });

  it('has --help on every subcommand', () => {
    for (const sub of ['run', 'extract', 'export', 'status']) {
      const r = cli([sub, '--help']);
      expect(r.status, sub).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: disclosure ${sub}`));
    }
  });

  it('exits 2 on a usage error', () => {
    expect(cli(['extract']).status).toBe(2);
    expect(cli(['run', '--input', '/nonexistent/folder']).status).toBe(2);
    expect(cli(['nonsense']).status).toBe(2);
  });
});

describe('disclosure run', () => {
  // seeds-only runs use one parse thread: each thread loads the parser, a second of CPU
  function sandbox() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-cli-'));
    const input = path.join(dir, 'raw');
    mkdirSync(input);
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) copyFileSync(path.join(SEEDS, f), path.join(input, f));
    return { dir, input, db: path.join(dir, 'out', 'd.sqlite'), out: path.join(dir, 'out') };
  }

  it('loads every readable report of a folder mixing all formats and records the others by status', () => {
    const s = sandbox();
    const formats = path.join(SHARED, 'corpus', 'formats');
    for (const f of readdirSync(formats).filter((f) => /\.(docx?|pdf|html)$/.test(f))) copyFileSync(path.join(formats, f), path.join(s.input, f));
    for (const f of readdirSync(path.join(GENERATED, 'broken'))) copyFileSync(path.join(GENERATED, 'broken', f), path.join(s.input, `broken-${f}`));
    const r = cli(['run', '--input', s.input, '--db', s.db, '--out', s.out]);
    expect(r.status, r.stderr).toBe(1);
    // 5 seeds + 16 format files; 12 broken files: 8 failed, 2 scans (a PDF, a PNG), 2 unsupported
    expect(r.stdout).toMatch(/by status: 21 loaded, 8 failed, 2 needs_ocr, 2 unsupported/);
    // said once: why the scans were not read
    expect(r.stdout.match(/need OCR: scanned files are recorded as needs_ocr: run with --ocr/g)).toHaveLength(1);
    const db = new Database(s.db, { readonly: true });
    const rows = db.prepare(`SELECT path, status, error FROM source_files WHERE status <> 'loaded' ORDER BY path`).all() as Array<{
      path: string;
      status: string;
      error: string;
    }>;
    expect(rows.map((x) => [path.basename(x.path), x.status])).toContainEqual(['broken-protected.pdf', 'failed']);
    expect(rows.every((x) => x.error.length > 10)).toBe(true);
    const formatsLoaded = db.prepare(`SELECT format, COUNT(*) AS n FROM source_files WHERE status = 'loaded' GROUP BY format ORDER BY format`).all();
    expect(formatsLoaded).toEqual([
      { format: 'doc', n: 5 },
      { format: 'docx', n: 5 },
      { format: 'html', n: 1 },
      { format: 'pdf', n: 5 },
      { format: 'text', n: 5 },
    ]);
    db.close();
    rmSync(s.dir, { recursive: true, force: true });
  });

  it('builds the database and BOM-prefixed CSVs, exits 0, and 1 when a file failed', () => {
    const s = sandbox();
    const r = cli(['run', '--input', s.input, '--db', s.db, '--out', s.out, '--workers', '1']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/5 seen, 5 new/);
    const csv = readFileSync(path.join(s.out, 'reports.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('鄂托克旗人民政府');
    const regions = readFileSync(path.join(s.out, 'region_year.csv'), 'utf8');
    expect(regions.charCodeAt(0)).toBe(0xfeff);
    expect(regions.split('\r\n')[0]).toBe(
      '\ufefflevel,region_code,province,prefecture,county,report_year,key,value,basis,reports,bodies,consolidated,reports_in_region',
    );
    expect(regions).toContain('county,150724,内蒙古自治区,呼伦贝尔市,鄂温克族自治旗,2017,proactive.total,224,sum,1,1,0,2');
    expect(r.stdout).toMatch(/in the database: 5 reports of 5 bodies \(0 files are copies of another report\)/);
    const yearly = readFileSync(path.join(s.out, 'yearly_comparison.csv'), 'utf8');
    expect(yearly.split('\r\n')[0]).toContain('2017 proactive.total');
    expect(existsSync(path.join(s.out, 'logs'))).toBe(true);
    copyFileSync(path.join(GENERATED, 'broken', 'empty.txt'), path.join(s.input, 'empty.txt'));
    const again = cli(['run', '--input', s.input, '--db', s.db, '--out', s.out, '--workers', '1']);
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(/1 new, 0 changed, 5 unchanged, 1 failed/);
    rmSync(s.dir, { recursive: true, force: true });
  });

  it('refuses a second run on a locked database with code 2 and touches nothing', async () => {
    const s = sandbox();
    mkdirSync(s.out, { recursive: true });
    writeFileSync(s.db, '');
    const release = await lockfile.lock(s.db, { lockfilePath: `${s.db}.lock`, realpath: false });
    try {
      const r = cli(['run', '--input', s.input, '--db', s.db, '--out', s.out]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/another disclosure run is using/);
      expect(readFileSync(s.db).length).toBe(0);
      expect(existsSync(path.join(s.out, 'reports.csv'))).toBe(false);
    } finally {
      await release();
    }
    rmSync(s.dir, { recursive: true, force: true });
  });

  /** One run of the seeds, which the export tests read (each run costs seconds). */
  let seeded: ReturnType<typeof sandbox> | undefined;
  const seededRun = () => {
    if (!seeded) {
      seeded = sandbox();
      expect(cli(['run', '--input', seeded.input, '--db', seeded.db, '--out', seeded.out, '--workers', '1']).status).toBe(0);
    }
    return seeded;
  };
  afterAll(() => seeded && rmSync(seeded.dir, { recursive: true, force: true }));

  it('exports again from the database', () => {
    const s = seededRun();
    rmSync(path.join(s.out, 'reports.csv'));
    const r = cli(['export', '--db', s.db, '--out', s.out]);
    expect(r.status).toBe(0);
    expect(readFileSync(path.join(s.out, 'reports.csv'), 'utf8').split('\r\n')).toHaveLength(6);
  });

  it('exports one CSV per view, with Chinese headers and year and region filters', () => {
    const s = seededRun();
    const zh = path.join(s.dir, 'zh');
    const r = cli(['export', '--db', s.db, '--out', zh, '--headers', 'zh', '--year', '2017', '--region', '150700']);
    expect(r.status, r.stderr).toBe(0);
    const files = [
      'reports.csv',
      'region_year.csv',
      'region_year_consolidated.csv',
      'applications.csv',
      'review.csv',
      'data_quality.csv',
      'provenance.csv',
      'metric_dictionary.csv',
      'yearly_comparison.csv',
    ];
    for (const f of files) expect(readFileSync(path.join(zh, f), 'utf8').charCodeAt(0), f).toBe(0xfeff);
    const reports = readFileSync(path.join(zh, 'reports.csv'), 'utf8').split('\r\n');
    expect(reports[0]).toMatch(/^\ufeff报告编号,文件,机关编号,报告机关,.*主动公开政府信息数,收到申请数（本年新收）/);
    // 呼伦贝尔市 in 2017: 伊敏苏木 and 红花尔基镇, not 鄂托克旗 (鄂尔多斯) nor 习岗镇 (2016, 宁夏)
    expect(
      reports
        .slice(1)
        .map((l) => l.split(',')[3])
        .sort(),
    ).toEqual(['伊敏苏木人民政府', '红花尔基镇人民政府']);
    const regions = readFileSync(path.join(zh, 'region_year.csv'), 'utf8').split('\r\n');
    expect(regions[0]).toBe('\ufeff层级,区划代码,省级,地级,县级,报告年度,指标,指标代码,数值,汇总依据,报告数,机关数,其中汇总报告数,区域报告总数');
    expect(regions.slice(1).every((l) => /,1507\d\d,/.test(l))).toBe(true);
    expect(readFileSync(path.join(zh, 'yearly_comparison.csv'), 'utf8').split('\r\n')[0]).toContain('2017 主动公开政府信息数,2017 主动公开政府信息数 变化');
    expect(cli(['export', '--db', s.db, '--out', zh, '--region', '15']).status).toBe(2);
  });

  it('status lists the last runs and the files that need attention, with exit 1 after failures', () => {
    const s = sandbox();
    copyFileSync(path.join(GENERATED, 'broken', 'protected.pdf'), path.join(s.input, 'protected.pdf'));
    cli(['run', '--input', s.input, '--db', s.db, '--out', s.out]);
    const r = cli(['status', '--db', s.db]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/#1 \S+ incremental partial in [\d.]+ s \(parser [\d.]+, .+, 2 workers\)/);
    expect(r.stdout).toMatch(/6 seen: 6 new, 0 changed, 0 unchanged; 5 loaded, 1 failed, 0 need OCR/);
    expect(r.stdout).toMatch(
      /files needing attention: 1\n {2}new failures \(no run finished before the last one\): 1\n {2}failed +\S*protected\.pdf\n +password-protected PDF/,
    );
    const json = JSON.parse(cli(['status', '--db', s.db, '--json']).stdout);
    expect(json.files.total).toBe(1);
    expect(cli(['status', '--db', path.join(s.dir, 'none.sqlite')]).status).toBe(2);
    rmSync(s.dir, { recursive: true, force: true });
  });

  it('reads a file whose name starts with a dash and holds spaces and quotes, after --', () => {
    const s = sandbox();
    const odd = path.join(s.input, `-rf 报告 "x" 'y'.txt`);
    copyFileSync(path.join(SEEDS, '000_889672adc75fe0f6.txt'), odd);
    const r = cli(['extract', '--json', '--', odd]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).metrics['proactive.total']).toBe(224);
    rmSync(s.dir, { recursive: true, force: true });
  });
});
