// The input folder as the run lists it (issue 15): each regular file once by its real path;
// links, hidden entries and what is not a regular file recorded with the reason, never read
// twice, never followed out of or back into the input, never opened when they could block.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listInput } from '../../pipeline/run/list-input.js';
import { NotRegular, readStable } from '../../pipeline/run/read-stable.js';

let dir: string;
let input: string;
let outside: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'disclosure-list-'));
  input = path.join(dir, 'in');
  outside = path.join(dir, 'outside');
  mkdirSync(path.join(input, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(input, 'a.txt'), 'a');
  writeFileSync(path.join(input, 'sub', 'b.txt'), 'b');
  writeFileSync(path.join(outside, 'c.txt'), 'c');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const reasons = (l: ReturnType<typeof listInput>) => Object.fromEntries(l.skipped.map((x) => [path.relative(input, x.path), `${x.status}: ${x.reason}`]));
const files = (l: ReturnType<typeof listInput>) => l.files.map((f) => path.relative(input, f));

describe('listInput', () => {
  it('follows no link to a folder: a loop back up the tree lists each file once', () => {
    symlinkSync('..', path.join(input, 'sub', 'up'));
    symlinkSync(outside, path.join(input, 'away'));
    const l = listInput(input);
    expect(files(l)).toEqual(['a.txt', 'sub/b.txt']);
    expect(reasons(l)['sub/up']).toMatch(/^unsupported: link to the folder .* not followed/);
    expect(reasons(l)['away']).toMatch(/^unsupported: link to the folder/);
  });

  it('reads a file of the input once, by its own path, whatever links point to it', () => {
    symlinkSync(path.join(input, 'a.txt'), path.join(input, 'sub', 'a-again.txt'));
    const l = listInput(input);
    expect(files(l)).toEqual(['a.txt', 'sub/b.txt']);
    expect(reasons(l)['sub/a-again.txt']).toBe('unsupported: link to a.txt of the input, which is read by its own path');
  });

  it('records a link out of the input, and reads it once with followLinks', () => {
    symlinkSync(path.join(outside, 'c.txt'), path.join(input, 'c.txt'));
    symlinkSync(path.join(outside, 'c.txt'), path.join(input, 'c2.txt'));
    expect(reasons(listInput(input))['c.txt']).toMatch(/outside the input: not followed \(--follow-links reads it\)/);
    const followed = listInput(input, { followLinks: true });
    expect(files(followed)).toEqual(['a.txt', 'c.txt', 'sub/b.txt']);
    expect(reasons(followed)['c2.txt']).toMatch(/another link to .*c\.txt, which is read once/);
  });

  it('records dangling and looping links as failed', () => {
    symlinkSync(path.join(dir, 'nowhere.txt'), path.join(input, 'dangling.txt'));
    symlinkSync(path.join(input, 'loop2'), path.join(input, 'loop1'));
    symlinkSync(path.join(input, 'loop1'), path.join(input, 'loop2'));
    const r = reasons(listInput(input));
    expect(r['dangling.txt']).toBe('failed: dangling symbolic link (its target is missing)');
    expect(r['loop1']).toBe('failed: symbolic link loop');
  });

  it('records hidden entries and never opens a FIFO', () => {
    writeFileSync(path.join(input, '.DS_Store'), 'x');
    mkdirSync(path.join(input, '.git'));
    writeFileSync(path.join(input, '.git', 'HEAD'), 'x');
    execFileSync('mkfifo', [path.join(input, 'pipe.txt')]);
    const l = listInput(input);
    expect(files(l)).toEqual(['a.txt', 'sub/b.txt']);
    expect(reasons(l)).toMatchObject({
      '.DS_Store': 'unsupported: hidden file: dot-files are not read',
      '.git': 'unsupported: hidden folder: dot-files are not read',
      'pipe.txt': 'unsupported: not a regular file (a FIFO): never opened, a read could block for ever',
    });
  });

  it("never lists the run's own database and output folder", () => {
    writeFileSync(path.join(input, 'db.sqlite'), 'x');
    writeFileSync(path.join(input, 'db.sqlite-wal'), 'x');
    mkdirSync(path.join(input, 'out'));
    writeFileSync(path.join(input, 'out', 'reports.csv'), 'x');
    const l = listInput(input, { exclude: [path.join(input, 'db.sqlite'), path.join(input, 'db.sqlite-wal'), path.join(input, 'out')] });
    expect(files(l)).toEqual(['a.txt', 'sub/b.txt']);
    expect(l.skipped).toEqual([]);
  });

  it('records a folder it cannot read, and keeps it apart', (ctx) => {
    chmodSync(path.join(input, 'sub'), 0o000);
    try {
      // root reads a mode-000 folder: as root, the listing runs as nobody in a child process
      const l = process.getuid?.() === 0 ? listAsNobody(input) : listInput(input);
      if (!l) return ctx.skip('running as root, and the user nobody cannot reach this checkout to list as itself');
      expect(l.unreadable).toEqual([path.join(input, 'sub')]);
      expect(reasons(l)['sub']).toMatch(/^failed: folder could not be read \(EACCES\)/);
      expect(files(l)).toEqual(['a.txt']);
    } finally {
      chmodSync(path.join(input, 'sub'), 0o755);
    }
  });
});

/** listInput run as the user nobody (uid 65534), for a test that needs permissions to bite. */
function listAsNobody(folder: string): ReturnType<typeof listInput> | undefined {
  for (let d = folder; d !== path.dirname(d); d = path.dirname(d)) if (d.startsWith(os.tmpdir()) && d !== os.tmpdir()) chmodSync(d, 0o755);
  const script = `import('${path.join(__dirname, '..', '..', 'dist', 'pipeline', 'run', 'list-input.js')}').then((m) => process.stdout.write(JSON.stringify(m.listInput(${JSON.stringify(folder)}))))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', uid: 65534, gid: 65534 });
  if (r.status !== 0) return undefined;
  return JSON.parse(r.stdout) as ReturnType<typeof listInput>;
}

describe('readStable', () => {
  it('refuses a FIFO put where a file was listed, at once instead of blocking', () => {
    const fifo = path.join(input, 'swapped.txt');
    execFileSync('mkfifo', [fifo]);
    const t = Date.now();
    expect(() => readStable(fifo)).toThrow(NotRegular);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});

describe('file names that are not UTF-8 (GBK bytes from a Windows zip)', () => {
  it('are listed by their bytes, shown escaped, and never merged', () => {
    // 报告.txt and 年报.txt in GBK: both invalid UTF-8, which a lossy decoding made one name
    const a = Buffer.from([0xb1, 0xa8, 0xb8, 0xe6, 0x2e, 0x74, 0x78, 0x74]);
    const b = Buffer.from([0xc4, 0xea, 0xb1, 0xa8, 0x2e, 0x74, 0x78, 0x74]);
    writeFileSync(Buffer.concat([Buffer.from(input + '/'), a]), 'one');
    writeFileSync(Buffer.concat([Buffer.from(input + '/'), b]), 'two');
    const l = listInput(input);
    const names = files(l);
    expect(names).toEqual(['a.txt', 'sub/b.txt', '\\xB1\\xA8\\xB8\\xE6.txt', '\\xC4\\xEA\\xB1\\xA8.txt']);
    expect(readStable(l.raw.get(path.join(input, '\\xB1\\xA8\\xB8\\xE6.txt'))!).buf.toString()).toBe('one');
    expect(readStable(l.raw.get(path.join(input, '\\xC4\\xEA\\xB1\\xA8.txt'))!).buf.toString()).toBe('two');
  });
});

describe('disclosure extract on a FIFO', () => {
  it('prints the reason and exits, instead of waiting for a writer', async () => {
    const { spawnSync } = await import('node:child_process');
    const fifo = path.join(input, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'bin', 'disclosure.mjs'), 'extract', fifo, '--json'], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'failed', error: expect.stringMatching(/not a regular file/) });
  }, 30_000);
});
