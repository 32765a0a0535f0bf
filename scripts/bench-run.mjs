#!/usr/bin/env node
// One measured run, in its own process so that its peak RSS is its own: the pipeline over
// --input into --db with --workers parse threads; prints one JSON line with the wall time,
// the peak RSS of the whole process (workers included) and the counts.
//   node scripts/bench-run.mjs --input DIR --db FILE --workers N
// or, for the floor: --floor reads and decodes the same files without parsing them.
import { readFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { listInputs, runPipeline } from '../dist/pipeline/run/index.js';
import { openDatabase } from '../dist/pipeline/load/db.js';
import { decodeBytes } from '../dist/pipeline/extract/decode.js';

const { values } = parseArgs({
  options: { input: { type: 'string' }, db: { type: 'string' }, workers: { type: 'string', default: '2' }, floor: { type: 'boolean' } },
});
const t0 = performance.now();
if (values.floor) {
  // the floor: list, read and decode every file, two at a time (the I/O the run does), no parsing
  const files = await listInputs(values.input);
  let bytes = 0;
  let next = 0;
  await Promise.all(
    [0, 1].map(async () => {
      for (let i = next++; i < files.length; i = next++) {
        const buf = await readFile(files[i].path);
        bytes += buf.length;
        if (/\.(txt|html?)$/.test(files[i].path)) decodeBytes(buf, { html: files[i].path.endsWith('html') });
      }
    }),
  );
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, files: files.length, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const db = openDatabase(values.db);
  const res = await runPipeline(db, {
    input: values.input,
    full: false,
    workers: Number(values.workers),
    concurrency: Math.max(4, Number(values.workers) * 4),
    log: pino({ level: 'silent' }),
    limits: { workerMemoryMb: Number(process.env.BENCH_WORKER_MB ?? 512) },
    textIndex: process.env.BENCH_TEXT_INDEX !== '0',
  });
  db.close();
  console.log(
    JSON.stringify({
      seconds: (performance.now() - t0) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      dbMb: statSync(values.db).size / 1048576,
      counts: res.counts,
    }),
  );
}
