#!/usr/bin/env node
// Makes small complete 2019- and 2021-template reports in the layouts offices print, and their
// gold figures: the test set for the PDF reader and the `pdftotext -layout` reader (issue 13).
//
// Each report has a title, prose, 表二, 表三, 表四, a signature and a date. Its figures come from a
// seeded generator and satisfy every identity of FORMATS.md §6 (T3-BAL, T3-RES, T3-ROW, T4-SUM),
// with multi-digit figures beside single digits in narrow neighbouring columns, zeros, and a
// few blank cells where the gold says 0 (a blank template cell is a stated 0).
// Each report is written as DOCX or HTML, printed to PDF by LibreOffice (and the HTML ones by
// headless Chromium too), and every PDF gets its `pdftotext -layout` text beside it:
//   <layout>.docx|.html         the source
//   <layout>.pdf                LibreOffice's print
//   <layout>.chrome.pdf         Chromium's print (HTML sources)
//   <layout>.layout.txt, <layout>.chrome.layout.txt   pdftotext -layout of each PDF
//   gold.jsonl                  one line per PDF and per layout text (the format of
//                               ../shared/corpus/real/gold.jsonl, read by ../shared/eval/score.mjs)
//   sources.jsonl               the same gold for the DOCX/HTML sources (a control: what the
//                               reports say before any printing)
//
// makeLayouts({ force }) builds into a cache (node_modules/.cache/make-layouts/) and copies it to
// test/fixtures/generated/layouts/; it builds again only when this script (or scripts/lib/) has
// changed, so the test setup can call it on every run (make-fixtures.mjs wipes
// test/fixtures/generated/ each run, hence the cache outside it).
//   node scripts/make-layouts.mjs [--force] [--out DIR]
import { printToPdf } from './lib/chromium.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './lib/rng.mjs';
import { zip } from './lib/zip.mjs';

const SELF = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(SELF), '..');
const OUT = path.join(root, 'test', 'fixtures', 'generated', 'layouts');
const CACHE = path.join(root, 'node_modules', '.cache', 'make-layouts');
const STAMP = '.stamp.json';

const TOOLS = {
  soffice: '/usr/bin/soffice',
  chromium: '/usr/bin/chromium',
  pdftotext: '/usr/bin/pdftotext',
};

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

const APPL = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org'];
const COLS = [...APPL, 'total'];
const DENIED = ['state_secret', 'law_forbidden', 'security_stability', 'third_party', 'internal_affairs', 'process_info', 'enforcement_file', 'inquiry'];
const UNAVAILABLE = ['not_held', 'needs_creation', 'unclear'];
const NOT_PROCESSED = ['complaint', 'duplicate', 'publication', 'mass_repeat', 'confirmation'];
const OTHER3 = ['overdue_correction', 'unpaid_fee', 'other'];
const T4_KINDS = ['reconsideration', 'litigation_direct', 'litigation_after'];
const T4_RESULTS = ['upheld', 'corrected', 'other', 'pending', 'total'];

/** The result rows of 表三 in template order; `single`: one （六）其他处理 row (2019). */
const resultRows = (single) => [
  'granted',
  'partial',
  ...DENIED.map((r) => `denied.${r}`),
  ...UNAVAILABLE.map((r) => `unavailable.${r}`),
  ...NOT_PROCESSED.map((r) => `not_processed.${r}`),
  ...(single ? ['other'] : OTHER3.map((r) => `other.${r}`)),
];

// how many of a row a busy office gets from natural persons: [max, chance of zero]
const ROW_SIZE = {
  granted: [260, 0],
  partial: [40, 0.2],
  'denied.state_secret': [3, 0.6],
  'denied.law_forbidden': [12, 0.5],
  'denied.security_stability': [4, 0.6],
  'denied.third_party': [9, 0.5],
  'denied.internal_affairs': [6, 0.5],
  'denied.process_info': [14, 0.4],
  'denied.enforcement_file': [10, 0.5],
  'denied.inquiry': [60, 0.3],
  'unavailable.not_held': [180, 0],
  'unavailable.needs_creation': [15, 0.3],
  'unavailable.unclear': [8, 0.4],
  'not_processed.complaint': [40, 0.3],
  'not_processed.duplicate': [25, 0.3],
  'not_processed.publication': [3, 0.7],
  'not_processed.mass_repeat': [20, 0.6],
  'not_processed.confirmation': [4, 0.6],
  'other.overdue_correction': [50, 0.2],
  'other.unpaid_fee': [5, 0.6],
  'other.other': [90, 0.1],
  other: [90, 0.1],
};
// applicants other than persons are few: a share of the row size, and a chance of none at all
const COL_SHARE = {
  natural_person: [1, 0],
  commercial: [0.09, 0.35],
  research: [0.01, 0.9],
  social_org: [0.015, 0.85],
  legal_service: [0.06, 0.5],
  other_org: [0.03, 0.6],
};

function figures(R, { template, single, scale, busyReview }) {
  const int = (lo, hi) => lo + Math.floor(R() * (hi - lo + 1));
  const draw = (max, pZero) => (R() < pZero || max < 0.5 ? 0 : int(1, Math.max(1, Math.round(max))));
  const t3 = {};
  const rows = resultRows(single);
  for (const r of rows) {
    const [max, pZero] = ROW_SIZE[r];
    t3[r] = APPL.map((c) => {
      const [share, pNone] = COL_SHARE[c];
      // persons' figures run to several digits; the columns beside them mostly to one
      return draw(max * share * scale * (c === 'natural_person' ? 1 : 1.6), Math.max(pZero, pNone));
    });
  }
  const sumRows = (keys) => APPL.map((_, i) => keys.reduce((a, k) => a + t3[k][i], 0));
  t3.handled = sumRows(rows);
  t3.carried_forward = t3.handled.map((h, i) => (i === 0 ? int(0, Math.max(2, Math.round(h / 8))) : R() < 0.8 ? 0 : int(1, 2)));
  t3.carried_over = t3.handled.map((h, i) => Math.min(h + t3.carried_forward[i], i === 0 ? int(0, Math.max(1, Math.round(h / 10))) : R() < 0.85 ? 0 : 1));
  t3.received = t3.handled.map((h, i) => h + t3.carried_forward[i] - t3.carried_over[i]);
  for (const k of Object.keys(t3)) t3[k] = [...t3[k], t3[k].reduce((a, b) => a + b, 0)];

  // 表四: a first figure of two digits beside single digits ("13 | 4" once read as 134)
  const t4 = {};
  const kinds =
    busyReview === 'dense'
      ? {
          reconsideration: [
            [100, 400],
            [10, 99],
            [100, 300],
            [10, 60],
          ],
          litigation_direct: [
            [10, 60],
            [1, 9],
            [10, 40],
            [1, 9],
          ],
          litigation_after: [
            [10, 30],
            [1, 9],
            [1, 9],
            [1, 9],
          ],
        }
      : busyReview
        ? {
            reconsideration: [
              [10, 90],
              [0, 9],
              [1, 30],
              [0, 9],
            ],
            litigation_direct: [
              [10, 40],
              [1, 9],
              [0, 12],
              [0, 6],
            ],
            litigation_after: [
              [0, 19],
              [0, 4],
              [0, 3],
              [0, 9],
            ],
          }
        : {
            reconsideration: [
              [0, 6],
              [0, 2],
              [0, 3],
              [0, 1],
            ],
            litigation_direct: [
              [0, 3],
              [0, 1],
              [0, 1],
              [0, 1],
            ],
            litigation_after: [
              [0, 2],
              [0, 1],
              [0, 1],
              [0, 0],
            ],
          };
  for (const k of T4_KINDS) {
    const v = kinds[k].map(([lo, hi]) => (lo === 0 && R() < 0.3 ? 0 : int(lo, hi)));
    t4[k] = [...v, v.reduce((a, b) => a + b, 0)];
  }

  // 表二
  const t2 = {};
  const big = (lo, hi) => Math.round(Math.exp(Math.log(lo) + R() * (Math.log(hi) - Math.log(lo))));
  if (template === 'gov2021') {
    const hasRules = R() < 0.35;
    t2.rules = hasRules ? [int(0, 3), int(0, 2), int(4, 40)] : [0, 0, 0];
    t2.normative_docs = [int(0, 14), int(0, 9), int(8, 160)];
    t2.licensing = [R() < 0.15 ? 0 : big(3, 480000)];
    t2.penalty = [R() < 0.1 ? 0 : big(2, 40000)];
    t2.coercion = [R() < 0.3 ? 0 : big(1, 900)];
    // 万元 with up to four decimals: the gold is whole yuan
    const places = [1, 2, 4, 0][int(0, 3)];
    const unit = 10 ** (4 - places); // yuan per last printed digit
    const yuan = R() < 0.15 ? 0 : big(1, 9e8 / unit) * unit;
    t2.admin_fees = [{ text: (yuan / 1e4).toFixed(places), value: yuan }];
  } else {
    const n = int(0, 12);
    const rulesN = R() < 0.3 ? int(0, 2) : 0;
    t2.rules = [rulesN, rulesN, rulesN + int(0, 30) * (rulesN ? 1 : 0)];
    t2.normative_docs = [n, n, n + int(5, 120)];
    const item = (prevLo, prevHi, decLo, decHi) => {
      const prev = int(prevLo, prevHi);
      const change = int(-Math.min(prev, 20), 30);
      return [prev, { text: change > 0 ? `+${change}` : String(change), value: change }, big(1, decHi) * (R() < 0.1 ? 0 : 1) + decLo];
    };
    t2.licensing = item(5, 400, 0, 90000);
    t2.other_services = item(0, 120, 0, 5000);
    t2.penalty = item(10, 3000, 0, 20000);
    t2.coercion = item(0, 60, 0, 300);
    t2.admin_fees = item(0, 40, 0, 1).slice(0, 2);
    const amount = big(1000, 90000000) + (R() < 0.5 ? int(0, 99) / 100 : 0);
    t2.procurement = [int(0, 60), { text: amount.toFixed(amount % 1 ? 2 : 0), value: amount }];
  }
  return { t2, t3, t4 };
}

