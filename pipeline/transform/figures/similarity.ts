// How much of a printed label a label keeps, in order: the longest common subsequence of the
// two, over the printed label's length. "其他法律行政止公开" keeps 9 of "其他法律行政法规禁止公开"'s 12.
// Labels are short (≤ 40 characters), so the quadratic table costs nothing.
export function similarity(label: string, printed: string): number {
  const a = [...label.replace(/\s+/g, '')];
  const b = [...printed.replace(/\s+/g, '')];
  if (!b.length) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const ch of a) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) cur[j] = ch === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  // a label much longer than the printed one is another row's text, not a typo of this one
  return prev[b.length]! / Math.max(b.length, a.length * 0.8);
}
