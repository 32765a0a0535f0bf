// The thread of stat-files.ts: stats the paths it is given and posts the two arrays back.
import { parentPort, workerData } from 'node:worker_threads';
import { statInto, type Stats } from './stat-files.js';

const paths = workerData as Array<string | Uint8Array>;
const out: Stats = { size: new Float64Array(paths.length), mtime: new Float64Array(paths.length) };
// a Buffer arrives as a Uint8Array: statSync takes either
statInto(paths as Array<string | Buffer>, out);
parentPort!.postMessage(out, [out.size.buffer as ArrayBuffer, out.mtime.buffer as ArrayBuffer]);