const T2_KEYS = {
  gov2021: {
    rules: ['rules.issued', 'rules.repealed', 'rules.in_force'],
    normative_docs: ['normative_docs.issued', 'normative_docs.repealed', 'normative_docs.in_force'],
    licensing: ['licensing.decisions'],
    penalty: ['penalty.decisions'],
    coercion: ['coercion.decisions'],
    admin_fees: ['admin_fees.amount'],
  },
  gov2019: {
    rules: ['rules.issued', 'rules.published', 'rules.total_public'],
    normative_docs: ['normative_docs.issued', 'normative_docs.published', 'normative_docs.total_public'],
    licensing: ['licensing.previous_items', 'licensing.change', 'licensing.decisions'],
    other_services: ['other_services.previous_items', 'other_services.change', 'other_services.decisions'],
    penalty: ['penalty.previous_items', 'penalty.change', 'penalty.decisions'],
    coercion: ['coercion.previous_items', 'coercion.change', 'coercion.decisions'],
    admin_fees: ['admin_fees.previous_items', 'admin_fees.change'],
    procurement: ['procurement.projects', 'procurement.amount'],
  },
};

const valueOf = (v) => (typeof v === 'object' ? v.value : v);
const textOf = (v) => (typeof v === 'object' ? v.text : String(v));

/** Every table cell under its METRICS.md key, and the headline keys the tables imply. */
function goldMetrics(f, template, extra) {
  const m = {};
  for (const [row, keys] of Object.entries(T2_KEYS[template])) keys.forEach((k, i) => (m[k] = valueOf(f.t2[row][i])));
  for (const [row, vals] of Object.entries(f.t3)) COLS.forEach((c, i) => (m[`applications.${row}.${c}`] = vals[i]));
  for (const k of T4_KINDS) T4_RESULTS.forEach((r, i) => (m[`review.${k}.${r}`] = f.t4[k][i]));
  for (const h of ['received', 'carried_over', 'handled', 'granted', 'partial', 'carried_forward']) m[`applications.${h}`] = f.t3[h][6];
  m['applications.denied'] = DENIED.reduce((a, r) => a + f.t3[`denied.${r}`][6], 0);
  m['review.litigation.total'] = f.t4.litigation_direct[4] + f.t4.litigation_after[4];
  return { ...m, ...extra };
}

/** Checks FORMATS.md §6 on the generated figures: a generator bug must not become a gold bug. */
function checkIdentities(f, name) {
  const fail = (what) => {
    throw new Error(`make-layouts: ${name}: generated figures break ${what}`);
  };
  const rows = Object.keys(f.t3);
  const results = rows.filter((r) => !['received', 'carried_over', 'handled', 'carried_forward'].includes(r));
  for (let c = 0; c < 7; c++) {
    if (f.t3.received[c] + f.t3.carried_over[c] !== f.t3.handled[c] + f.t3.carried_forward[c]) fail(`T3-BAL in column ${c}`);
    if (results.reduce((a, r) => a + f.t3[r][c], 0) !== f.t3.handled[c]) fail(`T3-RES in column ${c}`);
  }
  for (const r of rows) if (f.t3[r].slice(0, 6).reduce((a, b) => a + b, 0) !== f.t3[r][6] || f.t3[r].some((v) => v < 0)) fail(`T3-ROW in ${r}`);
  for (const k of T4_KINDS) if (f.t4[k].slice(0, 4).reduce((a, b) => a + b, 0) !== f.t4[k][4]) fail(`T4-SUM in ${k}`);
}

// ---------------------------------------------------------------------------------------------
// Tables as a model: rows of cells { t, cs, rs, v (vertical), shade, al }, '\n' a forced break.
// Widths in mm. Rendered to WordprocessingML and to HTML below.
// ---------------------------------------------------------------------------------------------

const c = (t, o = {}) => ({ t: String(t), ...o });

const T3_LABELS = {
  received: '一、本年新收政府信息公开申请数量',
  carried_over: '二、上年结转政府信息公开申请数量',
  results: '三、本年度办理结果',
  granted: '（一）予以公开',
  partial: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  denied: '（三）不予公开',
  'denied.state_secret': '属于国家秘密',
  'denied.law_forbidden': '其他法律行政法规禁止公开',
  'denied.security_stability': '危及“三安全一稳定”',
  'denied.third_party': '保护第三方合法权益',
  'denied.internal_affairs': '属于三类内部事务信息',
  'denied.process_info': '属于四类过程性信息',
  'denied.enforcement_file': '属于行政执法案卷',
  'denied.inquiry': '属于行政查询事项',
  unavailable: '（四）无法提供',
  'unavailable.not_held': '本机关不掌握相关政府信息',
  'unavailable.needs_creation': '没有现成信息需要另行制作',
  'unavailable.unclear': '补正后申请内容仍不明确',
  not_processed: '（五）不予处理',
  'not_processed.complaint': '信访举报投诉类申请',
  'not_processed.duplicate': '重复申请',
  'not_processed.publication': '要求提供公开出版物',
  'not_processed.mass_repeat': '无正当理由大量反复申请',
  'not_processed.confirmation': '要求行政机关确认或重新出具已获取信息',
  other: '（六）其他处理',
  'other.overdue_correction': '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'other.unpaid_fee': '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  'other.other': '其他',
  handled: '（七）总计',
  carried_forward: '四、结转下年度继续办理',
};
const CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const NUMBERING = {
  dot: (i) => `${i}.`,
  comma: (i) => `${i}、`,
  paren: (i) => `（${i}）`,
  wide: (i) => `${i}．`,
};

/** One character a line, a leading "三、" or "（三）" kept whole: "三、\n本\n年\n度…" (how Word users fake vertical text). */
const perLine = (s) => {
  const lead = /^(（[一二三四五六七八九]）|[一二三四五六七八九]、)/.exec(s)?.[0] ?? '';
  return [...(lead ? [lead] : []), ...s.slice(lead.length)].join('\n');
};

/**
 * 表三. opts: numbering (NUMBERING key), vertical ('textdir' | 'css' | 'lines' | 'none': how
 * 三、本年度办理结果 stands; groupVertical: the same for （三）…（六）, default the same), widths, labels (overrides: typos, breaks),
 * header ('spaced': "商 业 企 业" in narrow columns; 'break': "商业企\n业"), blanks (Set of
 * "row:col" printed empty, all zeros), single (one （六） row), repeat (header rows repeat),
 * numAlign ('l' | 'c' | 'r' for the figures), pad (left and right cell margin, mm).
 */
