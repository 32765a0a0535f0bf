// Every command's options, declared once (cli/options.ts makes the parsing, the checks and
// the --help text from them). Data only: main.ts reads it for its own help without loading
// any command.
import os from 'node:os';
import type { CommandSpec } from './options.js';

const DB = { type: 'string', arg: 'FILE', default: 'data/out/disclosure.sqlite', help: 'SQLite database' } as const;
const YEAR = { type: 'string', arg: 'YYYY', pattern: /^\d{4}$/, patternHelp: 'a year such as 2023', help: 'only that report year' } as const;
const REGION = {
  type: 'string',
  arg: 'CODE',
  pattern: /^\d{6}(\d{3})?$/,
  patternHelp: 'a 6- or 9-digit division code',
  help: 'only that region and what lies below it (150000 内蒙古,\n150700 呼伦贝尔市)',
} as const;

const LANG = {
  type: 'string',
  arg: 'en|zh',
  default: 'en',
  choices: ['en', 'zh'],
  help: 'zh: the CSVs in Chinese: headers, enumerated values (县级, 汇总报告,\n结果维持 …), metric names (指标, with 指标代码 beside it), findings',
} as const;

/** Reading scans with Tesseract: the same options for run and extract. */
const OCR = {
  ocr: {
    type: 'boolean',
    help: 'read scanned PDFs and page images (PNG, JPEG, TIFF) with OCR\n(Tesseract with its simplified-Chinese model; see the README);\nwithout it, or without Tesseract, they are recorded as needs_ocr',
  },
  'ocr-dpi': {
    type: 'number',
    arg: 'N',
    integer: true,
    min: 100,
    max: 600,
    default: 300,
    help: 'resolution scanned pages (PDF pages, page images) are\nrendered at for OCR',
  },
  'ocr-page-seconds': { type: 'number', arg: 'N', min: 0, positive: true, default: 120, help: 'OCR time limit per page' },
} as const;

export const RUN = {
  name: 'run',
  brief: 'the nightly job: find reports under --input, load them, write the CSVs',
  about: `The nightly job: finds report files under --input, extracts and loads every new or
changed one (each in its own transaction), records unreadable files with the reason,
marks files that disappeared, writes the CSV exports and prints a summary.`,
  options: {
    input: { type: 'string', arg: 'DIR', default: 'data/raw', help: 'folder of reports' },
    db: DB,
    out: { type: 'string', arg: 'DIR', default: 'data/out', help: 'folder for CSV exports and logs' },
    full: { type: 'boolean', help: 'reprocess every file, changed or not (after a parser upgrade)' },
    'since-last': { type: 'boolean', help: 'only new or changed files (the default)' },
    workers: {
      type: 'number',
      arg: 'N',
      integer: true,
      min: 0,
      max: 64,
      default: () => os.availableParallelism(),
      defaultText: 'number of cores',
      help: 'parse threads; 0 parses in the main thread',
    },
    'parse-in': {
      type: 'string',
      arg: 'threads|processes',
      default: 'threads',
      choices: ['threads', 'processes'],
      help: 'run the parse workers as threads or as processes (which share\nno heap and no GC threads with the run; BENCHMARKS.md\nmeasures both)',
    },
    concurrency: {
      type: 'number',
      arg: 'N',
      integer: true,
      min: 1,
      max: 256,
      defaultText: 'four per thread, at least 2',
      help: 'files in flight, queued to the parse threads, which read,\nhash and parse them',
    },
    'max-file-mb': { type: 'number', arg: 'N', min: 0, positive: true, default: 100, help: 'files larger than this are recorded as failed, not read' },
    'timeout-s': { type: 'number', arg: 'N', min: 0, positive: true, default: 60, help: 'parse time limit per file' },
    'worker-memory-mb': { type: 'number', arg: 'N', integer: true, min: 64, default: 512, help: 'heap limit of each parse thread' },
    'text-index': {
      type: 'string',
      arg: 'none|end|now',
      default: 'end',
      choices: ['none', 'end', 'now'],
      help: 'the full-text index (search): end: brought up to date in one\npass at the end of the run; none: left for later (the\nparagraphs are stored; a bulk load of several runs indexes once);\nnow: built now from the stored paragraphs, no input read',
    },
    'skip-text-index': { type: 'boolean', help: 'the same as --text-index none' },
    verify: {
      type: 'boolean',
      help: 're-read and re-hash every file, also those whose size and mtime\nare unchanged (a file replaced by another of the same size and\nmtime); unchanged content is not parsed again (a weekly job)',
    },
    'follow-links': {
      type: 'boolean',
      help: 'read files that symbolic links point to outside the input\n(default: such links are recorded, not followed; links to\nfolders never are)',
    },
    'max-missing-share': {
      type: 'number',
      arg: 'X',
      min: 0,
      max: 1,
      default: 0.2,
      help: 'stop, marking nothing missing (exit 4, a refused run), when\nthe folder is empty or more than this share of the known\nfiles is gone at once (an unmounted folder)',
    },
    'allow-missing': { type: 'boolean', help: 'mark any number of files missing (files removed on purpose)' },
    'fail-on': {
      type: 'string',
      arg: 'new|any|none',
      default: 'new',
      choices: ['new', 'any', 'none'],
      help: 'which failed or needs-OCR files make the exit code 1: new\nones (not failing as they are at the end of the last\nfinished run), any, or none',
    },
    overrides: { type: 'string', arg: 'FILE', help: 'region override CSV (match,region_code,note); default\ndata/region-overrides.csv when it exists' },
    ...OCR,
    lang: LANG,
  },
  epilog: `Exit codes: 0 every file processed, or only known failures (the same files failing
as before); 1 new failures (with --fail-on new, the default; any: any failure; none: never),
recorded in source_files; 2 usage or configuration error, or another run holds the database
lock; 3 the database refused the run (busy, full, read-only, deleted, damaged); 4 the input
folder looks unmounted or emptied (nothing was marked missing; the run row says refused);
130/143 stopped by SIGINT/SIGTERM (the files recorded are whole, the run row says
interrupted, the next run does the rest; a second signal exits at once).`,
} as const satisfies CommandSpec;

