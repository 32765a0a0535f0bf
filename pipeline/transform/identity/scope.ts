// `consolidated` when the report compiles a whole government's departments and lower
// levels ("综合各苏木镇人民政府和旗政府各部门的…年度报告编制而成", "汇总…各有关单位"),
// else `organ`. Analysts use it to avoid counting the same applications twice.
import type { Document } from '../../extract/model.js';

const CONSOLIDATED = [
  /(汇总|综合|根据)[^。]{0,40}各(县|区|市|乡|镇|苏木|街道|部门|有关单位|相关部门|单位|委办局)[^。]{0,60}(年度报告|工作情况)[^。]{0,12}(编制|汇总|形成|而成)/,
  /(汇总|综合)[^。]{0,30}各(县|区|乡|镇|苏木|街道|部门|有关单位|单位|委办局)/,
  /由[^。]{0,30}(汇总|综合)[^。]{0,30}编制/,
];

export function findScope(doc: Document): { scope: 'organ' | 'consolidated'; evidence?: string } {
  const head = doc.text.slice(0, 3000);
  for (const re of CONSOLIDATED) {
    const m = re.exec(head);
    if (m) return { scope: 'consolidated', evidence: m[0] };
  }
  return { scope: 'organ' };
}