function t3Table(f, opts) {
  const L = { ...T3_LABELS, ...(opts.labels ?? {}) };
  const num = NUMBERING[opts.numbering ?? 'dot'];
  const vert = opts.vertical ?? 'none';
  const groupVert = opts.groupVertical ?? vert;
  const groupCell = (text, rs) => {
    if (groupVert === 'lines') return c(perLine(text), { rs });
    if (groupVert === 'textdir' || groupVert === 'css') return c(text, { rs, v: true });
    return c(text, { rs });
  };
  const head = { head: true };
  const orgs =
    opts.header === 'spaced'
      ? ['商 业 企 业', '科 研 机 构', '社 会 公 益 组 织', '法 律 服 务 机 构', '其他']
      : opts.header === 'break'
        ? ['商业企\n业', '科研机\n构', '社会公\n益组织', '法律服\n务机构', '其他']
        : ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const rows = [
    { ...head, cells: [c(CORNER, { cs: 3, rs: 3, al: 'l' }), c('申请人情况', { cs: 7 })] },
    { ...head, cells: [c('自然人', { rs: 2 }), c('法人或其他组织', { cs: 5 }), c('总计', { rs: 2 })] },
    { ...head, cells: orgs.map((t) => c(t)) },
  ];
  const vals = (row) => f.t3[row].map((v, i) => c(opts.blanks?.has(`${row}:${i}`) ? '' : v, { al: opts.numAlign }));
  rows.push({ cells: [c(L.received, { cs: 3, al: 'l' }), ...vals('received')] });
  rows.push({ cells: [c(L.carried_over, { cs: 3, al: 'l' }), ...vals('carried_over')] });
  const single = !!opts.single;
  const groups = [['denied', DENIED], ['unavailable', UNAVAILABLE], ['not_processed', NOT_PROCESSED], ...(single ? [] : [['other', OTHER3]])];
  const nResults = 2 + groups.reduce((a, [, subs]) => a + subs.length, 0) + (single ? 1 : 0) + 1;
  const resultsCell = vert === 'lines' ? c(perLine(L.results), { rs: nResults }) : c(L.results, { rs: nResults, v: vert !== 'none' });
  rows.push({ cells: [resultsCell, c(L.granted, { cs: 2, al: 'l' }), ...vals('granted')] });
  rows.push({ cells: [c(L.partial, { cs: 2, al: 'l' }), ...vals('partial')] });
  for (const [g, subs] of groups) {
    subs.forEach((s, i) => {
      const key = `${g}.${s}`;
      const label = c(`${num(i + 1)}${L[key]}`, { al: 'l' });
      rows.push({ cells: [...(i === 0 ? [groupCell(L[g], subs.length)] : []), label, ...vals(key)] });
    });
  }
  if (single) rows.push({ cells: [c(L.other, { cs: 2, al: 'l' }), ...vals('other')] });
  rows.push({ cells: [c(L.handled, { cs: 2, al: 'l' }), ...vals('handled')] });
  rows.push({ cells: [c(L.carried_forward, { cs: 3, al: 'l' }), ...vals('carried_forward')] });
  return {
    widths: opts.widths ?? [9, 17, 46, 12, 12, 12, 12, 12, 12, 12],
    rows,
    pt: opts.pt ?? 9,
    borders: opts.borders ?? 'all',
    repeat: opts.repeat ?? false,
    cantSplit: true,
    pad: opts.pad,
  };
}

/** 表四. opts: leaves ('plain' | 'br' | 'mixed'), widths, blanks (Set of "kind:i"), pt, numAlign ('l' | 'c' | 'r' for the figures), pad (cell margin, mm). */
function t4Table(f, opts) {
  const leaves = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const broken = ['结果\n维持', '结果\n纠正', '其他\n结果', '尚未\n审结', '总计'];
  const style = opts.leaves ?? 'plain';
  const leaf = (kind, i) => {
    if (style === 'br') return broken[i];
    if (style === 'mixed') return kind === 'reconsideration' ? broken[i] : kind === 'litigation_direct' ? (i < 4 ? perLine(leaves[i]) : leaves[i]) : leaves[i];
    return leaves[i];
  };
  const head = { head: true };
  const rows = [
    { ...head, cells: [c('行政复议', { cs: 5 }), c('行政诉讼', { cs: 10 })] },
    { ...head, cells: [...leaves.map((_, i) => c(leaf('reconsideration', i), { rs: 2 })), c('未经复议直接起诉', { cs: 5 }), c('复议后起诉', { cs: 5 })] },
    { ...head, cells: ['litigation_direct', 'litigation_after'].flatMap((k) => leaves.map((_, i) => c(leaf(k, i)))) },
    { cells: T4_KINDS.flatMap((k) => f.t4[k].map((v, i) => c(opts.blanks?.has(`${k}:${i}`) ? '' : v, { al: opts.numAlign }))) },
  ];
  return { widths: opts.widths ?? Array(15).fill(10.4), rows, pt: opts.pt ?? 9, borders: opts.borders ?? 'all', repeat: false, cantSplit: true, pad: opts.pad };
}

/**
 * 表二 of 2021. style 'huaian': one 4-column table, shaded 第二十条 rows, single values spanning
 * three columns, 现行有效件数 a narrow last column; 'plain': the same without shading and with
 * even columns.
 */
function t2Table2021(f, opts) {
  const huaian = opts.style === 'huaian';
  const band = (t) => ({ cells: [c(t, { cs: 4, al: 'l', shade: huaian ? 'D9E2F3' : undefined })] });
  const one = (label, v) => ({ cells: [c(label, { al: 'l' }), c(textOf(v), { cs: 3, al: huaian ? 'l' : 'c' })] });
  const rows = [
    band('第二十条第（一）项'),
    { cells: [c('信息内容', { al: 'l' }), c('本年制发件数'), c('本年废止件数'), c('现行有效件数')] },
    { cells: [c('规章', { al: 'l' }), ...f.t2.rules.map((v) => c(textOf(v)))] },
    { cells: [c('行政规范性文件', { al: 'l' }), ...f.t2.normative_docs.map((v) => c(textOf(v)))] },
    band('第二十条第（五）项'),
    { cells: [c('信息内容', { al: 'l' }), c('本年处理决定数量', { cs: 3, al: huaian ? 'l' : 'c' })] },
    one('行政许可', f.t2.licensing[0]),
    band('第二十条第（六）项'),
    { cells: [c('信息内容', { al: 'l' }), c('本年处理决定数量', { cs: 3, al: huaian ? 'l' : 'c' })] },
    one('行政处罚', f.t2.penalty[0]),
    one('行政强制', f.t2.coercion[0]),
    band('第二十条第（八）项'),
    { cells: [c('信息内容', { al: 'l' }), c('本年收费金额（单位：万元）', { cs: 3, al: huaian ? 'l' : 'c' })] },
    one('行政事业性收费', f.t2.admin_fees[0]),
  ];
  // huaian: 现行有效件数 in a column narrower than its words (it wraps over two lines)
  return {
    widths: opts.widths ?? (huaian ? [60, 42, 40, 14] : [48, 36, 36, 36]),
    rows,
    pt: opts.pt ?? 10.5,
    borders: opts.borders ?? 'all',
    repeat: false,
    cantSplit: true,
  };
}

