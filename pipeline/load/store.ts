// Writes files and reports. Each file is stored in one transaction: its report is either
// completely in the database or not at all. All report content reaches SQL as bound
// parameters only.
import type Database from 'better-sqlite3';
import type { DB } from './db.js';
import { FigureRefs } from './figure-refs.js';
import type { LoadItem } from './item.js';

export interface KnownFile {
  id: number;
  error: string | null;
  sha256: string | null;
  bytes: number;
  mtime_ms: number;
  parser_version: string;
  status: string;
  present: number;
  /** The run since which it fails as it is (failed, needs_ocr); null when it does not fail. */
  failing_since_run: number | null;
}

/**
 * A figure's raw text as stored: NULL where it is the value printed as an integer ("12" for
 * 12), as the metric_values view prints it back (sql/017_figures_by_reference.sql).
 */
export function storedRaw(raw: string, value: number): string | null {
  return Number.isSafeInteger(value) && raw === String(value) ? null : raw;
}

export class Store {
  private readonly q;
  private readonly refs: FigureRefs;

  constructor(
    private readonly db: DB,
    private readonly parserVersion: string,
  ) {
    this.refs = new FigureRefs(db);
    this.q = {
      insertFile: db.prepare(`INSERT INTO source_files (path, sha256, bytes, mtime_ms, encoding, format, status, error, parser_version,
          first_seen_run, first_seen_at, last_seen_run, last_seen_at, processed_run, failing_since_run)
        VALUES (@path, @sha256, @bytes, @mtime_ms, @encoding, @format, @status, @error, @parser_version, @run, @now, @run, @now, @run, @failing_since_run)`),
      updateFile: db.prepare(`UPDATE source_files SET sha256 = @sha256, bytes = @bytes, mtime_ms = @mtime_ms, encoding = @encoding,
          format = @format, status = @status, error = @error, parser_version = @parser_version, present = 1, missing_since = NULL,
          last_seen_run = @run, last_seen_at = @now, processed_run = @run, failing_since_run = @failing_since_run WHERE id = @id`),
      touch: db.prepare('UPDATE source_files SET last_seen_run = ?, last_seen_at = ?, present = 1, missing_since = NULL, mtime_ms = ? WHERE id = ?'),
      deleteReport: db.prepare('DELETE FROM reports WHERE source_file_id = ?'),
      insertReport: db.prepare(`INSERT INTO reports (source_file_id, template, body_name, body_name_printed, body_full_name, body_short_name, body_level,
          body_kind, organ, body_id, report_year, period_start, period_end, published_on, scope, title, region_code, province, prefecture,
          county, township, region_code_current, province_current, prefecture_current, county_current,
          region_confidence, region_clues, region_candidates, encoding, format, parser_version, fingerprint)
        VALUES (@source_file_id, @template, @body_name, @body_name_printed, @body_full_name, @body_short_name, @body_level, @body_kind, @organ,
          @body_id, @report_year, @period_start, @period_end, @published_on, @scope, @title, @region_code, @province, @prefecture,
          @county, @township, @region_code_current, @province_current, @prefecture_current, @county_current, @region_confidence,
          @region_clues, @region_candidates, @encoding, @format, @parser_version, @fingerprint)`),
      insertFigure: db.prepare(`INSERT INTO figures (report_id, key_id, value, raw_text, line, offset, rule_id, flags, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertLine: db.prepare('INSERT INTO report_lines (report_id, line, text) VALUES (?, ?, ?)'),
      insertFlag: db.prepare('INSERT INTO metric_flags (report_id, key, flag) VALUES (?, ?, ?)'),
      insertParagraph: db.prepare('INSERT INTO report_paragraphs (report_id, block, page, text) VALUES (?, ?, ?, ?)'),
      insertIssue: db.prepare(`INSERT INTO validation_issues (report_id, code, severity, check_id, message, expression, left_value, right_value, delta, cells)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    };
  }

  /** Statements with an `IN (?, …)` list, prepared once per length (chunks are mostly full). */
  private readonly lists = new Map<string, Database.Statement>();
  private withList(sql: (placeholders: string) => string, n: number): Database.Statement {
    const key = `${sql('')}#${n}`;
    let st = this.lists.get(key);
    if (!st) this.lists.set(key, (st = this.db.prepare(sql(Array(n).fill('?').join(',')))));
    return st;
  }

  /** The rows of those of `paths` the database knows, by path: one indexed query for a chunk of paths. */
  knownAmong(paths: readonly string[]): Map<string, KnownFile> {
    if (!paths.length) return new Map();
    const rows = this.withList(
      (list) => `SELECT id, path, sha256, bytes, mtime_ms, parser_version, status, present, error, failing_since_run FROM source_files WHERE path IN (${list})`,
      paths.length,
    ).all(...paths) as Array<KnownFile & { path: string }>;
    return new Map(rows.map((r) => [r.path, r]));
  }

  /** The file is unchanged: only record that it was seen. */
  touch(id: number, runId: number, mtimeMs: number, now: string): void {
    this.q.touch.run(runId, now, mtimeMs, id);
  }

  /** Files unchanged since their last run, by id: marked seen in one statement per 500. */
  seenUnchanged(ids: readonly number[], runId: number, now: string): void {
    this.db.transaction(() => {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        this.withList(
          (list) => `UPDATE source_files SET last_seen_run = ?, last_seen_at = ?, present = 1, missing_since = NULL WHERE id IN (${list})`,
          chunk.length,
        ).run(runId, now, ...chunk);
      }
    })();
  }

