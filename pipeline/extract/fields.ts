// Metadata blocks that portals print above a report (seed 001):
//   索 引 号: 000014349IHA001/2018-00549 分  类: 综合
//   发布机构:鄂托克旗人民政府办公室 发文日期:2018年03月08日
// and the header lines of crawler dumps (发布机构：…, 发布时间：…). Kept as fields for identity.
const LABELS = [
  '索引号',
  '分类',
  '发布机构',
  '发文机关',
  '发文日期',
  '发布日期',
  '发布时间',
  '成文日期',
  '名称',
  '标题',
  '文号',
  '主题词',
  '来源',
  '生成日期',
  '时间',
];

// A label may be written with spaces between its characters ("索 引 号").
const spaced = (label: string) => [...label].join('\\s*');
const LABEL_RE = new RegExp(`(${LABELS.map(spaced).join('|')})\\s*[:：]\\s*`, 'g');

export function extractFields(text: string, maxChars = 20000): Record<string, string> {
  const head = text.slice(0, maxChars);
  const found: Array<{ label: string; start: number; valueStart: number }> = [];
  for (const m of head.matchAll(LABEL_RE)) {
    found.push({ label: m[1]!.replace(/\s+/g, ''), start: m.index!, valueStart: m.index! + m[0].length });
  }
  const fields: Record<string, string> = {};
  found.forEach((f, i) => {
    const end = Math.min(found[i + 1]?.start ?? head.length, head.indexOf('\n', f.valueStart) < 0 ? head.length : head.indexOf('\n', f.valueStart));
    const value = head.slice(f.valueStart, end).replace(/\s+/g, ' ').trim();
    // first occurrence wins: the page header comes before any quoted text
    if (value && value.length <= 120 && !(f.label in fields)) fields[f.label] = value;
  });
  return fields;
}