/** 表二 of 2019: five sub-tables in one grid, each under its spanning 第二十条 row. */
function t2Table2019(f, opts) {
  const band = (t) => ({ cells: [c(t, { cs: 4, shade: opts.shade ? 'F2F2F2' : undefined })] });
  const hdr = (...t) => ({ cells: [c('信息内容'), ...t.map((x) => c(x))] });
  const row = (label, vals) => ({ cells: [c(label), ...vals.map((v) => c(textOf(v)))] });
  const items = ['上一年项目数量', '本年增/减', '处理决定数量'];
  const rows = [
    band('第二十条第（一）项'),
    hdr('本年新制作数量', '本年新公开数量', '对外公开总数量'),
    row('规章', f.t2.rules),
    row('规范性文件', f.t2.normative_docs),
    band('第二十条第（五）项'),
    hdr(...items),
    row('行政许可', f.t2.licensing),
    row('其他对外管理服务事项', f.t2.other_services),
    band('第二十条第（六）项'),
    hdr(...items),
    row('行政处罚', f.t2.penalty),
    row('行政强制', f.t2.coercion),
    band('第二十条第（八）项'),
    { cells: [c('信息内容'), c('上一年项目数量'), c('本年增/减', { cs: 2 })] },
    { cells: [c('行政事业性收费'), c(textOf(f.t2.admin_fees[0])), c(textOf(f.t2.admin_fees[1]), { cs: 2 })] },
    band('第二十条第（九）项'),
    { cells: [c('信息内容'), c('采购项目数量'), c('采购总金额', { cs: 2 })] },
    { cells: [c('政府集中采购'), c(textOf(f.t2.procurement[0])), c(`${textOf(f.t2.procurement[1])}${opts.yuanSuffix ? '元' : ''}`, { cs: 2 })] },
  ];
  return { widths: opts.widths ?? [48, 36, 36, 36], rows, pt: opts.pt ?? 10, borders: opts.borders ?? 'all', repeat: false, cantSplit: true };
}

/** Occupancy of a model table: for each row, the grid columns of its cells and the row-spanned holes. */
function layoutGrid(table) {
  const n = table.widths.length;
  const taken = []; // taken[r][col] = { cell, origin }
  const placed = [];
  table.rows.forEach((row, r) => {
    taken[r] ??= [];
    let col = 0;
    const out = [];
    for (const cell of row.cells) {
      while (taken[r][col]) col++;
      const cs = cell.cs ?? 1;
      const rs = cell.rs ?? 1;
      for (let dr = 0; dr < rs; dr++) {
        taken[r + dr] ??= [];
        for (let dc = 0; dc < cs; dc++) taken[r + dr][col + dc] = { cell, origin: dr === 0 && dc === 0, first: dr === 0, col };
      }
      out.push({ cell, col });
      col += cs;
    }
    placed.push(out);
  });
  for (let r = 0; r < table.rows.length; r++) {
    let w = 0;
    for (let col = 0; col < n; col++) if (taken[r][col]) w++;
    if (w !== n) throw new Error(`make-layouts: table row ${r} covers ${w} of ${n} columns`);
  }
  return { taken, placed };
}

// ---------------------------------------------------------------------------------------------
// DOCX
// ---------------------------------------------------------------------------------------------

const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const twip = (mm) => Math.round(mm * 56.6929);
const FONTS = { body: '仿宋_GB2312', title: '方正小标宋简体', head: '黑体', table: '宋体' };

function run(text, { font = FONTS.body, pt = 16, bold = false } = {}) {
  const rpr = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${xml(font)}" w:hint="eastAsia"/>${bold ? '<w:b/>' : ''}<w:sz w:val="${Math.round(pt * 2)}"/><w:szCs w:val="${Math.round(pt * 2)}"/></w:rPr>`;
  return String(text)
    .split('\n')
    .map((part) => `<w:r>${rpr}<w:t xml:space="preserve">${xml(part)}</w:t></w:r>`)
    .join(`<w:r>${rpr}<w:br/></w:r>`);
}

function para(text, { align = 'both', indent = true, font, pt, bold, line = 560, before = 0, after = 0, keepNext = false, pageBreakBefore = false } = {}) {
  const jc = { both: 'both', center: 'center', right: 'right', left: 'left' }[align];
  const ppr = `<w:pPr>${keepNext ? '<w:keepNext/>' : ''}${pageBreakBefore ? '<w:pageBreakBefore/>' : ''}<w:spacing w:before="${before}" w:after="${after}" w:line="${line}" w:lineRule="exact"/>${indent ? `<w:ind w:firstLine="${Math.round((pt ?? 16) * 40)}"/>` : ''}<w:jc w:val="${jc}"/></w:pPr>`;
  return `<w:p>${ppr}${run(text, { font, pt, bold })}</w:p>`;
}

