// Prints a page to PDF with Debian's headless Chromium, as a person "saves a page as PDF"
// (Skia writes the text layer). Used by the test generators; never at run time.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));

/** `file` (an HTML page) printed to `pdf`; rejects with Chromium's own words after `timeoutMs`. */
export async function printToPdf(file, pdf, timeoutMs = 90_000) {
  if (!CHROMIUM) throw new Error('chromium is missing: apt-get install -y chromium (npm test installs it: scripts/system-packages.sh)');
  // a new profile each time: two Chromiums on one profile wait for each other's lock
  const profile = mkdtempSync(path.join(os.tmpdir(), 'print-pdf-'));
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    // without these the closed network here refuses its background connections, many at a time
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdf}`,
    pathToFileURL(path.resolve(file)).href,
  ];
  try {
    await new Promise((resolve, reject) => {
      const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d) => (err = (err + d).slice(-2000)));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        if (code === 0 && existsSync(pdf)) resolve(undefined);
        else reject(new Error(`chromium could not print ${file} (exit ${code}): ${err.trim().split('\n').pop()}`));
      });
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
