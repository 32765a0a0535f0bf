// The .xlsx workbook analysts in China open in WPS or Excel (a CSV needs its encoding told to
// LibreOffice, and loses numbers' types to Excel's guessing): one sheet per view, the metric
// dictionary among them, header row frozen and filterable, numbers as numbers, column widths
// from the content. Written by exceljs's streaming writer, a row at a time, so a national
// database never sits in memory.
import { mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { DB } from '../db.js';
import { translator } from '../zh/index.js';
import { assertSelects } from './selection.js';
import { viewTables, type ExportOptions, type ExportTable } from './tables.js';

/** Rows of a sheet, the header included (Excel's limit); a longer view continues on a next sheet. */
const MAX_ROWS = 1_048_576;
/** Rows read before the widths are set: the streaming writer fixes columns before the first row. */
const SAMPLE = 500;

/** Display width: a CJK character takes two columns, as in WPS and Excel. */
const widthOf = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
};

/** A cell as Excel should hold it: numbers stay numbers, text stays text (a code such as 150700 is text). */
const cellOf = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' ? v : String(v));

function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, t: ExportTable, sample: Array<Record<string, unknown>>) {
  const ws = wb.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = t.columns.map((c, i) => ({
    key: c,
    header: t.headers[i],
    width: Math.min(60, Math.max(6, widthOf(t.headers[i]), ...sample.map((r) => widthOf(r[c]))) + 2),
  }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, t.columns.length) } };
  return ws;
}

/** Bytes the zip has not yet taken from a sheet past which writing waits: memory stays flat. */
const BACKLOG = 4 << 20;

/**
 * Waits until the zip has deflated what the sheet wrote. exceljs writes rows into a stream
 * piped into the zip without heeding backpressure, so a loop faster than deflate would hold
 * the whole sheet in memory (1.6 GB for 10,000 reports). Its pipe is internal: where exceljs
 * (pinned ~4.4) no longer has it, this only yields, and memory is no longer bounded.
 */
async function drained(ws: ExcelJS.Worksheet): Promise<void> {
  do await new Promise((resolve) => setImmediate(resolve));
  while ((backlogOf(ws) ?? 0) > BACKLOG);
}

/** The bytes a streamed sheet has written that the zip has not taken yet; undefined where exceljs hides them. */
export function backlogOf(ws: ExcelJS.Worksheet): number | undefined {
  type Pipe = { _writableState?: { length: number }; _readableState?: { length: number } };
  const pipe = (ws as unknown as { stream?: { pipes?: Pipe[] } }).stream?.pipes?.[0];
  if (!pipe?._writableState || !pipe._readableState) return undefined;
  return pipe._writableState.length + pipe._readableState.length;
}

/** Writes the workbook (renamed into place when complete); returns the sheets and their row counts. */
export async function writeWorkbook(db: DB, file: string, opts: ExportOptions = {}): Promise<Array<{ sheet: string; rows: number }>> {
  assertSelects(db, opts);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  // loaded on demand: a run's CSV export never needs it, and it takes a while to load
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
  wb.creator = 'disclosure-stats';
  const out: Array<{ sheet: string; rows: number }> = [];
  for (const t of viewTables(db, translator(db, opts.lang ?? 'en'), opts)) {
    const it = t.rows[Symbol.iterator]();
    const sample: Array<Record<string, unknown>> = [];
    for (let i = 0; i < SAMPLE; i++) {
      const r = it.next();
      if (r.done) break;
      sample.push(r.value);
    }
    let part = 1;
    let ws = addSheet(wb, t.sheet, t, sample);
    let rows = 0;
    let inSheet = 1;
    const put = async (r: Record<string, unknown>) => {
      if (inSheet === MAX_ROWS) {
        await ws.commit();
        ws = addSheet(wb, `${t.sheet} (${++part})`, t, sample);
        inSheet = 1;
      }
      ws.addRow(t.columns.map((c) => cellOf(r[c]))).commit();
      inSheet++;
      if (++rows % 1000 === 0) await drained(ws);
    };
    for (const r of sample) await put(r);
    for (let r = it.next(); !r.done; r = it.next()) await put(r.value);
    await ws.commit();
    out.push({ sheet: t.sheet, rows });
  }
  await wb.commit();
  renameSync(tmp, file);
  return out;
}
