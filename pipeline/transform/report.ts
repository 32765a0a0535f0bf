// What transform hands to load and to `extract --json`: one validated record per report.
import { z } from 'zod';
import { MetricKeySchema } from './metrics/registry.js';
import { GOV_TEMPLATES, TEMPLATES } from './templates.js';

export { GOV_TEMPLATES, TEMPLATES } from './templates.js';
export const Template = z.enum(TEMPLATES);
export type Template = z.infer<typeof Template>;
/** The two official table templates (2019 trial, 2021 revision). */
export type GovTemplate = (typeof GOV_TEMPLATES)[number];
export const isGovTemplate = (t: Template): t is GovTemplate => (GOV_TEMPLATES as readonly string[]).includes(t);

export const MetricFlag = z.enum(['blank_cell', 'derived', 'approximate', 'not_applicable', 'from_text', 'ocr']);
export type MetricFlag = z.infer<typeof MetricFlag>;

export const MetricValue = z.object({
  /** A key the metric registry declares (metrics/registry.ts). */
  key: MetricKeySchema,
  value: z.number().finite(),
  unit: z.string(),
  /** The raw figure as printed (cell text or matched words), before unit conversion. */
  raw: z.string(),
  /** The table row or sentence the figure came from. */
  snippet: z.string(),
  /** Character offset of the snippet in the document's decoded text. */
  offset: z.number().int().nonnegative(),
  /** Id of the rule (table row rule or sentence pattern) that read it. */
  rule: z.string(),
  flags: z.array(MetricFlag),
  /** Read by OCR: Tesseract's confidence (0–100) in the text the figure was read from. */
  confidence: z.number().int().min(0).max(100).optional(),
});
export type MetricValue = z.infer<typeof MetricValue>;

export const Severity = z.enum(['error', 'warning', 'info']);
export const ValidationIssue = z.object({
  code: z.string(),
  severity: Severity,
  message: z.string(),
  /** For identity checks: the identity id and expression, both sides and the delta. */
  check: z.string().optional(),
  expression: z.string().optional(),
  left: z.number().optional(),
  right: z.number().optional(),
  delta: z.number().optional(),
  cells: z.array(z.string()).optional(),
});
export type ValidationIssue = z.infer<typeof ValidationIssue>;

export const Region = z.object({
  /** Code and names as the map stood in the report year (邵东县人民政府 on 2018: 430521, 邵东县). */
  code: z.string().nullable(),
  province: z.string().nullable(),
  prefecture: z.string().nullable(),
  county: z.string().nullable(),
  township: z.string().nullable(),
  /** The same place on today's map (430582, 邵东市); equal to the above where nothing changed. */
  code_current: z.string().nullable(),
  province_current: z.string().nullable(),
  prefecture_current: z.string().nullable(),
  county_current: z.string().nullable(),
  confidence: z.enum(['high', 'medium', 'low', 'none']),
  clues: z.array(z.string()),
  candidates: z.array(z.string()),
});
export type Region = z.infer<typeof Region>;

export const BodyKind = z.enum(['government', 'department', 'street', 'zone']);
export type BodyKind = z.infer<typeof BodyKind>;

export const Identity = z.object({
  /**
   * The body as the report names it (伊敏苏木人民政府); a print without any place (县统计局) is
   * completed from the region when that is certain, else null: never a fragment.
   */
  body_name: z.string().nullable(),
  /** The name exactly as printed (县统计局 where body_name is 和政县统计局). */
  body_name_printed: z.string().nullable(),
  /** With the county and city the print leaves out, when the region is certain: 洛阳市孟津区城关镇人民政府. */
  body_full_name: z.string().nullable(),
  body_short_name: z.string().nullable(),
  body_level: z.enum(['province', 'prefecture', 'county', 'township', 'department']).nullable(),
  body_kind: BodyKind.nullable(),
  /** The organ once the region's place names are taken off: 人民政府, 统计局, 人民政府办公厅. */
  organ: z.string().nullable(),
  /**
   * The body across years and copies: today's region code and the organ (430582:人民政府).
   * Null when the region is not decided: such a report is its own body.
   */
  body_id: z.string().nullable(),
  report_year: z.number().int().nullable(),
  period_start: z.string().nullable(),
  period_end: z.string().nullable(),
  published_on: z.string().nullable(),
  scope: z.enum(['organ', 'consolidated']),
  title: z.string().nullable(),
});
export type Identity = z.infer<typeof Identity>;

/** How completely a template table was read (table-coverage.ts). */
export const TableCoverage = z.object({
  table: z.enum(['表二', '表三', '表四']),
  status: z.enum(['whole', 'partial', 'missing']),
  cells_read: z.number().int().nonnegative(),
  cells_expected: z.number().int().positive(),
  /** Where the cells came from: a table of cells, or digits rebuilt from glued text. */
  via: z.array(z.enum(['table', 'glued text'])),
});
export type TableCoverage = z.infer<typeof TableCoverage>;

export const Report = z.object({
  template: Template,
  identity: Identity,
  region: Region,
  metrics: z.array(MetricValue),
  issues: z.array(ValidationIssue),
  /** For the 2019 and 2021 templates: each of 表二, 表三, 表四 and how much of it was read. */
  tables: z.array(TableCoverage).optional(),
  /** Sentence hashes of the prose (fingerprint.ts): how load recognises copies of one report. */
  fingerprint: z.array(z.number().int().nonnegative()).default([]),
  parser_version: z.string(),
});
export type Report = z.infer<typeof Report>;
