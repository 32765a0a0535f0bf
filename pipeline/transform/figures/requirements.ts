// The Chinese words a sentence rule's pattern cannot match without. A sentence that lacks one
// is not tried: most rules' regexes begin with a number or a negation and would otherwise try
// every position of every sentence.

/** The index just past the `)` or `]` closing the group or class opened at `i`. */
function closing(pattern: string, i: number): number {
  const open = pattern[i]!;
  let depth = 0;
  for (let j = i; j < pattern.length; j++) {
    const c = pattern[j]!;
    if (c === '\\') j++;
    else if (c === '[' && open === '(') j = closing(pattern, j) - 1;
    else if (c === open) depth++;
    else if (c === (open === '(' ? ')' : ']') && --depth === 0) return j + 1;
  }
  return pattern.length;
}

/** The pattern cut at its top-level `|` (not one inside a group, a class or after a `\`). */
function topAlternatives(pattern: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') i++;
    else if (c === '(' || c === '[') i = closing(pattern, i) - 1;
    else if (c === '|') {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

const CHINESE = /^[\u4e00-\u9fa5]+$/;
const OPTIONAL_NEXT = /^(?:[?*]|\{0)/;

/** The requirements of a pattern without a top-level `|`. */
function sequenceRequirements(pattern: string): string[][] {
  const out: string[][] = [];
  let run = '';
  const flush = () => {
    if (run) out.push([run]);
    run = '';
  };
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === '\\') {
      flush();
      i += 2;
    } else if (c === '[' || c === '(') {
      flush();
      const end = closing(pattern, i);
      const inner = pattern.slice(i + 1, end - 1);
      const optional = OPTIONAL_NEXT.test(pattern.slice(end));
      // a lookaround requires nothing of the match
      const body = /^\?(?:<[!=]|[=!])/.test(inner) ? undefined : inner.replace(/^\?(?::|<\w+>)/, '');
      const alternatives = c === '(' && body !== undefined ? body.split('|') : [];
      if (!optional && alternatives.length && alternatives.every((x) => CHINESE.test(x))) out.push(alternatives);
      i = end;
    } else if (c === '{') {
      flush(); // a quantifier, or a placeholder ({N}, {U}) that is not a word
      i = pattern.indexOf('}', i) + 1 || pattern.length;
    } else if (/[\u4e00-\u9fa5]/.test(c) && !OPTIONAL_NEXT.test(pattern.slice(i + 1))) {
      run += c;
      i++;
    } else {
      flush();
      i++;
    }
  }
  flush();
  // the rarest first: a rule is reached only through its first list (CompiledRules), and a
  // long word is in fewest sentences
  return out.sort((x, y) => Math.min(...y.map((w) => w.length)) - Math.min(...x.map((w) => w.length)));
}

/**
 * The Chinese words a pattern requires, as plain substrings: each requirement is one word, or
 * a list of words of which one must be there ("(?:网络|网上|在线)申请" → [网络, 网上, 在线] and
 * [申请]; one character is a word too: "收费" → [收费], "(?:收取|收)…费" → [收取, 收] and [费]).
 * Alternatives at the top ("没有收费|不收取任何费用") require one of their first requirements.
 */
export function requirementsOf(pattern: string): string[][] {
  const alternatives = topAlternatives(pattern).map(sequenceRequirements);
  if (alternatives.length === 1) return alternatives[0]!;
  // each alternative must require something, else the pattern as a whole requires nothing
  if (alternatives.some((r) => r.length === 0)) return [];
  return [[...new Set(alternatives.flatMap((r) => r[0]!))]];
}
