// Typed errors of the extract stage. Library code throws these; only the CLI prints them.
// `status` is what the file's row in source_files records.
export type ExtractStatus = 'unsupported' | 'failed' | 'needs_ocr';

export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  constructor(
    readonly status: ExtractStatus,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
