// The thread of stat-queue.ts: takes the posted chunks from the shared counter, stats each
// into its shared memory, and says 'finished' once every chunk is done (it learns how many
// there are when the listing ends).
import { parentPort, workerData } from 'node:worker_threads';
import { chunkStats, DONE, statInto, takeChunks, type ChunkMessage } from './stat-files.js';

const ctrl = new Int32Array(workerData as SharedArrayBuffer);
// posted in order: the array's length is the number received
const chunks: Array<ChunkMessage | undefined> = [];
let total = -1;

parentPort!.on('message', (m: ChunkMessage | { end: number }) => {
  if ('end' in m) total = m.end;
  else chunks[m.k] = m;
  work();
});

function work(): void {
  takeChunks(ctrl, chunks.length, (c) => {
    const m = chunks[c]!;
    chunks[c] = undefined;
    // a Buffer arrives as a Uint8Array: statSync takes either
    statInto(m.paths, chunkStats(m.buf, m.paths.length));
  });
  if (total >= 0 && Atomics.load(ctrl, DONE) === total) {
    parentPort!.postMessage('finished');
    total = -1;
  }
}
