// Batches the run's writes: saved files and "seen again" touches go to SQLite in one
// transaction per batch (hundreds of files), not one per file. A batch is atomic, so a run
// killed mid-way leaves whole reports or none; the files of a lost batch are simply
// processed again by the next run. A batch that SQLite refuses (busy, full, read-only …) is
// rolled back and kept as `failure`: the timer never throws into the event loop, and every
// later call throws it to the run, which stops.
import { databaseError, type DatabaseError } from './db-error.js';
import type { LoadItem } from './item.js';
import type { DB } from './db.js';
import type { Store } from './store.js';

export class BatchWriter {
  private saves: Array<{ item: LoadItem; fileId: number | undefined; now: string; failingSince: number | null | undefined }> = [];
  private touches: Array<{ id: number; mtimeMs: number; now: string }> = [];
  private timer: NodeJS.Timeout | undefined;
  /** The error that ended writing, if any. */
  failure: DatabaseError | Error | undefined;
  /** Batches committed so far. */
  private committed = 0;
  /** Called after each committed batch with their count (the run engine's crash hook for tests). */
  onCommit: ((batches: number) => void) | undefined;

  constructor(
    private readonly db: DB,
    private readonly store: Store,
    private readonly runId: number,
    private readonly maxItems = 100,
    private readonly maxDelayMs = 250,
  ) {}

  /** `fileId`: the file's row when the database already has it; `failingSince`: see Store.save. */
  save(item: LoadItem, fileId: number | undefined, now: string, failingSince?: number | null): void {
    if (this.failure) throw this.failure;
    this.saves.push({ item, fileId, now, failingSince });
    this.schedule();
  }

  touch(id: number, mtimeMs: number, now: string): void {
    if (this.failure) throw this.failure;
    this.touches.push({ id, mtimeMs, now });
    this.schedule();
  }

  private schedule(): void {
    if (this.saves.length + this.touches.length >= this.maxItems) this.flush();
    else this.timer ??= setTimeout(() => this.tryFlush(), this.maxDelayMs);
  }

  /** From the timer: an error is kept, not thrown (nothing could catch it there). */
  private tryFlush(): void {
    try {
      this.flush();
    } catch {
      // kept in this.failure by flush
    }
  }

  flush(): void {
    if (this.failure) throw this.failure;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.saves.length && !this.touches.length) return;
    const saves = this.saves;
    const touches = this.touches;
    this.saves = [];
    this.touches = [];
    try {
      this.db.transaction(() => {
        for (const s of saves) this.store.save(s.item, s.fileId, this.runId, s.now, s.failingSince);
        for (const t of touches) this.store.touch(t.id, this.runId, t.mtimeMs, t.now);
      })();
    } catch (err) {
      // the transaction is rolled back; these files are processed again by the next run
      this.failure = databaseError(err, this.db.name) ?? (err as Error);
      throw this.failure;
    }
    this.onCommit?.(++this.committed);
  }
}
