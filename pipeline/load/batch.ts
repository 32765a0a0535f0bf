// Batches the run's writes: saved files and "seen again" touches go to SQLite in one
// transaction per batch (hundreds of files), not one per file. A batch is atomic, so a run
// killed mid-way leaves whole reports or none; the files of a lost batch are simply
// processed again by the next run.
import type { LoadItem } from './item.js';
import type { DB } from './db.js';
import type { Store } from './store.js';

export class BatchWriter {
  private saves: Array<{ item: LoadItem; fileId: number | undefined; now: string }> = [];
  private touches: Array<{ id: number; mtimeMs: number; now: string }> = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: DB,
    private readonly store: Store,
    private readonly runId: number,
    private readonly maxItems = 100,
    private readonly maxDelayMs = 250,
  ) {}

  /** `fileId`: the file's row when the database already has it. */
  save(item: LoadItem, fileId: number | undefined, now: string): void {
    this.saves.push({ item, fileId, now });
    this.schedule();
  }

  touch(id: number, mtimeMs: number, now: string): void {
    this.touches.push({ id, mtimeMs, now });
    this.schedule();
  }

  private schedule(): void {
    if (this.saves.length + this.touches.length >= this.maxItems) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), this.maxDelayMs);
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.saves.length && !this.touches.length) return;
    const saves = this.saves;
    const touches = this.touches;
    this.saves = [];
    this.touches = [];
    this.db.transaction(() => {
      for (const s of saves) this.store.save(s.item, s.fileId, this.runId, s.now);
      for (const t of touches) this.store.touch(t.id, this.runId, t.mtimeMs, t.now);
    })();
  }
}
