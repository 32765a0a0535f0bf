// A finding as a Chinese reader writes it: "表三（总计列）办理结果合计 21 ≠ 分项之和 27", not the
// English message with its 19-term key expression. Written from the finding's code, check id,
// values and cells; what only the English message holds (a glued run of digits, the clues
// of a region) is carried over from its quoted source text.
import { specOf } from '../../transform/checks/spec.js';
import { CODE_ZH } from './codes.js';
import { DIMENSION_ZH, TABLE_ZH } from './values.js';

export interface FindingRow {
  code: string;
  check_id: string | null;
  message: string;
  left_value: number | null;
  right_value: number | null;
  cells: string | null;
}

/** What each identity compares, in the tables' words: [left side, right side]. */
const SIDES: Record<string, [string, string]> = {
  'T3-BAL': ['新收申请与上年结转之和', '办理结果合计与结转下年度之和'],
  'T3-RES': ['办理结果合计', '分项之和'],
  'T3-ROW': ['总计', '各类申请人之和'],
  'T3-X': ['上年结转', '上一年度报告的结转下年度'],
  'T4-SUM': ['总计', '维持、纠正、其他结果、尚未审结之和'],
  'T2-19a': ['本年新公开数量', '本年新制作数量'],
  'P-CH': ['受理申请数', '当面、传真、网上、信函申请之和'],
  'P-DONE': ['办结数', '按时办结与延期办结之和'],
  'P-ANS': ['答复数', '各类答复之和'],
  'P-REF': ['不予公开数', '各类不予公开之和'],
  'P-LIT': ['总数', '维持、纠正、其他结果之和'],
  'P-STAFF': ['工作人员数', '专职与兼职人员之和'],
  'P-SUB': ['其中规范性文件数', '主动公开总数'],
  'P-CHAN': ['主动公开总数', '各渠道公开数之和'],
};

const num = (v: number | null) => (v === null ? '—' : String(Math.round(v * 100) / 100));
const quoted = (message: string) => [...message.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);

function cellsOf(f: FindingRow): string[] {
  try {
    return f.cells ? (JSON.parse(f.cells) as string[]) : [];
  } catch {
    return [];
  }
}

/** Where a check id's suffix points: T3-BAL.total → 表三（总计列）, T4-SUM.reconsideration → 表四 行政复议. */
function placeOf(id: string, labels: ReadonlyMap<string, string>): string {
  const [base, ...rest] = id.split('.');
  const suffix = rest.join('.');
  const table = base!.startsWith('T3') ? 't3' : base!.startsWith('T4') ? 't4' : base!.startsWith('T2') ? 't2' : undefined;
  if (!table) return suffix ? (labels.get(`review.${suffix}.total`) ?? DIMENSION_ZH.t4![suffix] ?? '') : '';
  const dim = DIMENSION_ZH[table]![suffix];
  if (base === 'T3-BAL' || base === 'T3-RES' || base === 'T3-X') return `表三（${dim ?? suffix}列）`;
  if (base === 'T3-ROW') return `表三「${dim ?? suffix}」行`;
  return `${TABLE_ZH[table]} ${dim ?? suffix}`.trim();
}

function checkZh(f: FindingRow, labels: ReadonlyMap<string, string>): string {
  const id = f.check_id!;
  const base = id.split('.')[0]!;
  const spec = specOf(id);
  const inTable = / in the statistics table/.test(f.message) ? '（统计表）' : '';
  if (spec.op === 'nn') {
    const key = cellsOf(f)[0] ?? '';
    return `${labels.get(key) ?? key} 为 ${num(f.left_value)}，不是非负整数`;
  }
  const fail = spec.op === 'le' ? '>' : '≠';
  const sides = SIDES[base];
  const place = placeOf(id, labels);
  const [l, r] = sides ?? [
    cellsOf(f)
      .slice(0, 1)
      .map((k) => labels.get(k) ?? k)[0] ?? '左边',
    '右边之和',
  ];
  return `${place ? (place.endsWith('）') ? place : `${place} `) : ''}${l} ${num(f.left_value)} ${fail} ${r} ${num(f.right_value)}${inTable}`;
}

/** The finding in Chinese, for a reader of the Chinese exports and report.html. */
export function findingZh(f: FindingRow, labels: ReadonlyMap<string, string>): string {
  const name = CODE_ZH[f.code] ?? f.code;
  const cells = cellsOf(f).map((k) => labels.get(k) ?? k);
  const q = quoted(f.message);
  if (f.check_id && (f.code === 'source_inconsistent' || f.code === 'cross_year_mismatch')) return `${name}：${checkZh(f, labels)}`;
  switch (f.code) {
    case 'text_table_mismatch':
      return `${name}：${cells[0] ?? ''} 采用 ${num(f.left_value)}（“${q[0] ?? ''}”），另一处写作 ${num(f.right_value)}（“${q[1] ?? ''}”）`;
    case 'ambiguous_glued_row':
      return `${name}：“${q[0] ?? ''}”有多种拆分，${cells.join('、')} 未取值`;
    case 'table_incomplete':
    case 'table_missing': {
      // "表二 主动公开政府信息情况: 3 of 22 cells read; …" / "…: the gov2021 template has it, but none of its 22 cells was read"
      const table = /^(表[二三四])/.exec(f.message)?.[1] ?? '';
      const read = /(\d+) of (\d+) cells read/.exec(f.message);
      const none = /none of its (\d+) cells/.exec(f.message);
      const counts = read ? `${read[2]} 个单元格读出 ${read[1]} 个` : none ? `${none[1]} 个单元格均未读出` : '';
      const shown =
        f.code === 'table_incomplete' && cells.length ? `；未读：${cells.slice(0, 6).join('、')}${cells.length > 6 ? ` 等 ${cells.length} 项` : ''}` : '';
      return `${name}：${table}${counts ? ` ${counts}` : ''}${shown}`;
    }
    case 'unaligned_row':
    case 'unreadable_cell':
    case 'not_applicable_cell':
    case 'uncertain_blank_cell':
    case 'ocr_unconfirmed':
    case 'negative_count':
      return cells.length ? `${name}：${cells.slice(0, 6).join('、')}${cells.length > 6 ? ` 等 ${cells.length} 项` : ''}` : `${name}：${f.message}`;
    default:
      // identity and damage findings: their English detail quotes the source, which stays
      return `${name}：${f.message}`;
  }
}