export const EXTRACT = {
  name: 'extract',
  brief: 'read files and print what was extracted (no database); --json for the contract',
  about: `Runs extract and transform on the given files without touching any database and
prints what was read: template, identity, region and every figure with its provenance.
A file name that starts with a dash goes after --.`,
  positionals: 'FILE...',
  options: {
    json: { type: 'boolean', help: 'one JSON object per file, one per line (the contract in METRICS.md)' },
    overrides: { type: 'string', arg: 'FILE', help: 'region override CSV (default data/region-overrides.csv when it exists)' },
    ...OCR,
  },
} as const satisfies CommandSpec;

export const EXPORT = {
  name: 'export',
  brief: 'rewrite the CSVs (and an .xlsx workbook) from the database',
  about: `Rewrites the CSV exports (UTF-8 with BOM, for Excel) from the database, one per view:
reports.csv (one row per file: copies of one report share a copy_group, one is_primary),
bodies.csv, yearly_comparison.csv (one row per body), region_year.csv, region_year_consolidated.csv,
applications.csv (表三 long form), review.csv (表四), data_quality.csv, findings.csv (every
finding: failed identity checks, cells left absent, undecided regions), provenance.csv
(every figure and where it came from) and metric_dictionary.csv, and metadata.json for
Datasette. Column order is stable between runs. --xlsx also writes disclosure.xlsx, a
workbook with one sheet per view. --parquet DIR writes reports, figures (one row per
figure), bodies and checks as Parquet files partitioned by report year, Hive style
(DIR/figures/report_year=2023/part-0.parquet), for DuckDB, pandas and Spark; given
without --out it writes only those.`,
  options: {
    db: DB,
    out: { type: 'string', arg: 'DIR', default: 'data/out', help: 'folder for the CSVs' },
    lang: LANG,
    headers: { type: 'string', arg: 'en|zh', choices: ['en', 'zh'], help: 'the same as --lang (kept for older scripts)' },
    xlsx: {
      type: 'boolean',
      help: 'also write DIR/disclosure.xlsx: a sheet per view, the dictionary,\nheader rows frozen, numbers as numbers (WPS, Excel, LibreOffice)',
    },
    parquet: {
      type: 'string',
      arg: 'DIR',
      help: 'write DIR/{reports,figures,bodies,checks}: Parquet, partitioned\nby report year (report_year=2023/); DIR is replaced whole.\nAlone (no --out): only the Parquet dataset',
    },
    year: YEAR,
    region: REGION,
    map: {
      type: 'string',
      arg: 'year|current',
      default: 'year',
      choices: ['year', 'current'],
      help: "current: region_year.csv on today's map (邵东县's 2018 report under\n邵东市 430582); year: the map as it stood in each report year (430521)",
    },
  },
  epilog: `Exit codes: 0 written; 2 usage error: no database, or --year / --region match no
report (nothing is written then).`,
} as const satisfies CommandSpec;

