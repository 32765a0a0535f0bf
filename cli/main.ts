// The CLI edge: the only place that prints errors and chooses exit codes.
// 0: every file processed (or only known failures); 1: new failures (recorded); 2: usage,
// configuration or lock; 3: the database refused the run (busy, full, read-only, gone,
// damaged); 4: the input looks unmounted or emptied; 130/143: stopped by SIGINT/SIGTERM.
import os from 'node:os';
import { databaseError } from '../pipeline/load/db-error.js';
import { InputVanishedError, RunInterruptedError } from '../pipeline/run/errors.js';
import { COMMANDS } from './commands.js';
import { LockedError, UsageError } from './errors.js';

const HELP = `Usage: disclosure <command> [options]

Turns 政府信息公开工作年度报告 (government information disclosure annual reports) into a
SQLite dataset and CSV exports.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.brief}`).join('\n')}

Run 'disclosure <command> --help' for a command's options.
Exit codes: 0 all files processed, or only known failures; 1 new failures (recorded in the
database; --fail-on chooses); 2 usage or configuration error, or another run holds the
database; 3 the database refused the run (busy, full, read-only, deleted or damaged: the
message says what to do); 4 the input folder looks unmounted or emptied (nothing was marked
missing); 130/143 stopped by SIGINT/SIGTERM (the next run does the rest). search
exits 1 when it finds nothing (as grep).
`;

type Command = (argv: string[]) => Promise<number>;

async function lazy(name: string): Promise<Command | undefined> {
  switch (name) {
    // each command loads only what it needs (run's main thread never loads the parser)
    case 'extract':
      return (await import('./extract.js')).extractCommand;
    case 'run':
      return (await import('./run.js')).runCommand;
    case 'export':
      return (await import('./export.js')).exportCommand;
    case 'status':
      return (await import('./status.js')).statusCommand;
    case 'report':
      return (await import('./report.js')).reportCommand;
    case 'search':
      return (await import('./search.js')).searchCommand;
    default:
      return undefined;
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name ? 0 : 2;
  }
  const cmd = await lazy(name);
  if (!cmd) {
    process.stderr.write(`disclosure: unknown command '${name}'\n\n${HELP}`);
    return 2;
  }
  try {
    return await cmd(rest);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`disclosure ${name}: ${(err as Error).message}\nRun 'disclosure ${name} --help'.\n`);
      return 2;
    }
    if (err instanceof LockedError) {
      process.stderr.write(`disclosure ${name}: ${err.message}\n`);
      return 2;
    }
    if (err instanceof InputVanishedError) {
      process.stderr.write(`disclosure ${name}: ${err.message}\n`);
      return 4;
    }
    if (err instanceof RunInterruptedError) {
      process.stderr.write(`disclosure ${name}: ${err.message}\n`);
      // 128 + the signal's number, as a shell reports a process the signal ended (130, 143)
      return 128 + (os.constants.signals[err.reason as NodeJS.Signals] ?? os.constants.signals.SIGINT);
    }
    const db = databaseError(err, 'the database');
    if (db) {
      process.stderr.write(`disclosure ${name}: ${db.message}\n`);
      return 3;
    }
    throw err;
  }
}
