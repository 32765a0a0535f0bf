// MuPDF's WebAssembly module, reached directly for the one loop that is hot: reading every
// character of a page. The public StructuredText.walk() makes a Font object (with a
// finalizer) for every character, which cost more than MuPDF's own text extraction; the
// module's accessors give the same fields without it (about 2× faster on our PDFs). mupdf
// builds its module on the object it finds at globalThis.$libmupdf_wasm_Module, so this
// file must be imported before 'mupdf' is; the package is pinned to the version this was
// written against, and readers fall back to walk() if the accessors are not there.
const KEY = '$libmupdf_wasm_Module';
const g = globalThis as Record<string, unknown>;
g[KEY] ??= {};

/** The accessors of MuPDF's stext structures that the character loop uses. */
export interface StextAccess {
  HEAPF32: Float32Array;
  _wasm_stext_page_get_first_block(page: number): number;
  _wasm_stext_block_get_next(block: number): number;
  _wasm_stext_block_get_type(block: number): number;
  _wasm_stext_block_get_first_line(block: number): number;
  _wasm_stext_block_get_bbox(block: number): number;
  _wasm_stext_block_get_v_flags(block: number): number;
  _wasm_stext_block_get_v_argb(block: number): number;
  _wasm_stext_line_get_next(line: number): number;
  _wasm_stext_line_get_first_char(line: number): number;
  _wasm_stext_char_get_next(ch: number): number;
  _wasm_stext_char_get_c(ch: number): number;
  _wasm_stext_char_get_origin(ch: number): number;
  _wasm_stext_char_get_size(ch: number): number;
  _wasm_stext_char_get_quad(ch: number): number;
}

const NEEDED = [
  '_wasm_stext_page_get_first_block',
  '_wasm_stext_block_get_bbox',
  '_wasm_stext_block_get_v_flags',
  '_wasm_stext_block_get_v_argb',
  '_wasm_stext_char_get_quad',
  '_wasm_stext_char_get_origin',
  '_wasm_stext_char_get_c',
];

/** The module's accessors, or undefined when this build of mupdf does not expose them. */
export function stextAccess(): StextAccess | undefined {
  const m = g[KEY] as Partial<StextAccess> | undefined;
  return m && m.HEAPF32 && NEEDED.every((f) => typeof (m as Record<string, unknown>)[f] === 'function') ? (m as StextAccess) : undefined;
}
