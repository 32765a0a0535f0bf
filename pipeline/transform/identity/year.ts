// The statistics year (not the publication year). Evidence in order of strength: the
// report's own title "X年(度)…信息公开…报告", the first sentence of its text ("2020年，龙河镇
// 认真贯彻…"), the statistics period, then weaker ones: a title-like phrase in the first
// lines, a "(X年度)" table header, the "现将X年…报告如下" sentence. Years in Chinese numerals
// (二〇一四年) count as years. The publication date is a fallback of identify.ts.
import type { Document } from '../../extract/model.js';
import { parsePeriod } from './dates.js';

const TITLE_YEAR = /(\d{4})\s*年\s*度?[^。,;:]{0,40}?信息公开[^。,;:]{0,12}?报告/;
const TITLE_YEAR_AFTER = /(?:^|[^\d])(\d{4})\s*年\s*度?\s*(?:政府|政务)?信息公开/;
const REPORT_SENTENCE = /现将\s*(\d{4})\s*年/;
const TABLE_YEAR = /[(（]\s*(\d{4})\s*年度?\s*[)）]/;

const plausible = (y: number) => y >= 2000 && y <= 2100;
/** The head of the report with line breaks and spaces removed (titles wrap). */
export const headOf = (doc: Document, n = 1500) => doc.text.slice(0, n).replace(/\s+/g, '');

// A title set in large type wraps, and a PDF gives each line as a paragraph: "淮安市发展和" /
// "改革局2023年政府信息公开工作年度报告", "2024年淮安市人民政府" / "政府信息公开工作年度报告".
// The title's last line ends in 报告; the short lines just above it that are pieces of the
// title (a year, a place, part of an organ's name) are joined to it. A label (附件), a date,
// a breadcrumb, a document number or a column heading (通知公告) above the title is not.
const TITLE_TEXT = /信息公开.{0,12}报告$/;
const SENTENCE = /[。，,；;：:！!？?、]/;
const BREADCRUMB = /[>＞»›</|→]/;
const NOT_A_PIECE = /^(?:附件|附表|附录|目录|索引号|来源|发布)|(?:文件|报告|号)$|[〔[]\d{4}[〕\]]|^\d+$|\d+月|^\d{4}[-./]\d/;
const PIECE_WORDS = /^\d{4}年|[省市县区州盟旗镇乡村街道苏木局委办厅部署院会所站队司府]/;
const ORGAN_END = /(?:政府|办公室|办公厅|办事处|委员会|管委会|局|厅|委|办|部|署|院|中心)$/;
// a line that starts with no body of its own: a year, (政府)信息公开…, or an organ's tail (办公室…)
const NO_OWN_BODY = /^(?:\d{4}年度?)?(?:人民政府|政府|政务|信息公开|年度|工作|办公室|办公厅|办事处|委员会|管委会|局|厅|委|办)/;
const compact = (s: string) => s.replace(/\s+/g, '');

function isTitlePiece(line: string, rest: string): boolean {
  if (!line || line.length > 30 || SENTENCE.test(line) || BREADCRUMB.test(line) || NOT_A_PIECE.test(line) || !PIECE_WORDS.test(line)) return false;
  // a column heading (政府信息公开) above a title that says 信息公开 itself
  if (line.includes('信息公开') && rest.includes('信息公开')) return false;
  // a whole organ's name above a title that names its own body is a letterhead
  return !ORGAN_END.test(line) || NO_OWN_BODY.test(rest);
}

/**
 * The report's titles among the first paragraphs: each a short line ending in 报告, with the
 * lines it wrapped from. A portal page may give a bare "2012年…报告" first and the full title
 * ("南坑乡人民政府" / "2012年…报告") further down: all are candidates, in order.
 */