function docxTable(table) {
  const { taken } = layoutGrid(table);
  const n = table.widths.length;
  const b = table.borders === 'none' ? 'nil' : 'single';
  const pad = table.pad === undefined ? 40 : twip(table.pad);
  const border = (side) => `<w:${side} w:val="${b}" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr = `<w:tblPr><w:tblW w:w="${twip(table.widths.reduce((a, x) => a + x, 0))}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="${pad}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="${pad}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>`;
  const grid = `<w:tblGrid>${table.widths.map((w) => `<w:gridCol w:w="${twip(w)}"/>`).join('')}</w:tblGrid>`;
  const cellXml = (cell, col, restart) => {
    const cs = cell.cs ?? 1;
    const w = table.widths.slice(col, col + cs).reduce((a, x) => a + x, 0);
    const props = [
      `<w:tcW w:w="${twip(w)}" w:type="dxa"/>`,
      cs > 1 ? `<w:gridSpan w:val="${cs}"/>` : '',
      (cell.rs ?? 1) > 1 ? (restart ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '',
      cell.shade && restart ? `<w:shd w:val="clear" w:color="auto" w:fill="${cell.shade}"/>` : '',
      cell.v && restart ? '<w:textDirection w:val="tbRl"/>' : '',
      '<w:vAlign w:val="center"/>',
    ].join('');
    const jc = { l: 'left', r: 'right', c: 'center' }[cell.al ?? 'c'];
    const body = restart ? run(cell.t, { font: FONTS.table, pt: table.pt }) : '';
    return `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="${jc}"/></w:pPr>${body}</w:p></w:tc>`;
  };
  const rows = table.rows.map((row, r) => {
    const tcs = [];
    for (let col = 0; col < n;) {
      const t = taken[r][col];
      tcs.push(cellXml(t.cell, col, t.first));
      col += t.cell.cs ?? 1;
    }
    const trPr = `<w:trPr>${table.cantSplit ? '<w:cantSplit/>' : ''}${row.head && table.repeat ? '<w:tblHeader/>' : ''}<w:trHeight w:val="${twip(table.pt * 0.7)}"/></w:trPr>`;
    return `<w:tr>${trPr}${tcs.join('')}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${rows.join('')}</w:tbl>`;
}

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function docx(blocks, { header, footer }) {
  const body = blocks
    .map((b) => {
      if (b.kind === 'table') return docxTable(b.table) + para('', { indent: false, line: 240, pt: 6 });
      if (b.kind === 'title') return para(b.text, { align: 'center', indent: false, font: FONTS.title, pt: 22, line: 700, after: b.last ? 300 : 0 });
      if (b.kind === 'heading') return para(b.text, { font: FONTS.head, keepNext: true });
      if (b.kind === 'caption') return para(b.text, { align: 'center', indent: false, font: FONTS.head, pt: 14, line: 400, keepNext: true });
      if (b.kind === 'sign') return para(b.text, { align: 'right', indent: false });
      return para(b.text, { pageBreakBefore: !!b.pageBreakBefore });
    })
    .join('');
  const refs = `${header ? '<w:headerReference w:type="default" r:id="rIdH"/>' : ''}${footer ? '<w:footerReference w:type="default" r:id="rIdF"/>' : ''}`;
  // 公文 page: A4, top 37 mm, bottom 35 mm, left 28 mm, right 26 mm
  const sect = `<w:sectPr>${refs}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="1134" w:gutter="0"/></w:sectPr>`;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${header ? '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' : ''}${footer ? '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' : ''}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W_NS}><w:body>${body}${sect}</w:body></w:document>`,
  };
  if (header) {
    files['word/header1.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W_NS}><w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr><w:jc w:val="center"/></w:pPr>${run(header, { pt: 9, font: FONTS.table })}</w:p></w:hdr>`;
  }
  if (footer) {
    // "- 5 -" or "— 5 —": the page number field between dashes
    const [pre, post] = footer.split('#');
    const rpr = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${FONTS.table}"/><w:sz w:val="28"/></w:rPr>`;
    files['word/footer1.xml'] =
      `<?xml version="1.0" encoding="UTF-8"?><w:ftr ${W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r>${rpr}<w:t xml:space="preserve">${xml(pre)}</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r>${rpr}<w:t>1</w:t></w:r></w:fldSimple><w:r>${rpr}<w:t xml:space="preserve">${xml(post)}</w:t></w:r></w:p></w:ftr>`;
  }
  return zip(files);
}

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

const br = (s) => xml(s).replace(/\n/g, '<br>');

function htmlTable(table) {
  const total = table.widths.reduce((a, x) => a + x, 0);
  const cls = table.borders === 'none' ? 'plain' : 'ruled';
  // LibreOffice reads widths from the attributes (px) and sizes from inline styles only
  const px = (mm) => Math.round((mm * 96) / 25.4);
  const cols = table.widths.map((w) => `<col width="${px(w)}" style="width:${w}mm">`).join('');
  const tr = (row) =>
    `<tr>${row.cells
      .map((cell) => {
        const attrs = [
          cell.cs > 1 ? ` colspan="${cell.cs}"` : '',
          cell.rs > 1 ? ` rowspan="${cell.rs}"` : '',
          ` align="${{ l: 'left', r: 'right' }[cell.al] ?? 'center'}"`,
          cell.shade ? ` bgcolor="#${cell.shade}"` : '',
        ].join('');
        const style = [
          `font-size:${table.pt}pt`,
          table.latin ? "font-family:'Times New Roman', '宋体', 'SimSun', 'WenQuanYi Micro Hei', serif" : '',
          table.pad === undefined ? '' : `padding:0.5mm ${table.pad}mm`,
          cell.al === 'l' ? 'text-align:left' : cell.al === 'r' ? 'text-align:right' : '',
          cell.shade ? `background:#${cell.shade}` : '',
        ]
          .filter(Boolean)
          .join(';');
        const inner = cell.v ? `<span class="vert">${br(cell.t)}</span>` : br(cell.t);
        return `<td${attrs}${style ? ` style="${style}"` : ''}>${inner}</td>`;
      })
      .join('')}</tr>`;
  const headRows = table.rows.filter((r) => r.head);
  const rest = table.rows.filter((r) => !r.head);
  const head = table.repeat && headRows.length ? `<thead>${headRows.map(tr).join('')}</thead>` : '';
  const bodyRows = table.repeat ? rest : table.rows;
  return `<table class="${cls}" style="font-size:${table.pt}pt;width:${total}mm"${table.borders === 'none' ? '' : ' border="1"'} cellspacing="0" cellpadding="2" width="${px(total)}"><colgroup>${cols}</colgroup>${head}<tbody>${bodyRows.map(tr).join('')}</tbody></table>`;
}

function html(blocks, { title, header, footer, font }) {
  const margin = (s) => s.replace(/"/g, '\\"');
  const pageBoxes = [
    header ? `@top-center { content: "${margin(header)}"; font-size: 9pt; border-bottom: 0.5pt solid #000; vertical-align: bottom; padding-bottom: 1mm; }` : '',
    footer
      ? `@bottom-center { content: "${margin(footer.split('#')[0])}" counter(page) "${margin(footer.split('#')[1])}"; font-size: 14pt; font-family: "Times New Roman", serif; }`
      : '',
  ].join(' ');
  const bodyFont = font ?? '"FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "SimSun", "宋体", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif';
  const css = `@page { size: A4; margin: 37mm 26mm 35mm 28mm; ${pageBoxes} }
body { font-family: ${bodyFont}; font-size: 16pt; line-height: 28pt; margin: 0; }
h1 { font-family: "方正小标宋简体", "SimSun", "宋体", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; font-size: 22pt; line-height: 35pt; font-weight: normal; text-align: center; margin: 0 0 16pt; }
h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; page-break-after: avoid; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.caption { text-indent: 0; text-align: center; font-family: "黑体", "SimHei", sans-serif; font-size: 14pt; }
p.sign { text-indent: 0; text-align: right; }
table { border-collapse: collapse; table-layout: fixed; margin: 4pt auto 10pt; line-height: 1.35; font-family: "宋体", "SimSun", "Noto Serif CJK SC", "WenQuanYi Micro Hei", serif; }
td { padding: 0.8mm 0.6mm; text-align: center; vertical-align: middle; word-break: break-all; overflow-wrap: anywhere; }
table.ruled td { border: 0.75pt solid #000; }
table.plain td { border: none; }
tr { page-break-inside: avoid; }
.vert { writing-mode: vertical-rl; text-orientation: upright; display: inline-block; }`;
  const body = blocks
    .map((b) => {
      if (b.kind === 'table') return htmlTable(b.table);
      // inline sizes as well: LibreOffice's HTML import takes no element or class rules
      if (b.kind === 'title') return `<h1 style="font-size:22pt;text-align:center;font-weight:normal">${br(b.text)}</h1>`;
      if (b.kind === 'heading') return `<h2 style="font-size:16pt;font-weight:normal">${xml(b.text)}</h2>`;
      if (b.kind === 'caption') return `<p class="caption" style="font-size:14pt;text-align:center">${xml(b.text)}</p>`;
      if (b.kind === 'sign') return `<p class="sign" style="font-size:16pt;text-align:right">${xml(b.text)}</p>`;
      return `<p style="font-size:16pt;line-height:28pt;text-indent:32pt${b.pageBreakBefore ? ';page-break-before:always' : ''}">${xml(b.text)}</p>`;
    })
    .join('\n');
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${xml(title)}</title><style>\n${css}\n</style></head><body>\n${body}\n</body></html>\n`;
}

// ---------------------------------------------------------------------------------------------
// Reports
// ---------------------------------------------------------------------------------------------

const CN_DIGITS = '〇一二三四五六七八九';
const cnYear = (y) => [...String(y)].map((d) => CN_DIGITS[d]).join('');
const cnNum = (n) =>
  n < 10 ? CN_DIGITS[n] : n < 20 ? `十${n % 10 ? CN_DIGITS[n % 10] : ''}` : `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;

// telephone area codes of the bodies' prefectures
const AREA_CODES = {
  3208: '0517',
  3213: '0527',
  3301: '0571',
  3302: '0574',
  3509: '0593',
  3611: '0793',
  4301: '0731',
  4305: '0739',
  6104: '029',
  6401: '0951',
  1525: '0479',
};

/** The prose around the tables: varied, with a few figures the gold also holds. */
function prose(R, L, f) {
  const pick = (xs) => xs[Math.floor(R() * xs.length)];
  const y = L.year;
  const issuer = L.office ?? `${L.body}办公室`;
  const proactive = 200 + Math.floor(R() * 4800);
  const fee = L.fee ?? 0;
  const extra = { 'proactive.total': proactive, 'fees.application': fee };
  const p = (text, o = {}) => ({ kind: 'p', text, ...o });
  const intro = p(
    `本报告由${L.body}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和${L.template === 'gov2021' ? '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）' : '《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）'}要求编制。报告所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。如对本报告有疑问，请与${issuer}联系（电话：${AREA_CODES[L.region.slice(0, 4)] ?? '0510'}-${8 + Math.floor(R() * 2)}${String(Math.floor(R() * 1e6)).padStart(6, '0')}）。`,
  );
  const overall = [
    { kind: 'heading', text: '一、总体情况' },
    p(
      `${y}年，${L.short}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的部署要求，${pick(['围绕中心工作', '聚焦群众关切', '紧扣年度重点任务'])}，不断提升政务公开质量和实效。`,
    ),
    p(
      `（一）主动公开情况。全年主动公开政府信息${proactive}条，其中通过政府门户网站发布${pick(['政策文件', '工作动态', '通知公告'])}等信息，及时更新机构职能、权责清单、财政预决算等法定主动公开内容。`,
    ),
    p(
      `（二）依申请公开情况。${L.short}严格按照《条例》规定的程序和时限办理政府信息公开申请，本年度共收到政府信息公开申请${f.t3.received[6]}件，均在法定期限内答复。`,
    ),
    p('（三）政府信息管理情况。严格落实公开前保密审查机制，对拟公开的政府信息逐条审核，动态调整主动公开基本目录，确保公开内容准确规范。'),
    p(
      `（四）政府信息公开平台建设情况。持续优化政府网站信息公开专栏，${pick(['强化政务新媒体管理', '整合政务公开栏目', '规范政务公开专区建设'])}，提升平台的权威性和便民性。`,
    ),
    p('（五）监督保障情况。将政务公开工作纳入年度目标考核，组织开展业务培训，本年度未发生因政府信息公开工作引发的责任追究情况。'),
  ];
  const more = [
    '进一步完善政务公开工作制度，明确分管领导和具体承办人员职责，推动政务公开工作常态化、长效化',
    '加大政策解读力度，采取图文解读、视频解读等多种形式解读重要政策文件，不断增强政务公开的针对性和实效性',
    '深化基层政务公开标准化规范化建设，编制完善重点领域公开事项标准目录，切实保障人民群众的知情权、参与权和监督权',
    '畅通依申请公开受理渠道，规范登记、审核、办理、答复、归档等环节，做到件件有回应、事事有着落',
    '加强政务新媒体内容审核和日常巡查，对栏目更新不及时、互动回应不到位等问题及时督促整改',
  ];
  for (let i = 0; i < (L.longProse ?? 0); i++) overall.push(p(`${['同时', '此外', '另外', '与此同时', '下半年'][i]}，${L.short}${more[i]}。`));
  const tail = [
    {
      kind: 'heading',
      text: pick(['五、存在的主要问题及改进情况', L.template === 'gov2019' ? '五、政府信息公开工作存在的主要问题及改进情况' : '五、存在的主要问题及改进情况']),
    },
    p(
      `${y}年，${L.short}的政府信息公开工作取得了一定成效，但仍存在政策解读形式较为单一、信息发布时效性有待提高等问题。下一步，将进一步加强业务培训，健全信息发布审核机制，不断提升政务公开工作水平。`,
    ),
    { kind: 'heading', text: '六、其他需要报告的事项' },
    p(fee ? `${y}年，${L.short}依据《政府信息公开信息处理费管理办法》，共收取信息处理费${fee}元。` : `${y}年，${L.short}未收取信息处理费。`),
  ];
  const d = L.signed;
  const date = L.cnDate ? `${cnYear(d[0])}年${cnNum(d[1])}月${cnNum(d[2])}日` : `${d[0]}年${d[1]}月${d[2]}日`;
  return {
    intro,
    overall,
    tail,
    sign: [
      { kind: 'sign', text: L.body },
      { kind: 'sign', text: date },
    ],
    extra,
  };
}