  /**
   * Stores a processed file and its report (replacing any earlier one) atomically.
   * `fileId`: the file's row, which the run found with knownAmong; undefined for a new file.
   * `failingSince`: the run since which it fails as it is (pipeline/run/failures.ts decides);
   * by default this run for a failing file, none for one that loaded or is unsupported.
   */
  save(item: LoadItem, fileId: number | undefined, runId: number, now: string, failingSince?: number | null): { reportId: number | null } {
    try {
      return this.write(item, fileId, runId, now, failingSince);
    } catch (err) {
      // a rolled-back transaction may have taken back key or rule rows the cache holds
      this.refs.forget();
      throw err;
    }
  }

  private write(item: LoadItem, fileId: number | undefined, runId: number, now: string, failingSince?: number | null): { reportId: number | null } {
    return this.db.transaction(() => {
      const fileRow = {
        path: item.path,
        sha256: item.sha256,
        bytes: item.bytes,
        mtime_ms: item.mtimeMs,
        encoding: item.ok ? item.encoding : null,
        format: item.format,
        status: item.ok ? 'loaded' : item.status,
        error: item.ok ? null : item.error,
        parser_version: this.parserVersion,
        run: runId,
        now,
        failing_since_run: failingSince !== undefined ? failingSince : !item.ok && item.status !== 'unsupported' ? runId : null,
      };
      if (fileId !== undefined) {
        this.q.updateFile.run({ ...fileRow, id: fileId });
        this.q.deleteReport.run(fileId);
      } else {
        fileId = Number(this.q.insertFile.run(fileRow).lastInsertRowid);
      }
      if (!item.ok) return { reportId: null };
      const r = item.report;
      const reportId = Number(
        this.q.insertReport.run({
          source_file_id: fileId,
          template: r.template,
          ...r.identity,
          // a report whose region is not decided is a body of its own
          body_id: r.identity.body_id ?? `file:${item.path}`,
          region_code: r.region.code,
          province: r.region.province,
          prefecture: r.region.prefecture,
          county: r.region.county,
          township: r.region.township,
          region_code_current: r.region.code_current,
          province_current: r.region.province_current,
          prefecture_current: r.region.prefecture_current,
          county_current: r.region.county_current,
          region_confidence: r.region.confidence,
          region_clues: JSON.stringify(r.region.clues),
          region_candidates: JSON.stringify(r.region.candidates),
          encoding: item.encoding,
          format: item.format,
          parser_version: r.parser_version,
          fingerprint: r.fingerprint.length ? Buffer.from(new Uint32Array(r.fingerprint).buffer) : null,
        }).lastInsertRowid,
      );
      const lines = new Map<string, number>();
      for (const m of r.metrics) {
        // each source line once per report, numbered in the order the figures first name it
        let line = lines.get(m.snippet);
        if (line === undefined) {
          lines.set(m.snippet, (line = lines.size));
          this.q.insertLine.run(reportId, line, m.snippet);
        }
        this.q.insertFigure.run(
          reportId,
          this.refs.key(m.key, m.unit),
          m.value,
          storedRaw(m.raw, m.value),
          line,
          m.offset,
          this.refs.rule(m.rule),
          m.flags.join(','),
          m.confidence ?? null,
        );
        // the same flags a row each, for the views (the comma string is what the CSVs print)
        for (const flag of new Set(m.flags)) this.q.insertFlag.run(reportId, m.key, flag);
      }
      for (const p of item.paragraphs ?? []) this.q.insertParagraph.run(reportId, p.block, p.page ?? null, p.text);
      for (const i of r.issues) {
        this.q.insertIssue.run(
          reportId,
          i.code,
          i.severity,
          i.check ?? null,
          i.message,
          i.expression ?? null,
          i.left ?? null,
          i.right ?? null,
          i.delta ?? null,
          i.cells ? JSON.stringify(i.cells) : null,
        );
      }
      return { reportId };
    })();
  }

  /** Files under `dir` count as seen (their folder could not be read: they are not gone). */
  seenUnder(dir: string, runId: number, now: string): void {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    this.db
      .prepare(`UPDATE source_files SET last_seen_run = ?, last_seen_at = ? WHERE present = 1 AND substr(path, 1, length(?)) = ?`)
      .run(runId, now, prefix, prefix);
  }

  /**
   * The files the run's listing no longer holds (by id, from matchKnown) are marked missing,
   * never deleted. Their last sighting is the last finished run over a folder holding them
   * before this one: unchanged files are not written by each run, so their rows do not say it.
   */
  markGone(ids: readonly number[], runId: number, now: string): number {
    if (!ids.length) return 0;
    const runs = this.db.prepare(`SELECT id, started_at, input FROM runs WHERE id < ? AND status IN ('ok', 'partial') ORDER BY id DESC`).all(runId) as Array<{
      id: number;
      started_at: string;
      input: string;
    }>;
    const row = this.db.prepare('SELECT path, last_seen_run FROM source_files WHERE id = ? AND present = 1');
    const mark = this.db.prepare(
      'UPDATE source_files SET present = 0, missing_since = COALESCE(missing_since, ?), last_seen_run = ?, last_seen_at = COALESCE(?, last_seen_at) WHERE id = ?',
    );
    let n = 0;
    this.db.transaction(() => {
      for (const id of ids) {
        const f = row.get(id) as { path: string; last_seen_run: number } | undefined;
        if (!f) continue;
        const seen = runs.find((r) => r.id > f.last_seen_run && (f.path === r.input || f.path.startsWith(r.input.endsWith('/') ? r.input : `${r.input}/`)));
        n += mark.run(now, seen?.id ?? f.last_seen_run, seen?.started_at ?? null, id).changes;
      }
    })();
    return n;
  }
}
