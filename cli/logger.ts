// pino JSON logs: to a file under <out>/logs/ always, and to stderr when stderr is not a
// terminal (cron mails it). A person at a terminal gets the progress bar instead.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';

export function createLogger(outDir: string, opts: { toStderr: boolean; level?: string }): { log: pino.Logger; file: string } {
  const dir = path.join(outDir, 'logs');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `run-${new Date().toISOString().slice(0, 10)}.log`);
  const streams: pino.StreamEntry[] = [{ stream: pino.destination({ dest: file, sync: true, append: true }) }];
  if (opts.toStderr) streams.push({ stream: pino.destination({ dest: 2, sync: true }) });
  return { log: pino({ level: opts.level ?? 'info', base: { pid: process.pid } }, pino.multistream(streams)), file };
}
