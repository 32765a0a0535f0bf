// word/document.xml → paragraphs and tables, in one streaming pass (saxes). The elements read
// are those the previous reader (mammoth) read, so that the document model stays the same,
// plus two it lost: a simple field's result (w:fldSimple) and a carriage return (w:cr, a line
// break). An element not listed here is skipped with everything in it (w:ruby, m:oMath, the
// DrawingML copy of a text box, footnote references). Deleted runs (w:del, w:moveFrom) and
// field instructions (w:instrText) are skipped; inserted runs and field results are read.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { Body, type DocxNode } from './docx-body.js';

const NS: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
};

/** Read for their children only. */
const PASS = new Set(['w:r', 'w:hyperlink', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:object', 'w:sdt', 'w:fldSimple', 'mc:AlternateContent']);
/** The shapes of a VML picture (w:pict), whose text box paragraphs follow the paragraph. */
const SHAPES = new Set(['v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect']);
/** Characters written as elements. */
const CHARS: Record<string, string> = { 'w:tab': '\t', 'w:noBreakHyphen': '\u2011', 'w:softHyphen': '\u00AD' };
/** Property elements whose children are looked at: paragraph, row and cell properties. */
const PROPS = new Set(['w:pPr', 'w:trPr', 'w:tcPr']);

const nameOf = (t: { uri?: string; local?: string; name: string }) => {
  const p = t.uri !== undefined ? NS[t.uri] : undefined;
  return p ? `${p}:${t.local}` : `{${t.uri ?? ''}}${t.name}`;
};

function attr(tag: SaxesTagNS, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && NS[a.uri] === 'w') return a.value;
  return undefined;
}

export function parseDocumentXml(xml: string): DocxNode[] {
  const body = new Body();
  const parser = new SaxesParser({ xmlns: true });
  const stack: string[] = [];
  let skip = 0;
  let inText = false;
  // the first w:pPr of a paragraph and the first mc:Fallback of an AlternateContent only
  const seen: Array<Set<string>> = [];

  parser.on('opentag', (tag) => {
    if (skip) return void skip++;
    const name = nameOf(tag);
    const parent = stack.at(-1) ?? '';
    const grand = stack.at(-2) ?? '';
    const once = seen.at(-1);
    let read = false;
    if (PROPS.has(parent) || (parent === 'w:rPr' && grand === 'w:pPr')) {
      // inside properties: only what changes the text or the grid
      if (name === 'w:rPr' && parent === 'w:pPr') read = true;
      else if (name === 'w:del' && parent === 'w:rPr') body.deleteParagraphMark();
      else if (name === 'w:del' && parent === 'w:trPr') body.deleteRow();
      else if (name === 'w:gridSpan' && parent === 'w:tcPr') body.gridSpan(attr(tag, 'val'));
      else if (name === 'w:vMerge' && parent === 'w:tcPr') body.vMerge(attr(tag, 'val'));
    } else if (name === 'w:document') read = stack.length === 0;
    else if (name === 'w:body') read = parent === 'w:document';
    else if (name === 'w:pPr' || name === 'w:trPr' || name === 'w:tcPr') {
      read = (parent === 'w:p' || parent === 'w:tr' || parent === 'w:tc') && !once?.has(name);
      once?.add(name);
    } else if (name === 'mc:Fallback') {
      read = parent === 'mc:AlternateContent' && !once?.has(name);
      once?.add(name);
    } else if (name === 'w:sdtContent') read = parent === 'w:sdt';
    else if (PASS.has(name) || SHAPES.has(name)) read = true;
    else if (name === 'w:t') read = inText = true;
    else if (CHARS[name]) body.text(CHARS[name]);
    else if (name === 'w:cr') body.lineBreak();
    else if (name === 'w:br') {
      const type = attr(tag, 'type');
      if (type === undefined || type === 'textWrapping') body.lineBreak();
    } else if (name === 'w:bookmarkStart') {
      if (attr(tag, 'name') !== '_GoBack') body.inlineElement();
    } else if (name === 'w:p') read = body.openParagraph();
    else if (name === 'w:pict') read = body.openPicture();
    else if (name === 'w:tbl') read = body.openTable();
    else if (name === 'w:tr') read = body.openRow();
    else if (name === 'w:tc') read = body.openCell();
    if (!read) return void skip++;
    stack.push(name);
    seen.push(new Set());
  });

  parser.on('text', (t) => {
    if (inText && !skip) body.text(t);
  });

  parser.on('closetag', () => {
    if (skip) return void skip--;
    const name = stack.pop()!;
    seen.pop();
    if (name === 'w:t') inText = false;
    else if (name === 'w:p') body.closeParagraph();
    else if (name === 'w:pict') body.closePicture();
    else if (name === 'w:tbl') body.closeTable();
    else if (name === 'w:tr') body.closeRow();
    else if (name === 'w:tc') body.closeCell();
  });

  parser.write(xml).close();
  return body.nodes;
}
