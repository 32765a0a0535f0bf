// Finds a 2008–2018 statistics table that a crawler or a copy-paste flattened into one line:
// "指标名称 计量单位 2014年度 历年累计 主动公开文件数 条 2543 78967 其中：1、政府网站公开数 条 …"
// or, with every boundary gone, "…主动公开信息数条4251516其中：1.网站公开条41815092.政府公报…".
// Each row is a label, its unit, then the run of digits of its value cells. The list number of
// the next row ("2.") may be glued to the end of that run: it is the expected next number.

export type FlatColumn = 'year' | 'cumulative';

export interface FlatRow {
  /** The label as printed, without 其中： and list numbers. */
  label: string;
  unit: string;
  /** Digits (and spaces) of the value cells; '' for a row whose cells are all blank. */
  run: string;
  /** The row stood under a parent's 其中 (a list-numbered sub-row). */
  child: boolean;
  /** The label's lead-in as printed: "其中：1." or "2.", '' for a parent row. */
  lead: string;
  /** Where the row starts in the searched text, and the row as printed. */
  start: number;
  snippet: string;
}

export interface FlatTable {
  columns: FlatColumn[];
  /** The whole table was written without spaces between cells. */
  glued: boolean;
  rows: FlatRow[];
}

export const STAT_UNITS = ['人次', '万元', '条', '件', '次', '篇', '个', '人', '元', '项'];
const UNIT = `(?:${STAT_UNITS.join('|')})`;
const HEADER = /指标名称\s*计\s*量\s*单\s*位\s*((?:(?:\d{4}\s*年\s*度?|本\s*年\s*度|历\s*年\s*累\s*计)\s*)+)/;
const ROW = new RegExp(`\\s*(其中\\s*[:：]\\s*)?(?:(\\d{1,2})\\s*[.、．]\\s*)?([^\\d]+?)\\s*(${UNIT})(?=\\s*\\d)([\\d\\s.]*)`, 'y');

const BLANK_ROW = new RegExp(`\\s+(${UNIT})\\s+`);

function columnsOf(header: string): FlatColumn[] {
  return [...header.matchAll(/历\s*年\s*累\s*计|\d{4}\s*年\s*度?|本\s*年\s*度/g)].map((m) => (/累/.test(m[0]) ? 'cumulative' : 'year'));
}

/**
 * The run's trailing list number of the next row, if the next row starts with one.
 * Spaced text separates it ("418 1509 2、"); glued text does not ("41815092."), and then
 * only the expected next number may be taken off.
 */
function splitNumbering(run: string, rest: string, expected: number): { run: string; numbered: boolean } | undefined {
  const dotted = /\.\s*$/.test(run);
  if (!dotted && !/^[、．]/.test(rest)) return { run, numbered: false };
  const body = run.replace(/\.\s*$/, '');
  const spaced = /^(.*\s)(\d{1,2})\s*$/.exec(body);
  if (spaced) return { run: spaced[1]!, numbered: true };
  const want = String(expected);
  if (!body.trimEnd().endsWith(want)) return undefined;
  return { run: body.trimEnd().slice(0, -want.length), numbered: true };
}

export function findFlatStatTable(text: string): FlatTable | undefined {
  const head = HEADER.exec(text);
  if (!head) return undefined;
  const columns = columnsOf(head[1]!);
  if (!columns.length || !columns.includes('year')) return undefined;
  const rows: FlatRow[] = [];
  let pos = head.index + head[0].length;
  let numbering = 0; // list number of the last row, 0 when it had none
  let carried = false; // the next row's list number was taken off the previous run
  for (;;) {
    ROW.lastIndex = pos;
    const m = ROW.exec(text);
    if (!m) break;
    const [, under, num, label, unit, rawRun] = m;
    const own = num !== undefined ? Number(num) : carried ? numbering + 1 : 0;
    const child = Boolean(under) || own > 0;
    const end = m.index + m[0].length;
    const cut = splitNumbering(rawRun!, text.slice(end), own + 1);
    if (!cut) break; // the list number does not follow: the table's structure is lost here
    const lead = `${under ? '其中：' : ''}${own > 0 ? `${own}.` : ''}`;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    // a spaced row whose cells are all blank runs into the next label: "政府公报公开 条 受理…总数 条 0 0"
    const parts = label!.trim().split(BLANK_ROW);
    for (let i = 0; i + 2 < parts.length; i += 2) {
      rows.push({ label: parts[i]!, unit: parts[i + 1]!, run: '', child, lead: i === 0 ? lead : '', start, snippet: `${parts[i]} ${parts[i + 1]}` });
    }
    const last = parts.length > 1;
    rows.push({
      label: parts[parts.length - 1]!,
      unit: unit!,
      run: cut.run.trim(),
      child: last ? false : child,
      lead: last ? '' : lead,
      start,
      snippet: text.slice(m.index, end).trim(),
    });
    numbering = own;
    carried = cut.numbered;
    // skip the list-number mark the run left behind ("、" after a spaced number)
    pos = end + (cut.numbered && /^[、．]/.test(text.slice(end)) ? 1 : 0);
  }
  if (rows.length < 3) return undefined;
  // spaced tables keep a space before each value cell; glued ones have none anywhere
  const glued = !/\s\d/.test(text.slice(head.index + head[0].length, pos));
  return { columns, glued, rows };
}
