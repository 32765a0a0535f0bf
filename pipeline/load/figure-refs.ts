// The small integers a figure row holds instead of text (sql/017_figures_by_reference.sql):
// its key and unit (figure_keys) and its rule (figure_rules). A few hundred of each exist, so
// both lists are read once and kept; a new one is inserted the first time a figure names it.
import type { DB } from './db.js';

export class FigureRefs {
  private keys: Map<string, number> | undefined;
  private rules: Map<string, number> | undefined;
  private readonly q;

  constructor(private readonly db: DB) {
    this.q = {
      key: db.prepare('INSERT INTO figure_keys (key, unit) VALUES (?, ?) ON CONFLICT (key, unit) DO UPDATE SET key = excluded.key RETURNING id'),
      rule: db.prepare('INSERT INTO figure_rules (rule) VALUES (?) ON CONFLICT (rule) DO UPDATE SET rule = excluded.rule RETURNING id'),
    };
  }

  /** The id of a key with its unit. */
  key(key: string, unit: string): number {
    this.keys ??= new Map(
      (this.db.prepare('SELECT id, key, unit FROM figure_keys').all() as Array<{ id: number; key: string; unit: string }>).map((r) => [
        `${r.key}\u0000${r.unit}`,
        r.id,
      ]),
    );
    const name = `${key}\u0000${unit}`;
    let id = this.keys.get(name);
    if (id === undefined) this.keys.set(name, (id = (this.q.key.get(key, unit) as { id: number }).id));
    return id;
  }

  /** The id of a rule. */
  rule(rule: string): number {
    this.rules ??= new Map((this.db.prepare('SELECT id, rule FROM figure_rules').all() as Array<{ id: number; rule: string }>).map((r) => [r.rule, r.id]));
    let id = this.rules.get(rule);
    if (id === undefined) this.rules.set(rule, (id = (this.q.rule.get(rule) as { id: number }).id));
    return id;
  }

  /** Reads both lists again on next use: a rolled-back write may have taken back ids given out. */
  forget(): void {
    this.keys = undefined;
    this.rules = undefined;
  }
}
