// The crontab lines of README.md ("Running it nightly"), run as cron runs them (`sh -c`) on a
// fresh checkout: no data/out yet, so the shell's `>>data/out/logs/cron.log` needs the folder
// before node starts. The checkout is a temporary folder whose bin/ links to this one's; the
// input is the sample data (data/raw).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** The commands of README's ```cron block, without their five schedule fields. */
function cronCommands(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /```cron\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README.md has no ```cron block');
  return block[1]!
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/).slice(5).join(' '));
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("README's crontab lines", () => {
  const commands = cronCommands();

  it('are there: the nightly run and the weekly --verify', () => {
    expect(commands).toHaveLength(2);
    expect(commands[1]).toMatch(/ --verify /);
  });

  it.each(commands.map((c, i) => [i + 1, c]))('line %i runs on a fresh checkout: exit 0, the cron log written', (_, command) => {
    const checkout = mkdtempSync(path.join(os.tmpdir(), 'disclosure-cron-'));
    dirs.push(checkout);
    symlinkSync(path.join(ROOT, 'bin'), path.join(checkout, 'bin'));
    const line = String(command)
      .replaceAll('/srv/disclosure-stats', checkout)
      .replaceAll('/data/reports', path.join(ROOT, 'data', 'raw'));
    expect(line).not.toBe(command);
    // cron's PATH, with this node on it
    const r = spawnSync('sh', ['-c', line], {
      cwd: os.tmpdir(),
      encoding: 'utf8',
      env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`, HOME: checkout },
    });
    expect(r.status, `${r.stderr}\n${line}`).toBe(0);
    const logs = path.join(checkout, 'data', 'out', 'logs');
    const cronLog = readFileSync(path.join(logs, 'cron.log'), 'utf8');
    // the summary (stdout) and the JSON log (stderr, not a terminal)
    expect(cronLog).toMatch(/disclosure run #1 \(incremental\)/);
    expect(cronLog).toMatch(/"msg":"run finished"/);
    expect(readdirSync(logs)).toEqual(expect.arrayContaining(['cron.log', expect.stringMatching(/^run-\d{4}-\d{2}-\d{2}\.log$/)]));
    expect(existsSync(path.join(checkout, 'data', 'out', 'disclosure.sqlite'))).toBe(true);
  });
});
