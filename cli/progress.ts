// A one-line progress bar for a person at a terminal (stderr is a TTY); silent otherwise.
// The engine tells it of each file (ProgressSink); drawing is the CLI's business.
import type { ProgressSink } from '../pipeline/run/index.js';

export class Progress implements ProgressSink {
  private done = 0;
  private last = 0;
  private total = 0;

  constructor(private readonly enabled: boolean) {}

  start(total: number): void {
    this.total = total;
  }

  tick(label: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 80 && this.done < this.total) return; // redraw at most ~12×/s
    this.last = now;
    const width = 30;
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.total} ${name}\x1b[K`);
  }

  end(): void {
    if (this.enabled) process.stderr.write('\r\x1b[K');
  }
}
