// After the last file: files not seen are marked missing, the override rules and the
// full-text index are brought up to date, copies, bodies and the cross-year check are
// settled when anything changed, and the run row is closed.
import { refreshBodies } from '../load/bodies.js';
import { copyCounts, refreshCopies } from '../load/copies.js';
import { refreshCrossYearChecks } from '../load/cross-year.js';
import { assertSameFile } from '../load/db-error.js';
import { saveOverrides } from '../load/overrides.js';
import { saveDigest, storedDigest } from '../load/listing-digests.js';
import { finishRun, lastTotals } from '../load/runs.js';
import { indexText } from '../load/text-index.js';
import type { RunContext } from './context.js';
import type { RunResult } from './options.js';

/** `identity`: the database file's identity when the run began (a replaced file keeps nothing). */
export function finalize(ctx: RunContext, identity: string | undefined): RunResult {
  const { db, log, tally, runId } = ctx;
  const counts = tally.counts;
  counts.files_missing = ctx.store.markGone(ctx.matched.gone, runId, new Date().toISOString());
  saveOverrides(db, ctx.overrides);
  if (ctx.opts.textIndex !== false) {
    const t = Date.now();
    const indexed = indexText(db);
    if (indexed) log.info({ paragraphs: indexed, ms: Date.now() - t }, 'full-text index updated');
  }
  // copies and bodies before the cross-year check, which pairs primary reports of one body:
  // whole-database passes (0.8 s on 10,000 reports), so a night on which nothing changed,
  // came or went skips them (unless the run before stopped before settling them)
  const changedAny = ctx.settleAll || counts.files_new + counts.files_changed + counts.files_missing + tally.reappeared > 0;
  const t = Date.now();
  // nothing changed: the totals are those the last finished run recorded (counting them is a pass over every report)
  const kept = changedAny ? undefined : lastTotals(db);
  const copies = kept ?? (changedAny ? refreshCopies(db) : copyCounts(db));
  const bodies = kept?.bodies ?? (changedAny ? refreshBodies(db) : (db.prepare('SELECT COUNT(*) AS n FROM bodies').get() as { n: number }).n);
  if (changedAny) log.info({ ...copies, bodies, ms: Date.now() - t }, 'copies grouped, primary reports and bodies settled');
  const crossYear = changedAny ? refreshCrossYearChecks(db) : 0;
  if (crossYear) log.info({ crossYear }, 'cross-year check T3-X: mismatches recorded');
  // written to a file that was deleted or replaced meanwhile, the run kept nothing
  assertSameFile(db.name, identity);
  finishRun(db, runId, counts, { groups: copies.groups, copies: copies.copies, conflicts: copies.conflicts, bodies });
  // after the run's last write to source_files (a write empties the digests): the next night
  // over this folder that lists the same needs no row to know nothing changed
  const digest = ctx.matched.digest;
  // (a night that found it kept it, unless it wrote a row: an entry not read is marked seen)
  if (digest !== undefined && ctx.readAsListed && storedDigest(db, ctx.root) !== digest) saveDigest(db, ctx.root, digest, runId);
  log.info({ runId, ...counts }, 'run finished');
  return {
    runId,
    counts,
    changed: changedAny,
    passedAllChecks: tally.passedAllChecks,
    reports: { distinct: copies.groups, copies: copies.copies, conflicts: copies.conflicts, bodies },
  };
}