function reportBlocks(L, f, R) {
  const pr = prose(R, L, f);
  const title = L.titleLines ?? [`${L.year}年${L.body}政府信息公开工作年度报告`];
  const blocks = [
    ...title.map((t, i) => ({ kind: 'title', text: t, last: i === title.length - 1 })),
    pr.intro,
    ...pr.overall,
    { kind: 'heading', text: '二、主动公开政府信息情况' },
    ...[].concat(L.t2(f)).map((table) => ({ kind: 'table', table })),
    { kind: 'heading', text: '三、收到和处理政府信息公开申请情况' },
    { kind: 'table', table: L.t3(f) },
    { kind: 'heading', text: '四、政府信息公开行政复议、行政诉讼情况' },
    { kind: 'table', table: L.t4(f) },
    ...pr.tail,
    ...pr.sign,
  ];
  return { blocks, extra: pr.extra, title: title.join('') };
}

/** Zero cells to print blank: up to n of them, never a cell with a figure. */
function blankZeros(R, f, rows, n) {
  const zeros = [];
  for (const r of rows) f.t3[r].forEach((v, i) => v === 0 && zeros.push(`${r}:${i}`));
  const out = new Set();
  while (out.size < Math.min(n, zeros.length)) out.add(zeros[Math.floor(R() * zeros.length)]);
  return out;
}
function blankT4(R, f, n) {
  const zeros = [];
  for (const k of T4_KINDS) f.t4[k].forEach((v, i) => v === 0 && zeros.push(`${k}:${i}`));
  const out = new Set();
  while (out.size < Math.min(n, zeros.length)) out.add(zeros[Math.floor(R() * zeros.length)]);
  return out;
}

// Column widths (mm) over the 156 mm between 公文 margins
const T4_NARROW = [7, 7, 7, 7, 10, 11, 11, 11, 11, 12, 11, 11, 11, 11, 12]; // 复议 leaves one character a line
const T4_EVEN = Array(15).fill(10.4);
const T3_HUAIAN = [9, 17, 46, 12, 12, 12, 12, 12, 12, 12];
// four-digit figures at 10.5 pt take 8.3 mm: value columns of 8.8 mm (总计 11 mm) all but touch
const T3_DENSE = [9, 19, 50.2, 8.8, 8.8, 8.8, 8.8, 8.8, 8.8, 11];
const T3_DENSE_WEB = [9, 19, 66.6, 8.4, 8.4, 8.4, 8.4, 8.4, 8.4, 11];
const T4_DENSE = [7, 7, 7, 7, 9.5, 7, 7, 7, 7, 9, 7, 7, 7, 7, 9];
const T3_NARROWHEAD = [8, 15, 43, 13, 11, 11, 11, 11, 10, 13]; // 商业企|业 and friends wrap

/**
 * The layouts. Each: name (file stem), kind ('docx' | 'html'), template, year, body, region,
 * and the table builders; `chrome` prints an HTML one with Chromium too.
 */