export function paragraphTitles(doc: Document): string[] {
  // a page printed from a portal (a browser's PDF) carries its menus first: look further down
  const blocks = doc.blocks.slice(0, 40);
  const titles: string[] = [];
  for (let j = 0; j < blocks.length; j++) {
    const last = blocks[j]!;
    if (last.kind !== 'paragraph') continue;
    let joined = compact(last.text);
    // a sentence or a breadcrumb (首页 > 政务公开 > 年度报告) that ends in 报告 is not the title
    if (joined.length > 60 || !/报告$/.test(joined) || /[。，,；;]/.test(joined) || BREADCRUMB.test(joined)) continue;
    let title = last.text.trim();
    for (let i = j - 1; i >= Math.max(0, j - 3); i--) {
      const above = blocks[i]!;
      if (above.kind !== 'paragraph') break;
      const piece = compact(above.text);
      if (piece.length + joined.length > 80 || !isTitlePiece(piece, joined) || !TITLE_TEXT.test(piece + joined)) break;
      joined = piece + joined;
      title = above.text.trim() + title;
    }
    // a menu item (政府工作报告) ends in 报告 too: a title speaks of 信息公开 or is a 年度报告
    if (/信息公开.{0,16}报告$|年度报告$/.test(joined)) titles.push(title);
  }
  return titles;
}

/** The report's title as its first lines give it (a Word or PDF file has no <title>). */
export const paragraphTitle = (doc: Document): string | undefined => paragraphTitles(doc)[0];

/** The report's titles, then its head (a title run into the first paragraph of a dump). */
export function titleCandidates(doc: Document): string[] {
  return [...ownTitles(doc), headOf(doc, 600)];
}

const ownTitles = (doc: Document): string[] =>
  [doc.fields['标题'], doc.fields['名称'], doc.title, ...paragraphTitles(doc)].filter((s): s is string => Boolean(s));

const CN_DIGIT: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** 二〇一四年 → 2014年: a year in Chinese numerals, written digit by digit. */
export const arabicYears = (s: string) => s.replace(/[〇零一二三四五六七八九]{4}(?=\s*年)/g, (y) => [...y].map((c) => CN_DIGIT[c]).join(''));

/** "2020年，龙河镇认真贯彻…": a paragraph near the top that opens with the year it speaks of. */
const OPENING_YEAR = /^(\d{4})\s*年(?!\s*(?:以来|来|起|至|到|底|末|初|上半年|下半年|\d|度?[^，,、\u4e00-\u9fa5]))/;

function openingYear(doc: Document): number | undefined {
  let seen = 0;
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    if (++seen > 15) break;
    const m = OPENING_YEAR.exec(arabicYears(b.text.trim()));
    // a sentence, not a title or a date line
    if (m && plausible(Number(m[1])) && /[，,。]/.test(b.text) && !/报告$/.test(b.text.trim())) return Number(m[1]);
  }
  return undefined;
}

const titleYear = (t: string): number | undefined => {
  const compact = arabicYears(t.replace(/\s+/g, ''));
  const m = TITLE_YEAR.exec(compact) ?? TITLE_YEAR_AFTER.exec(compact);
  return m && plausible(Number(m[1])) ? Number(m[1]) : undefined;
};

export function findReportYear(doc: Document): number | undefined {
  for (const t of ownTitles(doc)) {
    const y = titleYear(t);
    if (y) return y;
  }
  const opening = openingYear(doc);
  if (opening) return opening;
  const text = arabicYears(doc.text);
  const period = parsePeriod(text);
  if (period) return Number(period.start.slice(0, 4));
  // a title run into the text of a dump; weaker than the period: the first lines also name
  // other years' reports ("按时公布2010年区政府信息公开工作年度报告" in the 2011 report)
  const head = titleYear(headOf(doc, 600));
  if (head) return head;
  for (const re of [REPORT_SENTENCE, TABLE_YEAR]) {
    const m = re.exec(text);
    if (m && plausible(Number(m[1]))) return Number(m[1]);
  }
  return undefined;
}
