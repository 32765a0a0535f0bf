// 表二 (FORMATS.md §2.2, §3.2): rows, and per template the keys of their value columns.
import type { GovTemplate } from '../report.js';

export interface T2RowDef {
  id: string;
  label: RegExp;
  /** The row's words as printed. */
  zh: string;
  /** Fields of the row's value columns in order, per template (key = `${prefix}.${field}`). Absent: not in that template. */
  columns: Partial<Record<GovTemplate, readonly string[]>>;
  /** Unit of money columns when the cell states none (the 2021 header says 万元). */
  moneyUnit?: Partial<Record<GovTemplate, string>>;
  /** The field that is money, when the row has one. */
  money?: string;
}

/** Column headers as each template prints them. */
export const T2_COLUMN_ZH: Record<string, Partial<Record<GovTemplate, string>>> = {
  issued: { gov2019: '本年新制作数量', gov2021: '本年制发件数' },
  published: { gov2019: '本年新公开数量' },
  total_public: { gov2019: '对外公开总数量' },
  repealed: { gov2021: '本年废止件数' },
  in_force: { gov2021: '现行有效件数' },
  previous_items: { gov2019: '上一年项目数量' },
  change: { gov2019: '本年增/减' },
  decisions: { gov2019: '处理决定数量', gov2021: '本年处理决定数量' },
  amount: { gov2019: '采购总金额', gov2021: '本年收费金额' },
  projects: { gov2019: '采购项目数量' },
};

const DOCS = { gov2019: ['issued', 'published', 'total_public'], gov2021: ['issued', 'repealed', 'in_force'] } as const;
const ITEMS_2019 = ['previous_items', 'change', 'decisions'] as const;

export const T2_ROWS = [
  { id: 't2.rules', label: /^规章$/, zh: '规章', columns: DOCS },
  { id: 't2.normative_docs', label: /^(行政)?规范性文件$/, zh: '规范性文件', columns: DOCS },
  { id: 't2.licensing', label: /^行政许可$/, zh: '行政许可', columns: { gov2019: ITEMS_2019, gov2021: ['decisions'] } },
  { id: 't2.other_services', label: /^其他对外管理服务事项$/, zh: '其他对外管理服务事项', columns: { gov2019: ITEMS_2019 } },
  { id: 't2.penalty', label: /^行政处罚$/, zh: '行政处罚', columns: { gov2019: ITEMS_2019, gov2021: ['decisions'] } },
  { id: 't2.coercion', label: /^行政强制$/, zh: '行政强制', columns: { gov2019: ITEMS_2019, gov2021: ['decisions'] } },
  {
    id: 't2.admin_fees',
    label: /^行政事业性收费$/,
    zh: '行政事业性收费',
    columns: { gov2019: ['previous_items', 'change'], gov2021: ['amount'] },
    moneyUnit: { gov2021: '万元' },
    money: 'amount',
  },
  {
    id: 't2.procurement',
    label: /^政府集中采购$/,
    zh: '政府集中采购',
    columns: { gov2019: ['projects', 'amount'] },
    moneyUnit: { gov2019: '元' },
    money: 'amount',
  },
] as const satisfies readonly T2RowDef[];

type T2Row = (typeof T2_ROWS)[number];
type FieldOf<R> = R extends { columns: infer C } ? { [T in keyof C]: C[T] extends readonly (infer F)[] ? F : never }[keyof C] : never;
type PrefixOf<R> = R extends { id: `t2.${infer P}` } ? P : never;
/** Every 表二 key: a row's prefix and one of its columns in either template. */
export type T2Key = T2Row extends infer R ? (R extends T2Row ? `${PrefixOf<R>}.${FieldOf<R> & string}` : never) : never;
export const T2_ROW_DEFS: readonly T2RowDef[] = T2_ROWS;

/** The key prefix of a row: t2.normative_docs → normative_docs. */
export const t2Prefix = (row: T2RowDef) => row.id.replace(/^t2\./, '');
/** The keys of a row's value columns in a template, in column order. */
export const t2Keys = (row: T2RowDef, t: GovTemplate): string[] => (row.columns[t] ?? []).map((f) => `${t2Prefix(row)}.${f}`);
/** Keys that are money, and keys that are signed (本年增/减). */
export const T2_MONEY_KEYS = T2_ROW_DEFS.filter((r) => r.money).map((r) => `${t2Prefix(r)}.${r.money}`);
export const SIGNED_KEY = /\.change$/;