const LAYOUTS = [
  {
    name: 't4-twolevel-word',
    why: '表四 two-level header, leaf words broken by w:br (复议) and by 7 mm columns one character a line; two-digit figures beside single digits',
    kind: 'docx',
    template: 'gov2021',
    year: 2023,
    body: '涟水县交通运输局',
    short: '我局',
    region: '320826',
    signed: [2024, 1, 19],
    busyReview: true,
    scale: 0.4,
    footer: '- # -',
    t2: (f) => t2Table2021(f, { style: 'plain' }),
    t3: (f) => t3Table(f, { numbering: 'dot', widths: T3_HUAIAN }),
    t4: (f) => t4Table(f, { leaves: 'mixed', widths: T4_NARROW, pt: 10.5 }),
  },
  {
    name: 't4-twolevel-web',
    why: '表四 as an HTML page: 结果<br>维持 breaks in every leaf, narrow columns, blank zero cells',
    kind: 'html',
    chrome: true,
    template: 'gov2021',
    year: 2022,
    body: '盱眙县人民政府',
    short: '县政府',
    office: '盱眙县人民政府办公室',
    region: '320830',
    signed: [2023, 3, 28],
    busyReview: true,
    scale: 1.2,
    t4blanks: 2,
    t2: (f) => t2Table2021(f, { style: 'plain' }),
    t3: (f) => t3Table(f, { numbering: 'comma', widths: T3_HUAIAN }),
    t4: (f, o) => t4Table(f, { leaves: 'br', widths: T4_NARROW, pt: 10, blanks: o.t4blanks }),
  },
  {
    name: 't3-vertical-word',
    why: '表三 with 三、本年度办理结果 and the group labels in vertical text (w:textDirection), "商 业 企 业" split by a narrow column, sub-rows numbered 1、, wrapped labels, blank zeros',
    kind: 'docx',
    template: 'gov2021',
    year: 2024,
    body: '沭阳县市场监督管理局',
    short: '我局',
    region: '321322',
    signed: [2025, 1, 15],
    cnDate: true,
    scale: 0.8,
    t3blanks: 6,
    footer: '— # —',
    t2: (f) => t2Table2021(f, { style: 'plain' }),
    t3: (f, o) => t3Table(f, { numbering: 'comma', vertical: 'textdir', header: 'spaced', widths: T3_NARROWHEAD, blanks: o.t3blanks, pt: 9 }),
    t4: (f) => t4Table(f, { leaves: 'plain', widths: T4_EVEN }),
  },
  {
    name: 't3-vertical-web',
    why: '表三 in HTML: writing-mode vertical text (Chromium; LibreOffice lays it flat), group labels one character a line, sub-rows numbered （1）, printed typos (其他法律行政止公开, 三类内部事物信息), a single 2019-style （六）其他处理 row inside a 2021 table',
    kind: 'html',
    chrome: true,
    template: 'gov2021',
    single: true,
    year: 2023,
    body: '桐庐县自然资源和规划局',
    short: '我局',
    region: '330122',
    signed: [2024, 1, 26],
    scale: 0.5,
    t3blanks: 4,
    t2: (f) => t2Table2021(f, { style: 'plain' }),
    t3: (f, o) =>
      t3Table(f, {
        numbering: 'paren',
        vertical: 'css',
        header: 'break',
        single: true,
        widths: T3_NARROWHEAD,
        blanks: o.t3blanks,
        groupVertical: 'lines',
        labels: { 'denied.law_forbidden': '其他法律行政止公开', 'denied.internal_affairs': '属于三类内部事物信息' },
      }),
    t4: (f) => t4Table(f, { leaves: 'plain', widths: T4_EVEN }),
  },
  {
    name: 'pages-repeat-word',
    why: 'running header and "- N -" page numbers; 表三 runs over a page break with its three header rows repeated (w:tblHeader)',
    kind: 'docx',
    template: 'gov2021',
    year: 2023,
    body: '余姚市教育局',
    short: '我局',
    region: '330281',
    signed: [2024, 1, 22],
    scale: 1,
    header: '余姚市教育局政府信息公开工作年度报告',
    footer: '- # -',
    longProse: 3,
    t2: (f) => t2Table2021(f, { style: 'plain' }),
    t3: (f) => ({ ...t3Table(f, { numbering: 'dot', vertical: 'lines', widths: T3_HUAIAN, pt: 10.5 }), repeat: true }),
    t4: (f) => t4Table(f, { leaves: 'br', widths: T4_EVEN }),
  },
  {
    name: 'pages-norepeat-word',
    why: 'running header and "第 N 页" page numbers; 表三 runs over a page break without its header repeated, rows free to split, sub-rows numbered 1．',
    kind: 'docx',
    template: 'gov2021',
    year: 2022,
    body: '霞浦县卫生健康局',
    short: '我局',
    region: '350921',
    signed: [2023, 1, 18],
    scale: 0.6,
    header: '霞浦县人民政府信息公开',
    footer: '第 # 页',
    longProse: 2,
    t2: (f) => t2Table2021(f, { style: 'plain' }),
    t3: (f) => ({ ...t3Table(f, { numbering: 'wide', vertical: 'none', widths: T3_HUAIAN, pt: 10.5 }), cantSplit: false }),
    t4: (f) => t4Table(f, { leaves: 'plain', widths: T4_EVEN }),
  },
  {
    name: 'pages-web',
    why: 'an HTML report printed over several pages: Chromium repeats 表三\'s <thead> and prints the @page running header and "- N -"; LibreOffice prints neither',
    kind: 'html',
    chrome: true,
    template: 'gov2021',
    year: 2024,
    body: '婺源县人民政府',
    short: '县政府',
    office: '婺源县人民政府办公室',
    region: '361130',
    signed: [2025, 3, 20],
    scale: 1.5,
    busyReview: true,
    header: '婺源县人民政府信息公开工作年度报告',
    footer: '- # -',
    longProse: 4,
    fee: 380,
    t2: (f) => t2Table2021(f, { style: 'plain' }),
    t3: (f) => ({ ...t3Table(f, { numbering: 'dot', vertical: 'none', widths: T3_HUAIAN, pt: 10.5 }), repeat: true }),
    t4: (f) => t4Table(f, { leaves: 'plain', widths: T4_EVEN }),
  },
  {
    name: 'borderless-word',
    why: 'every table without ruling lines (borders nil), merged cells across rows and columns',
    kind: 'docx',
    template: 'gov2021',
    year: 2023,
    body: '武功县住房和城乡建设局',
    short: '我局',
    region: '610431',
    signed: [2024, 1, 30],
    scale: 0.3,
    t3blanks: 3,
    footer: '- # -',
    t2: (f) => t2Table2021(f, { style: 'plain', borders: 'none' }),
    t3: (f, o) => t3Table(f, { numbering: 'dot', widths: T3_HUAIAN, borders: 'none', blanks: o.t3blanks }),
    t4: (f) => t4Table(f, { leaves: 'plain', widths: T4_EVEN, borders: 'none' }),
  },
  {
    name: 'borderless-web',
    why: 'HTML tables without borders, rowspan/colspan, busy figures',
    kind: 'html',
    chrome: true,
    template: 'gov2021',
    year: 2024,
    body: '锡林浩特市民政局',
    short: '我局',
    region: '152502',
    signed: [2025, 1, 10],
    scale: 0.9,
    busyReview: true,
    t2: (f) => t2Table2021(f, { style: 'plain', borders: 'none' }),
    t3: (f) => t3Table(f, { numbering: 'comma', widths: T3_HUAIAN, borders: 'none' }),
    t4: (f) => t4Table(f, { leaves: 'br', widths: T4_NARROW, borders: 'none' }),
  },
  {
    name: 'gov2019-word',
    why: 'the 2019 trial template: 表二 in five sub-tables under spanning 第二十条 rows, signed 本年增/减, 采购总金额 in 元; 表三 with the 勾稽关系 corner caption and one （六）其他处理 row',
    kind: 'docx',
    template: 'gov2019',
    single: true,
    year: 2020,
    body: '宁乡市农业农村局',
    short: '我局',
    region: '430182',
    signed: [2021, 1, 25],
    scale: 0.5,
    busyReview: true,
    footer: '- # -',
    t2: (f) => t2Table2019(f, { shade: true, yuanSuffix: true }),
    t3: (f) => t3Table(f, { numbering: 'dot', single: true, vertical: 'textdir', widths: T3_HUAIAN }),
    t4: (f) => t4Table(f, { leaves: 'mixed', widths: T4_NARROW }),
  },
  {
    name: 'gov2019-web',
    why: 'the 2019 template as an HTML page (Chromium and LibreOffice prints)',
    kind: 'html',
    chrome: true,
    template: 'gov2019',
    single: true,
    year: 2019,
    body: '邵东市人力资源和社会保障局',
    short: '我局',
    region: '430582',
    signed: [2020, 1, 20],
    cnDate: true,
    scale: 0.7,
    t3blanks: 5,
    t2: (f) => t2Table2019(f, {}),
    t3: (f, o) => t3Table(f, { numbering: 'dot', single: true, vertical: 'lines', widths: T3_HUAIAN, blanks: o.t3blanks }),
    t4: (f) => t4Table(f, { leaves: 'plain', widths: T4_EVEN }),
  },
  {
    name: 'dense-word',
    why: "a city's four-digit figures left-aligned in value columns they almost fill, with small cell margins: the gap between one cell's figure and the next one's is about 1.5 pt (表三), and three-digit figures in 7 mm 表四 columns",
    kind: 'docx',
    template: 'gov2021',
    year: 2024,
    body: '宿迁市人民政府',
    short: '市政府',
    office: '宿迁市人民政府办公室',
    titleLines: ['宿迁市人民政府', '2024年政府信息公开工作年度报告'],
    region: '321300',
    signed: [2025, 3, 28],
    scale: 11,
    busyReview: 'dense',
    footer: '- # -',
    t2: (f) => t2Table2021(f, { style: 'huaian' }),
    t3: (f) => t3Table(f, { numbering: 'comma', vertical: 'lines', widths: T3_DENSE, numAlign: 'l', pad: 0.25, pt: 10.5 }),
    t4: (f) => t4Table(f, { leaves: 'mixed', widths: T4_DENSE, numAlign: 'l', pad: 0.25, pt: 10.5 }),
  },
  {
    name: 'dense-web',
    why: 'the dense layout as an HTML page: figures in Times New Roman left-aligned in 8.4 mm columns (表三), right-aligned in 表四 ("46|244"), cell padding 0.25 mm',
    kind: 'html',
    chrome: true,
    template: 'gov2021',
    year: 2023,
    body: '宿迁市人民政府',
    short: '市政府',
    office: '宿迁市人民政府办公室',
    region: '321300',
    signed: [2024, 3, 29],
    scale: 10,
    busyReview: 'dense',
    t2: (f) => t2Table2021(f, { style: 'huaian' }),
    // figures in Times New Roman (Liberation Serif), as pages pasted from Word have them
    t3: (f) => ({ ...t3Table(f, { numbering: 'dot', widths: T3_DENSE_WEB, numAlign: 'l', pad: 0.25, pt: 10.5 }), latin: true }),
    t4: (f) => ({ ...t4Table(f, { leaves: 'br', widths: T4_DENSE, numAlign: 'r', pad: 0.25, pt: 10.5 }), latin: true }),
  },
  {
    name: 't2-huaian-word',
    why: '表二 of 2021 as 淮安 2024 prints it: shaded 第二十条 rows, one value spanning three columns, 现行有效件数 a narrow third column, 行政事业性收费 in 万元 with decimals; 表三 with 本/年/度/办/理/结/果 one character a line and （六） sub-rows numbered 1、',
    kind: 'docx',
    template: 'gov2021',
    year: 2024,
    body: '贺兰县人民政府',
    short: '县政府',
    office: '贺兰县人民政府办公室',
    titleLines: ['贺兰县人民政府', '2024年政府信息公开工作年度报告'],
    region: '640122',
    signed: [2025, 3, 25],
    scale: 1.4,
    busyReview: true,
    fee: 3940,
    footer: '- # -',
    t2: (f) => t2Table2021(f, { style: 'huaian' }),
    t3: (f) => t3Table(f, { numbering: 'comma', vertical: 'lines', header: 'spaced', widths: T3_HUAIAN }),
    t4: (f) => t4Table(f, { leaves: 'plain', widths: [8, 8, 9, 9, 10, 10, 10, 10, 10, 12, 10, 10, 10, 10, 12] }),
  },
];

