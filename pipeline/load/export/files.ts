// The CSV files an export writes, named without loading the writers (a night on which
// nothing changed only checks that they are there).
import path from 'node:path';
import { VIEWS, YEARLY } from './tables.js';

export const exportFiles = (outDir: string, full = false) => [
  ...VIEWS.filter((v) => full || !v.full).map((v) => path.join(outDir, v.file)),
  path.join(outDir, YEARLY.file),
];
