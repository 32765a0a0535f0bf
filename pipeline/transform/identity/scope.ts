// `consolidated` when the report compiles a whole government's departments and lower
// levels ("综合各苏木镇人民政府和旗政府各部门的…年度报告编制而成", "汇总…各有关单位"),
// else `organ`. Analysts use it to avoid counting the same applications twice.
import type { Document } from '../../extract/model.js';

const CONSOLIDATED = [
  /(汇总|综合|根据)[^。]{0,40}各(县|区|市|乡|镇|苏木|街道|部门|有关单位|相关部门|单位|委办局)[^。]{0,60}(年度报告|工作情况)[^。]{0,12}(编制|汇总|形成|而成)/,
  /(汇总|综合)[^。]{0,30}各(县|区|乡|镇|苏木|街道|部门|有关单位|单位|委办局)/,
  /由[^。]{0,30}(汇总|综合)[^。]{0,30}编制/,
];

/** Figures broken down by the lower levels the report compiles: "各乡镇主动公开政府信息856条". */
const BREAKDOWN =
  /(?:^|[，,。；;：:\s])(?:区直|县直|市直|旗直)?各(?:部门|单位|乡镇|镇|街道|苏木|县区|县市区)[^。，,；;]{0,8}(?:主动公开|受理|收到)[^。，,；;]{0,12}\d+\s*(?:条|件)/;

export function findScope(doc: Document): { scope: 'organ' | 'consolidated'; evidence?: string } {
  const head = doc.text.slice(0, 3000);
  for (const re of CONSOLIDATED) {
    const m = re.exec(head);
    if (m) return { scope: 'consolidated', evidence: m[0] };
  }
  const m = BREAKDOWN.exec(doc.text);
  if (m) return { scope: 'consolidated', evidence: m[0].replace(/^[，,。；;：:\s]/, '') };
  return { scope: 'organ' };
}
