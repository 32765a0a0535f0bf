// The .xlsx workbook read back two ways: by exceljs (sheets, frozen header, numbers as
// numbers, Chinese values, widths) and by LibreOffice Calc headless, which converts every
// sheet to CSV: proof that an office suite opens it and sees what the CSVs hold.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS, writeExports, writeWorkbook, YEARLY } from '../../../pipeline/load/export/index.js';
import { backlogOf } from '../../../pipeline/load/export/workbook.js';
import { LEVEL_ZH } from '../../../pipeline/load/zh/index.js';
import { buildDatabase, DEV_RAW, SAMPLE, type Built } from '../../build-db.js';

let built: Built;
let file: string;
let sheets: Array<{ sheet: string; rows: number }>;
let csvDir: string;
const wb = new ExcelJS.Workbook();

beforeAll(async () => {
  built = await buildDatabase([DEV_RAW, SAMPLE]);
  file = path.join(built.dir, 'disclosure.xlsx');
  sheets = await writeWorkbook(built.db, file, { full: true, lang: 'zh' });
  csvDir = path.join(built.dir, 'csv');
  writeExports(built.db, csvDir, { full: true, lang: 'zh' });
  await wb.xlsx.readFile(file);
}, 60_000);
afterAll(() => built.dispose());

const csvOf = (name: string) => Papa.parse<string[]>(readFileSync(path.join(csvDir, name), 'utf8').replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

describe('disclosure.xlsx', () => {
  it('has a sheet per view and the dictionary, named in Chinese, each as long as its CSV', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([...VIEWS.map((v) => v.sheetZh), YEARLY.sheetZh]);
    for (const [i, v] of [...VIEWS, YEARLY].entries()) {
      const ws = wb.worksheets[i]!;
      const csv = csvOf(v.file);
      expect(ws.rowCount, v.file).toBe(csv.length);
      expect(sheets[i]!.rows, v.file).toBe(csv.length - 1);
      // the header as the CSV has it, frozen and bold
      expect((ws.getRow(1).values as unknown[]).slice(1), v.file).toEqual(csv[0]);
      expect(ws.views[0], v.file).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold, v.file).toBe(true);
      for (const c of ws.columns) expect(c.width, v.file).toBeGreaterThanOrEqual(6);
    }
  });

  it('keeps numbers as numbers and codes as text', () => {
    const ws = wb.getWorksheet('区域年度')!;
    const header = (ws.getRow(1).values as string[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    let n = 0;
    ws.eachRow((row, i) => {
      if (i === 1) return;
      expect(row.getCell(col('数值')).type).toBe(ExcelJS.ValueType.Number);
      expect(row.getCell(col('报告年度')).type).toBe(ExcelJS.ValueType.Number);
      // a division code is an identifier: 350128 stays text, never 350,128
      expect(row.getCell(col('区划代码')).type).toBe(ExcelJS.ValueType.String);
      expect(Object.values(LEVEL_ZH)).toContain(row.getCell(col('层级')).value);
      n++;
    });
    expect(n).toBeGreaterThan(100);
    const pingtan = [] as unknown[];
    ws.eachRow((row) => {
      const v = (row.values as unknown[]).slice(1);
      if (v[col('区划代码') - 1] === '350128' && v[col('报告年度') - 1] === 2024 && v[col('指标代码') - 1] === 'applications.received')
        pingtan.push(v[col('数值') - 1]);
    });
    expect(pingtan).toEqual([218]);
  });

  it('opens in LibreOffice Calc, every sheet the same as its CSV', () => {
    expect(existsSync('/usr/lib/libreoffice/program/libsclo.so'), 'apt-get install libreoffice-calc-nogui').toBe(true);
    const out = path.join(built.dir, 'lo');
    mkdirSync(out);
    // the filter's last token -1: every sheet to its own file (disclosure-<sheet>.csv), UTF-8 (76)
    execFileSync(
      'soffice',
      ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', out, file],
      {
        stdio: 'ignore',
        timeout: 120_000,
        env: { ...process.env, HOME: built.dir },
      },
    );
    for (const v of [...VIEWS, YEARLY]) {
      const lo = Papa.parse<string[]>(readFileSync(path.join(out, `disclosure-${v.sheetZh}.csv`), 'utf8').replace(/^\ufeff/, ''), {
        skipEmptyLines: true,
      }).data;
      const csv = csvOf(v.file);
      expect(lo.length, v.file).toBe(csv.length);
      expect(lo[0], v.file).toEqual(csv[0]);
      // a sample of rows, cell by cell (LibreOffice prints numbers its own way: compare as numbers)
      for (const i of [1, Math.floor(csv.length / 2), csv.length - 1].filter((x) => x > 0))
        csv[i]!.forEach((cell, j) => {
          const got = lo[i]![j] ?? '';
          if (cell !== '' && !Number.isNaN(Number(cell)) && !/^0\d/.test(cell)) expect(Number(got), `${v.file} ${i}:${j}`).toBeCloseTo(Number(cell), 6);
          else expect(got, `${v.file} ${i}:${j}`).toBe(cell.replace(/^'/, ''));
        });
    }
  }, 180_000);

  it('sees how far the zip lags behind a sheet (the wait that keeps a national workbook in bounded memory)', async () => {
    // exceljs pipes a streamed sheet into the zip without backpressure; writeWorkbook waits on
    // this backlog. An exceljs that hides it fails here, not by running out of memory
    const w = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(built.dir, 'probe.xlsx') });
    const ws = w.addWorksheet('probe');
    for (let i = 0; i < 5000; i++) ws.addRow([i, '数据'.repeat(20)]).commit();
    expect(backlogOf(ws)).toBeGreaterThan(0);
    await ws.commit();
    await w.commit();
  });
});
