// The damage MuPDF saw while it read a PDF, as sentences a person can act on: a rebuilt
// cross-reference table, objects and compressed streams it could not read, embedded fonts it
// had to replace, pages that gave nothing or had syntax errors, characters it could not map
// to text. A file can parse and still be damaged: these notes become `document_damaged`
// findings so such a report is never taken for a clean one. Clean files give MuPDF nothing to
// say, and warnings that are no sign of damage are left out.
import { REPEATED, type LogEntry } from './load.js';

type Kind = 'repair' | 'pages' | 'font' | 'cmap' | 'stream' | 'object' | 'syntax' | 'other';

const KINDS: Array<[Kind, RegExp]> = [
  ['repair', /repair|xref/i],
  ['pages', /page tree|claims to have \d+ pages/i],
  ['font', /FT_New_Memory_Face|error when loading embedded font|cannot load (embedded )?font|unknown font format/i],
  ['cmap', /no builtin cmap file|cannot load cmap|cmap.*(broken|invalid|syntax)/i],
  ['stream', /zlib error|read error; treating as end of file|premature end of (data|stream)|unexpected end of (data|stream)|lzw/i],
  [
    'object',
    /\bobjects?\b.*\(\d+ \d+ R\)|cannot load object|object missing 'endobj'|invalid indirect reference|invalid key in dict|expected 'obj' keyword|object out of range|cannot find object|invalid object number|expected object number|not a stream/i,
  ],
  ['syntax', /syntax error in content stream|encountered syntax errors|unknown keyword|expected string|invalid character in hex string/i],
];

/** The kind of damage a message tells of; undefined for a warning that tells of none. */
function kindOf(e: LogEntry): Kind | undefined {
  for (const [kind, re] of KINDS) if (re.test(e.message)) return kind;
  // an error MuPDF recovered from is damage even when we do not know its kind; a warning is not
  return e.error ? 'other' : undefined;
}

/** Characters MuPDF gives for glyphs it cannot map: U+FFFD, and private use (but U+F000–F0FF, where symbol fonts' bullets sit). */
function unmappedChars(text: string): { replacement: number; privateUse: number } {
  let replacement = 0;
  let privateUse = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replacement++;
    else if (c >= 0xe000 && c <= 0xf8ff && (c < 0xf000 || c > 0xf0ff)) privateUse++;
  }
  return { replacement, privateUse };
}
/** A few private-use characters are a rare ideograph a font put there, not damage. */
const PRIVATE_USE_DAMAGE = 10;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (xs: readonly (string | number)[], max = 5) => xs.slice(0, max).join(', ') + (xs.length > max ? ` and ${xs.length - max} more` : '');
const pages = (ns: readonly number[]) => (ns.length === 1 ? `page ${ns[0]}` : `pages ${list(ns, 8)}`);
const quote = (s: string) => `"${s.length > 80 ? s.slice(0, 77) + '...' : s}"`;

export interface DamageInput {
  log: readonly LogEntry[];
  /** MuPDF rebuilt the file's structure. */
  repaired: boolean;
  /** Pages MuPDF could not read at all, with its reason. */
  failedPages: ReadonlyArray<{ page: number; reason: string }>;
  /** Characters of text (spaces aside) on each page, page 1 first. */
  pageChars: readonly number[];
  /** The document's text as read. */
  text: string;
}

export function damageNotes(input: DamageInput): string[] {
  const notes: string[] = [];
  const byKind = new Map<Kind, LogEntry[]>();
  let last: LogEntry | undefined;
  for (const e of input.log) {
    // MuPDF says a warning once and then how often it repeated: count the repeats with it
    const repeated = REPEATED.exec(e.message);
    if (repeated) {
      if (last) for (let i = 1; i < Number(repeated[1]); i++) byKind.get(kindOf(last)!)?.push(last);
      continue;
    }
    const kind = kindOf(e);
    last = kind ? e : undefined;
    if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), e]);
  }
  const of = (k: Kind) => byKind.get(k) ?? [];

  if (input.repaired || of('repair').length)
    notes.push("the file's cross-reference table was broken and rebuilt by MuPDF, which may have missed parts of the file");

  const tree = of('pages');
  if (tree.length) notes.push(`the file's page tree was broken (MuPDF: ${quote(tree[0]!.message)})`);
  const failed = input.failedPages;
  if (failed.length) notes.push(`${pages(failed.map((f) => f.page))} could not be read (MuPDF: ${quote(failed[0]!.reason)})`);
  // a page that gave no text while MuPDF reported its content or objects broken
  const broken = new Set([...of('stream'), ...of('object'), ...of('syntax')].map((e) => e.page).filter((p): p is number => p !== undefined));
  const empty = [...broken].filter((p) => input.pageChars[p - 1] === 0 && !failed.some((f) => f.page === p)).sort((a, b) => a - b);
  if (empty.length) notes.push(`${pages(empty)} could not be read: ${empty.length === 1 ? 'its content is' : 'their content is'} damaged and gave no text`);

  const objects = of('object');
  if (objects.length) {
    const refs = [...new Set(objects.flatMap((e) => [...e.message.matchAll(/\((\d+ \d+ R)\)/g)].map((m) => m[1]!)))];
    notes.push(
      refs.length
        ? `${plural(refs.length, 'object')} of the file ${refs.length === 1 ? 'was' : 'were'} broken and could not be read (${list(refs)})`
        : 'objects of the file were broken and could not be read',
    );
  }
  const streams = of('stream');
  if (streams.length)
    notes.push(
      `compressed data in the file was damaged (${plural(streams.length, 'zlib or read error')}); text or fonts stored after the damage may be missing`,
    );
  const fonts = of('font');
  if (fonts.length) {
    const names = [...new Set(fonts.map((e) => /FT_New_Memory_Face\(([^)]*)\)/.exec(e.message)?.[1]).filter((n): n is string => !!n))];
    notes.push(
      names.length
        ? `the embedded ${names.length === 1 ? 'font' : 'fonts'} ${list(names)} could not be loaded (broken) and MuPDF used a substitute; characters in ${names.length === 1 ? 'it' : 'them'} may be misread`
        : 'an embedded font could not be loaded (broken) and MuPDF used a substitute; characters in it may be misread',
    );
  }
  const cmaps = of('cmap');
  if (cmaps.length) {
    const names = [...new Set(cmaps.map((e) => /cmap file: (\S+)/i.exec(e.message)?.[1]).filter((n): n is string => !!n))];
    notes.push(`a font's character map${names.length ? ` (${list(names)})` : ''} could not be loaded; text in that font cannot be read as characters`);
  }
  const syntax = [
    ...new Set(
      of('syntax')
        .map((e) => e.page)
        .filter((p): p is number => p !== undefined && !empty.includes(p)),
    ),
  ].sort((a, b) => a - b);
  if (syntax.length)
    notes.push(`the content of ${pages(syntax)} had syntax errors; text on ${syntax.length === 1 ? 'it' : 'them'} may be missing or out of place`);
  const other = of('other');
  if (other.length) notes.push(`MuPDF reported ${plural(other.length, 'other error')} while reading the file (first: ${quote(other[0]!.message)})`);

  const { replacement, privateUse } = unmappedChars(input.text);
  if (replacement > 0 || privateUse >= PRIVATE_USE_DAMAGE) {
    const n = replacement + (privateUse >= PRIVATE_USE_DAMAGE ? privateUse : 0);
    notes.push(`${plural(n, 'character')} could not be mapped to text (a font without a Unicode map, or a damaged one)`);
  }
  return notes;
}
