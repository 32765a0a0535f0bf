// Reading a file whole, safely against a folder that changes under the run: a file that
// grows past the limit is not read, and one that changes while being read is reported as
// such rather than parsed half old, half new. Synchronous on purpose: it runs in a parse
// worker that has nothing else to do meanwhile, and the async calls cost more in
// thread-pool hand-offs than the read itself (≈ 0.3 ms a file).
import * as fs from 'node:fs';

/** The calls used, so that a test can change the file between them. */
export type FileOps = Pick<typeof fs, 'openSync' | 'fstatSync' | 'readFileSync' | 'closeSync'>;

/** The reason recorded for a file listed but gone when it was to be read. */
export const GONE = 'disappeared before it could be read';

export class TooLarge extends Error {
  constructor(bytes: number, max: number) {
    super(`file of ${(bytes / 1048576).toFixed(0)} MB is over the ${Math.round(max / 1048576)} MB limit; not read`);
  }
}

/** What was listed as a file is now a FIFO, a socket or a device: never read. */
export class NotRegular extends Error {
  constructor() {
    super('not a regular file (a FIFO, socket or device, perhaps put where a file was listed); not read');
  }
}

/** Reads a file whole; the size and mtime after reading tell whether it changed meanwhile. */
export function readStable(file: fs.PathLike, maxBytes = Infinity, ops: FileOps = fs): { buf: Buffer; bytes: number; mtimeMs: number; changed: boolean } {
  // O_NONBLOCK: a FIFO put where a file was listed opens at once instead of waiting for a
  // writer for ever, and is then refused; a regular file reads as usual
  const fd = ops.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const before = ops.fstatSync(fd);
    if (!before.isFile()) throw new NotRegular();
    if (before.size > maxBytes) throw new TooLarge(before.size, maxBytes);
    const buf = ops.readFileSync(fd);
    const after = ops.fstatSync(fd);
    const changed = before.size !== after.size || before.mtimeMs !== after.mtimeMs || buf.length !== after.size;
    return { buf, bytes: after.size, mtimeMs: Math.trunc(after.mtimeMs), changed };
  } finally {
    ops.closeSync(fd);
  }
}
