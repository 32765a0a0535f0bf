#!/usr/bin/env node
// One measured run, in its own process so that its peak RSS is its own: the pipeline over
// --input into --db with --workers parse threads; prints one JSON line with the wall time,
// the peak RSS of the whole process (workers included) and the counts.
//   node scripts/bench-run.mjs --input DIR --db FILE --workers N [--parse-in threads|processes] [--text-index end|none|after]
// --text-index after: the run leaves the index (none), then it is built in one pass, timed
// apart (indexSeconds). --sizes: the database's pages with and without the full-text indexes
// (dbstat), measured after the time is taken. Peak RSS counts the worker processes too (--parse-in processes): the
// process tree's RSS is summed every 50 ms from /proc.
// or, for the floor: --floor reads and decodes the same files without parsing them;
// or, for search: --index --db FILE [--reps N] empties the two full-text indexes of a loaded
// database and builds them again, the trigram index (report_text) and the bigram index
// (report_bigrams) timed apart, --reps times; then the size of each index (dbstat) and the
// latency of `disclosure search` for words of 1, 2 and 3+ characters (min and max of 5).
import { readFile } from 'node:fs/promises';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { listInputs, runPipeline } from '../dist/pipeline/run/index.js';
import { openDatabase } from '../dist/pipeline/load/db.js';
import { decodeBytes } from '../dist/pipeline/extract/decode.js';
import { indexBigrams, indexText, indexTrigrams } from '../dist/pipeline/load/text-index.js';

/** RSS of this process and of its child processes (the worker processes), summed, in MB; 0 without /proc. */
function treeRssMb() {
  const rss = (pid) => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  };
  let kids = [];
  try {
    for (const t of readdirSync(`/proc/${process.pid}/task`))
      kids.push(...readFileSync(`/proc/${process.pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean));
  } catch {
    kids = [];
  }
  return rss(process.pid) + kids.reduce((n, pid) => n + rss(pid), 0);
}
let peakTree = 0;
const sampler = setInterval(() => (peakTree = Math.max(peakTree, treeRssMb())), 50);
sampler.unref();
import { searchParagraphs } from '../dist/pipeline/load/search.js';

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    db: { type: 'string' },
    workers: { type: 'string', default: '2' },
    'parse-in': { type: 'string', default: 'threads' },
    'text-index': { type: 'string' },
    sizes: { type: 'boolean' },
    floor: { type: 'boolean' },
    index: { type: 'boolean' },
    reps: { type: 'string', default: '2' },
  },
});
/** Search words of each kind: 2 Han characters (bigram index), 3+ (trigram), 1 (LIKE over every paragraph). */
const SEARCH_TERMS = ['收费', '复议', '公开', '信息处理费', '行政复议', '收'];
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
} else if (values.index) {
  console.log(JSON.stringify(benchIndex(values.db, Number(values.reps))));
} else {
  const db = openDatabase(values.db);
  const textIndex = values['text-index'] ?? (process.env.BENCH_TEXT_INDEX === '0' ? 'none' : 'end');
  const res = await runPipeline(db, {
    input: values.input,
    full: false,
    workers: Number(values.workers),
    parseIn: values['parse-in'],
    concurrency: Math.max(4, Number(values.workers) * 4),
    log: pino({ level: 'silent' }),
    limits: { workerMemoryMb: Number(process.env.BENCH_WORKER_MB ?? 512) },
    textIndex: textIndex === 'end',
  });
  const loadSeconds = (performance.now() - t0) / 1000;
  let indexSeconds = 0;
  if (textIndex === 'after') {
    const t = performance.now();
    indexText(db);
    indexSeconds = (performance.now() - t) / 1000;
  }
  // the time measured ends here: sizing the database (dbstat reads every page) is not the run's
  const seconds = (performance.now() - t0) / 1000;
  const rssMb = Math.max(process.resourceUsage().maxRSS / 1024, peakTree);
  let sizes = {};
  if (values.sizes) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    // bytes of the full-text indexes' tables apart from the rest (report_text_…, report_bigrams_…)
    const bytes = db
      .prepare(
        `SELECT SUM(CASE WHEN name LIKE 'report\\_text\\_%' ESCAPE '\\' OR name LIKE 'report\\_bigrams\\_%' ESCAPE '\\' THEN pgsize ELSE 0 END) AS fts, SUM(pgsize) AS total FROM dbstat`,
      )
      .get();
    sizes = { ftsMb: bytes.fts / 1048576, pagesMb: bytes.total / 1048576, reports: db.prepare('SELECT COUNT(*) FROM reports').pluck().get() };
  }
  db.close();
  console.log(JSON.stringify({ seconds, loadSeconds, indexSeconds, maxRssMb: rssMb, dbMb: statSync(values.db).size / 1048576, ...sizes, counts: res.counts }));
}

function benchIndex(file, reps) {
  const since = (t) => (performance.now() - t) / 1000;
  let t = performance.now();
  // a database of an earlier version is upgraded here (015 copies report_paragraphs)
  const db = openDatabase(file);
  const migrateSeconds = since(t);
  const to = db.prepare('SELECT COALESCE(MAX(id), 0) FROM report_paragraphs').pluck().get();
  const paragraphs = db.prepare('SELECT COUNT(*) FROM report_paragraphs').pluck().get();
  const reports = db.prepare('SELECT COUNT(*) FROM reports').pluck().get();
  const runs = [];
  for (let i = 0; i < reps; i++) {
    db.transaction(() => {
      db.exec(`INSERT INTO report_text(report_text) VALUES ('delete-all'); INSERT INTO report_bigrams(report_bigrams) VALUES ('delete-all')`);
      db.prepare('UPDATE report_text_state SET indexed_to = 0').run();
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    t = performance.now();
    db.transaction(() => indexTrigrams(db, 0, to))();
    const trigram = since(t);
    t = performance.now();
    db.transaction(() => {
      indexBigrams(db, 0, to);
      db.prepare('UPDATE report_text_state SET indexed_to = ?').run(to);
    })();
    runs.push({ trigram, bigram: since(t) });
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  // bytes of the pages each index's tables hold (report_text_data, _idx, … ; report_bigrams_…)
  const pages = db
    .prepare(
      `SELECT CASE WHEN name LIKE 'report\\_text\\_%' ESCAPE '\\' THEN 'trigram' WHEN name LIKE 'report\\_bigrams\\_%' ESCAPE '\\' THEN 'bigram' ELSE 'other' END AS part,
              SUM(pgsize) AS bytes FROM dbstat GROUP BY part`,
    )
    .all();
  const mb = Object.fromEntries(pages.map((r) => [r.part, r.bytes / 1048576]));
  db.close();
  // each search on a connection of its own, opened and closed as `disclosure search` does
  // (its page cache empty; the file in the OS's cache after the first)
  const queries = SEARCH_TERMS.map((term) => {
    const times = [];
    let res;
    for (let i = 0; i < 5; i++) {
      t = performance.now();
      const conn = openDatabase(file);
      res = searchParagraphs(conn, term, { limit: 20 });
      conn.close();
      times.push((performance.now() - t) / 1000);
    }
    return { term, route: res.words[0].route, paragraphs: res.paragraphs, reports: res.reports, min: Math.min(...times), max: Math.max(...times) };
  });
  return { reports, paragraphs, migrateSeconds, runs, mb, fileMb: statSync(file).size / 1048576, queries };
}
