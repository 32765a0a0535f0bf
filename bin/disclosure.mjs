#!/usr/bin/env node
// The package's bin: runs the compiled CLI (npm ci builds it through the `prepare` script).
import { main } from '../dist/cli/main.js';

/**
 * Once the command is done, the process ends: a parse worker stuck in a read the kernel will
 * not interrupt (a hung network mount) cannot keep a nightly job alive. The timer is unref'd:
 * it only fires when something still holds the process after the grace period.
 */
const exitAfterGrace = (code) =>
  setTimeout(() => {
    process.stderr.write('disclosure: the work is done but a parse worker did not stop (a read stuck in the kernel?); exiting\n');
    process.exit(code);
  }, 10_000).unref();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    exitAfterGrace(code);
  },
  (err) => {
    console.error(`disclosure: ${err?.stack ?? err}`);
    process.exitCode = 2;
    exitAfterGrace(2);
  },
);
