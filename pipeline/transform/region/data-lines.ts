// The lines of a data file the worker keeps for its life (the gazetteer, the division
// history), each decoded from the file's bytes on its own. Splitting the decoded file
// instead would leave V8 "sliced" strings (any piece of 13 characters or more) pointing into
// the whole text, so one long township name kept the 1.3 MB file alive in every worker.
import { readFileSync } from 'node:fs';

const NEWLINE = 0x0a;
const CR = 0x0d;
/** The UTF-8 byte order mark (EF BB BF) some tools write at the start of a CSV. */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Non-empty lines of a UTF-8 file, without a byte order mark or \r, each its own string. */
export function readDataLines(file: string): string[] {
  const buf = readFileSync(file);
  const out: string[] = [];
  let start = buf.subarray(0, 3).equals(BOM) ? 3 : 0;
  while (start < buf.length) {
    let end = buf.indexOf(NEWLINE, start);
    if (end < 0) end = buf.length;
    const stop = end > start && buf[end - 1] === CR ? end - 1 : end;
    if (stop > start) out.push(buf.toString('utf8', start, stop));
    start = end + 1;
  }
  return out;
}
