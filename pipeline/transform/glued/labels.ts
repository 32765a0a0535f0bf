// Row labels as they stand in glued text, in table order, for the 2019 and 2021 templates.
// Each becomes a regex that tolerates spaces between characters; list numbers ("2.") are
// part of the label so that they are not read as the previous row's last digit.
import { T2_ROW_DEFS, T3_ROW_DEFS } from '../metrics/index.js';
import type { GovTemplate } from '../report.js';
import { GOV_TEMPLATES } from '../templates.js';

export interface GluedLabel {
  row: string;
  pattern: string;
}

/** 表三's rows in glued text, per template: the registry's glued labels of the rows it prints. */
export const GLUED_T3 = Object.fromEntries(GOV_TEMPLATES.map((t) => [t, gluedRows(t)])) as Record<GovTemplate, GluedLabel[]>;

function gluedRows(t: GovTemplate): GluedLabel[] {
  return T3_ROW_DEFS.filter((r) => r.printedIn.includes(t)).map((r) => ({ row: r.row, pattern: r.glued }));
}

/** 表四's header ends with the 复议后起诉 leaf labels; the 15 cells follow. */
export const GLUED_T4 = /复议后起诉(?:\s*(?:结果维持|结果纠正|其他结果|尚未审结|总计|结果|维持|纠正|其他|尚未|审结))+\s*([\d\s]+)/;

/** 表二 row labels in glued text, in table order: the row rules' labels, unanchored. */
export function gluedT2Labels(template: GovTemplate): Array<{ id: string; pattern: string }> {
  return T2_ROW_DEFS.filter((r) => r.columns[template]).map((r) => ({ id: r.id, pattern: r.label.source.replace(/^\^|\$$/g, '') }));
}

/** Allows spaces between the characters of a literal label ("结果 纠正"). */
export function spaced(pattern: string): string {
  return pattern.replace(/([\u4e00-\u9fa5])(?=[\u4e00-\u9fa5])/g, '$1\\s*');
}