function seedOf(name) {
  return createHash('sha256').update(name).digest().readUInt32LE(0);
}

/** One layout's source file and its gold metrics. */
function buildSource(L) {
  const R = rng(seedOf(L.name));
  const f = figures(R, { template: L.template, single: !!L.single, scale: L.scale ?? 1, busyReview: L.busyReview ?? false });
  checkIdentities(f, L.name);
  const resultKeys = Object.keys(f.t3);
  const o = {
    t3blanks: L.t3blanks ? blankZeros(R, f, resultKeys, L.t3blanks) : undefined,
    t4blanks: L.t4blanks ? blankT4(R, f, L.t4blanks) : undefined,
  };
  const spec = { ...L, t2: (x) => L.t2(x, o), t3: (x) => L.t3(x, o), t4: (x) => L.t4(x, o) };
  const { blocks, extra, title } = reportBlocks(spec, f, R);
  const metrics = goldMetrics(f, L.template, extra);
  const file = `${L.name}.${L.kind}`;
  const bytes = L.kind === 'docx' ? docx(blocks, { header: L.header, footer: L.footer }) : html(blocks, { title, header: L.header, footer: L.footer });
  const identity = { template: L.template, report_year: L.year, body_name: L.body, region_code: L.region };
  return { file, bytes, identity, metrics };
}

// ---------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------

function requireTools(needChrome) {
  const missing = Object.entries(TOOLS).filter(([k, p]) => (k !== 'chromium' || needChrome) && !existsSync(p));
  if (missing.length) {
    throw new Error(
      `make-layouts: missing ${missing.map(([k, p]) => `${k} (${p})`).join(', ')}. ` +
        'Install them first: apt-get install -y libreoffice-writer chromium poppler-utils fonts-wqy-microhei',
    );
  }
}

function runAsync(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout ?? 300_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${path.basename(cmd)} exited ${code}: ${out.slice(-2000)}`));
    });
  });
}

/**
 * One LibreOffice call for a set of files (its start is slow), with a private profile so that
 * another soffice running on the machine is neither used nor disturbed. soffice now and then
 * crashes on its way out: the files it did not print are tried once more.
 */
async function soffice(files, outdir, infilter, tries = 2) {
  const todo = files.filter((f) => !existsSync(path.join(outdir, `${path.basename(f, path.extname(f))}.pdf`)));
  if (!todo.length) return;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'make-layouts-lo-'));
  try {
    const args = [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      'pdf',
      '--outdir',
      outdir,
      ...todo,
    ];
    await runAsync(TOOLS.soffice, args);
  } catch (err) {
    if (tries <= 1) throw err;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  await soffice(todo, outdir, infilter, tries - 1);
}

function pdftotext(pdfFile, txtFile) {
  const r = spawnSync(TOOLS.pdftotext, ['-layout', pdfFile, txtFile], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`make-layouts: pdftotext -layout ${pdfFile} failed: ${r.stderr}`);
}

// ---------------------------------------------------------------------------------------------
// Build, cache, copy
// ---------------------------------------------------------------------------------------------

function sourceHash() {
  const h = createHash('sha256');
  for (const f of [SELF, path.join(root, 'scripts', 'lib', 'zip.mjs'), path.join(root, 'scripts', 'lib', 'rng.mjs')]) h.update(readFileSync(f));
  return h.digest('hex');
}

const readStamp = (dir) => {
  try {
    return JSON.parse(readFileSync(path.join(dir, STAMP), 'utf8'));
  } catch {
    return undefined;
  }
};
const complete = (dir, hash) => {
  const s = readStamp(dir);
  return !!s && s.hash === hash && s.files.every((f) => existsSync(path.join(dir, f)));
};

async function build(dir) {
  requireTools(LAYOUTS.some((L) => L.chrome));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = LAYOUTS.map(buildSource);
  for (const s of sources) writeFileSync(path.join(dir, s.file), s.bytes);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'make-layouts-pdf-'));
  try {
    const abs = (f) => path.join(dir, f);
    const docxs = sources.filter((s) => s.file.endsWith('.docx')).map((s) => abs(s.file));
    const htmls = sources.filter((s) => s.file.endsWith('.html')).map((s) => abs(s.file));
    // LibreOffice reads .html into Writer/Web unless told otherwise, which drops paragraphs;
    // "HTML (StarWriter)" reads it into Writer. One infilter per call, hence two calls.
    await Promise.all([
      soffice(docxs, path.join(tmp, 'docx')),
      soffice(htmls, path.join(tmp, 'html'), 'HTML (StarWriter)'),
      ...LAYOUTS.filter((L) => L.chrome).map((L) => printToPdf(abs(`${L.name}.html`), abs(`${L.name}.chrome.pdf`))),
    ]);
    for (const sub of ['docx', 'html']) {
      const d = path.join(tmp, sub);
      if (existsSync(d)) for (const f of readdirSync(d)) renameSync(path.join(d, f), abs(f));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const gold = [];
  const control = [];
  for (const [i, L] of LAYOUTS.entries()) {
    const s = sources[i];
    const line = (file) => JSON.stringify({ file, ...s.identity, metrics: s.metrics });
    control.push(line(s.file));
    for (const pdf of [`${L.name}.pdf`, ...(L.chrome ? [`${L.name}.chrome.pdf`] : [])]) {
      if (!existsSync(path.join(dir, pdf))) throw new Error(`make-layouts: ${pdf} was not printed`);
      const txt = pdf.replace(/\.pdf$/, '.layout.txt');
      pdftotext(path.join(dir, pdf), path.join(dir, txt));
      gold.push(line(pdf), line(txt));
    }
  }
  writeFileSync(path.join(dir, 'gold.jsonl'), `${gold.join('\n')}\n`);
  writeFileSync(path.join(dir, 'sources.jsonl'), `${control.join('\n')}\n`);
  writeFileSync(
    path.join(dir, 'LAYOUTS.md'),
    `# Generated layouts (scripts/make-layouts.mjs)\n\n${LAYOUTS.map((L) => `- \`${L.name}\` (${L.kind}${L.chrome ? ', LibreOffice and Chromium' : ', LibreOffice'}; ${L.template} ${L.year}): ${L.why}`).join('\n')}\n`,
  );
  const files = readdirSync(dir).filter((f) => f !== STAMP);
  writeFileSync(path.join(dir, STAMP), JSON.stringify({ hash: sourceHash(), files }, null, 1));
}

/**
 * Makes the layout set in test/fixtures/generated/layouts/ (or `out`). Cheap when nothing
 * changed: the PDFs are printed once per version of this script into a cache and copied.
 */
export async function makeLayouts({ force = false, out = OUT } = {}) {
  const hash = sourceHash();
  if (!force && complete(out, hash)) return out;
  if (force || !complete(CACHE, hash)) {
    // built beside the cache and moved in whole: two test runs at once never see half a set
    const fresh = `${CACHE}.${process.pid}`;
    try {
      await build(fresh);
      rmSync(CACHE, { recursive: true, force: true });
      renameSync(fresh, CACHE);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of readStamp(CACHE).files) copyFileSync(path.join(CACHE, f), path.join(out, f));
  copyFileSync(path.join(CACHE, STAMP), path.join(out, STAMP));
  return out;
}

export { LAYOUTS };

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const t0 = Date.now();
  makeLayouts({ force: args.includes('--force'), out: i >= 0 ? path.resolve(args[i + 1]) : OUT }).then(
    (dir) => console.log(`layouts written to ${dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)`),
    (err) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