export const STATUS = {
  name: 'status',
  brief: 'the last runs, and the files and reports that need attention',
  about: `Prints the last runs (when, how long, counts by status, parser version, host) and the
files and reports that need attention: files that failed or need OCR, with the reason,
new ones (since the last finished run before the last run) apart from known ones;
reports whose region is ambiguous or unknown, or whose tables break their own arithmetic;
reports read from a damaged file (document_damaged: a PDF with a rebuilt structure, broken
objects, fonts or pages, unmapped characters; decoding_damage: text that could not be
decoded), whose figures may be incomplete.`,
  options: {
    db: DB,
    runs: { type: 'number', arg: 'N', integer: true, min: 1, default: 5, help: 'how many runs to list' },
    limit: { type: 'number', arg: 'N', integer: true, min: 0, default: 20, help: 'how many files and reports to list' },
    lang: {
      ...LANG,
      help: 'zh: the reports needing attention in Chinese, as a reader writes them\n(勾稽关系不符：表三（总计列）办理结果合计 21 ≠ 分项之和 27)',
    },
    json: { type: 'boolean', help: 'one JSON object instead of text' },
    'fail-on': {
      type: 'string',
      arg: 'new|any|none',
      default: 'new',
      choices: ['new', 'any', 'none'],
      help: "which failures of the last run make the exit code 1 (as run's)",
    },
  },
  epilog: `Exit codes: 0 the last run processed every file, or had only known failures; 1 it had
new failures (--fail-on), or it was interrupted, refused (input unmounted), crashed (also:
its process is gone) or is still running; 2 usage error (no database).`,
} as const satisfies CommandSpec;

export const REPORT = {
  name: 'report',
  brief: 'write report.html: charts of the dataset, the tables behind them, a section per body',
  about: `Writes report.html: one self-contained, offline page (ECharts rendered to SVG, no script),
in Chinese unless --lang en: the headline metrics per year as small multiples (one chart per
metric, each with its own y-axis, every year on the axis, years without a report left empty),
applications received per province, the outcome mix of applications, reports per template
and data quality, each chart followed by the table behind it; the files that failed or need
OCR; an index of every body and a section for each of the first --bodies by region code
(its headline series, failing identity checks and files).`,
  options: {
    db: DB,
    out: { type: 'string', arg: 'DIR', default: 'data/out', help: 'folder for report.html' },
    lang: {
      type: 'string',
      arg: 'zh|en',
      default: 'zh',
      choices: ['zh', 'en'],
      help: 'zh: metric names from the dictionary, 县级, 2021格式 …; en: English',
    },
    bodies: {
      type: 'number',
      arg: 'N',
      integer: true,
      min: 0,
      default: 200,
      help: 'bodies given a section of their own (the index lists all;\nyearly_comparison.csv has every series)',
    },
  },
} as const satisfies CommandSpec;

export const SEARCH = {
  name: 'search',
  brief: 'find the paragraphs of the reports that contain a word (收费, 行政复议)',
  about: `Finds the paragraphs of the reports that contain TERM, and prints each with its report
(body, report year, file), where it is (block, page when known, the character offset of
the term in the paragraph) and the words around it, the term marked 【…】. Several words,
separated by spaces, must all be in the paragraph. Words are matched as written (no word
list, no stemming; FTS5 operators such as AND, NEAR, * and quotes are text): a word of 3
characters or more through the trigram index, of 2 Chinese characters through the bigram
index, anything shorter by reading every paragraph. Hits are listed by report year, body
and block; copies of a report (is_primary 0) come after its primary file and are marked.`,
  positionals: 'TERM...',
  options: {
    db: DB,
    year: YEAR,
    region: REGION,
    limit: { type: 'number', arg: 'N', integer: true, min: 1, default: 20, help: 'how many paragraphs to print (all are counted)' },
    json: { type: 'boolean', help: 'one JSON object per paragraph, one per line' },
  },
  epilog: `Exit codes: 0 paragraphs found; 1 none (as grep); 2 usage error (no term, a term of
punctuation only, no database).`,
} as const satisfies CommandSpec;

/** In the order `disclosure --help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [RUN, EXTRACT, EXPORT, STATUS, REPORT, SEARCH];
