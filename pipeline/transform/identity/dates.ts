// Dates as reports write them → ISO. "2017年12月20日", "2018年03月08日", "2024-03-08 15:34".
const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined; // 2月30日
  return `${y}-${pad(m)}-${pad(d)}`;
}

export const CN_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DASH_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;

export function parseDate(s: string): string | undefined {
  const m = CN_DATE.exec(s) ?? DASH_DATE.exec(s);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/**
 * The statistics period: "从2017年1月1日到2017年12月31日止", "2017年1月1日——2017年12月20日",
 * "自2011年1月1日起至2011年12月31日", "自2011年1月1日,至2011年12月31日止", "从2017年1月1日到12月31日止"
 * (second year implied).
 */
export function parsePeriod(text: string): { start: string; end: string } | undefined {
  const re = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*[，,]?\s*(?:到|至|—+|-+|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
  const m = re.exec(text);
  if (!m) return undefined;
  const y1 = Number(m[1]);
  const start = isoDate(y1, Number(m[2]), Number(m[3]));
  const end = isoDate(m[4] ? Number(m[4]) : y1, Number(m[5]), Number(m[6]));
  return start && end && start <= end ? { start, end } : undefined;
}
