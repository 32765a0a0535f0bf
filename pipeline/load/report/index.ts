// Writes data/out/report.html (renamed into place, so a reader never sees half a file), in
// Chinese unless told otherwise.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DB } from '../db.js';
import { reportHtml, type ReportOptions } from './html.js';

export { DEFAULT_BODY_SECTIONS, type ReportOptions } from './html.js';

export async function writeReport(db: DB, outDir: string, options: ReportOptions = {}): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'report.html');
  writeFileSync(`${file}.tmp`, await reportHtml(db, options));
  renameSync(`${file}.tmp`, file);
  return file;
}
