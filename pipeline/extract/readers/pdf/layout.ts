// Text outside any ruled table, written out the way `pdftotext -layout` writes a page: each run
// of characters at the column its position gives, one column per character whatever its
// width. A table printed without ruling lines (borders off, or an HTML table whose borders
// the printer dropped) is then read by the same reader as layout text (layout-text.ts), which
// finds its columns from how the lines line up.
import type { Line } from './lines.js';

/** Points per column: half the body font size, so a digit takes about one column. */
export function columnWidth(lines: readonly Line[]): number {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  return (sizes[Math.floor(sizes.length / 2)] ?? 10) / 2;
}

/**
 * A line as layout text. Characters that touch stay together; a gap wider than a character
 * is a column gap: the next run starts at its own column, two spaces on at least, so that
 * runs at one position on different lines start at one column.
 */
export function layoutLine(l: Line, left: number, unit: number): string {
  let out = '';
  let end: number | undefined;
  for (const it of l.items) {
    if (!it.text.trim()) continue;
    if (end !== undefined) {
      const gap = it.x - end;
      if (gap > l.size * 0.9) out = out.padEnd(Math.max(out.length + 2, Math.round((it.x - left) / unit)), ' ');
      else if (gap > l.size * 0.25) out += ' ';
    } else out = ' '.repeat(Math.max(0, Math.round((it.x - left) / unit)));
    out += it.text;
    end = Math.max(end ?? -Infinity, it.x + it.w);
  }
  return out.trimEnd();
}
