// Enumerates the ways a run of glued digits splits into n numbers, as a crawler's text
// dump prints a table row with every cell boundary dropped ("640020470" = 64,0,0,2,0,4 | 70).
// A number has no leading zero unless it is "0". Spaces that survived in the run are cell
// boundaries ("200 000121" = 20,0 | 0,0,0,1,21); so is a sign ("2648-18538").

export interface SplitOptions {
  /** Allow a leading +/- on a number (本年增/减). */
  signed?: boolean;
  /** Allow a decimal part (money). */
  decimals?: boolean;
  /** Keep only splits whose numbers pass this check (pruning happens on complete splits). */
  accept?: (nums: number[]) => boolean;
  /** Prunes partial splits: called with the numbers placed so far. */
  prefixOk?: (nums: number[]) => boolean;
  /** Stop after this many accepted splits (callers only need to know "unique or not"). */
  limit?: number;
  /** Longest number, in characters. */
  maxLen?: number;
}

/** The run as tokens: pieces between forced boundaries (spaces, signs). */
function tokens(run: string, signed: boolean): string[] {
  const parts = run.trim().split(/\s+/).filter(Boolean);
  if (!signed) return parts;
  return parts.flatMap((p) => p.split(/(?=[-+])/).filter(Boolean));
}

function validNumber(s: string, signed: boolean, decimals: boolean): boolean {
  const re = decimals ? /^[-+]?(0|[1-9]\d*)(\.\d+)?$/ : /^[-+]?(0|[1-9]\d*)$/;
  if (!re.test(s)) return false;
  if (!signed && /^[-+]/.test(s)) return false;
  return true;
}

// Two or more spaces are a column gap of text laid out in columns (pdftotext -layout), not a
// crawler's glued row: there every figure stands whole, and a blank cell leaves no figure at
// all, so the run is read only when it holds exactly one figure per column, none split.
const LAYOUT_GAP = /[ \t]{2,}/;

export function splitRun(run: string, n: number, opts: SplitOptions = {}): number[][] {
  const signed = Boolean(opts.signed);
  const decimals = Boolean(opts.decimals);
  const maxLen = opts.maxLen ?? 12;
  const limit = opts.limit ?? Infinity;
  const toks = tokens(run, signed);
  if (!toks.length || toks.some((t) => !/^[-+]?[\d.]+$/.test(t))) return [];
  if (LAYOUT_GAP.test(run)) {
    const whole = run.trim().split(/\s+/);
    if (whole.length !== n || !whole.every((t) => validNumber(t, signed, decimals))) return [];
    const nums = whole.map(Number);
    return !opts.accept || opts.accept(nums) ? [nums] : [];
  }
  const out: number[][] = [];
  const cur: string[] = [];
  // split token t from position i, with `left` numbers still to place
  const rec = (t: number, i: number, left: number): void => {
    if (out.length >= limit) return;
    if (t === toks.length) {
      if (left === 0) {
        const nums = cur.map(Number);
        if (!opts.accept || opts.accept(nums)) out.push(nums);
      }
      return;
    }
    const tok = toks[t]!;
    const remainingTokens = toks.length - t;
    if (left < remainingTokens) return; // every token holds at least one number
    for (let j = i + 1; j <= Math.min(tok.length, i + maxLen + 1); j++) {
      const piece = tok.slice(i, j);
      if (!validNumber(piece, signed, decimals)) continue;
      cur.push(piece);
      if (opts.prefixOk && !opts.prefixOk(cur.map(Number))) {
        cur.pop();
        continue;
      }
      if (j === tok.length) rec(t + 1, 0, left - 1);
      else rec(t, j, left - 1);
      cur.pop();
    }
  };
  rec(0, 0, n);
  return out;
}
