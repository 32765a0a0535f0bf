// A command's options declared once: from the one declaration come the parsing (node:util
// parseArgs), the checks of each value and the --help text, so the help cannot drift from
// what is accepted.
import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

interface Common {
  /** The help line(s); a '\n' starts a line in the help's second column. */
  help: string;
}

export type OptionSpec =
  | (Common & { type: 'boolean' })
  | (Common & { type: 'string'; arg: string; default?: string; choices?: readonly string[]; pattern?: RegExp; patternHelp?: string })
  | (Common & {
      type: 'number';
      arg: string;
      /** A value, or how to compute it (the number of cores). */
      default?: number | (() => number);
      /** The default as the help says it, when it is not a plain value. */
      defaultText?: string;
      integer?: boolean;
      min?: number;
      max?: number;
      /** Must be more than `min` (a limit of 0 MB is no limit). */
      positive?: boolean;
    });

export interface CommandSpec {
  name: string;
  /** One line for `disclosure --help`. */
  brief: string;
  /** What the command does (the help's paragraph). */
  about: string;
  /** The positional arguments as the usage line shows them (`FILE...`). */
  positionals?: string;
  options: Readonly<Record<string, OptionSpec>>;
  /** After the options: exit codes, notes. */
  epilog?: string;
}

type ValueOf<S extends OptionSpec> = S extends { type: 'boolean' }
  ? boolean
  : S extends { type: 'string' }
    ? (S extends { choices: readonly (infer C)[] } ? C : string) | (S extends { default: string } ? never : undefined)
    : S extends { default: number | (() => number) }
      ? number
      : number | undefined;

export type Values<C extends CommandSpec> = { -readonly [K in keyof C['options']]: ValueOf<C['options'][K]> };

export type Parsed<C extends CommandSpec> = { help: true } | { help: false; values: Values<C>; positionals: string[] };

export function parseCommand<C extends CommandSpec>(spec: C, argv: string[]): Parsed<C> {
  // numbers are parsed as strings and checked below, with a message that names the option
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type === 'boolean' ? 'boolean' : 'string' };
  const { values: raw, positionals } = parseArgs({ args: argv, allowPositionals: spec.positionals !== undefined, options });
  if (raw.help) return { help: true };
  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(spec.options)) values[name] = valueOf(name, o, raw[name]);
  return { help: false, values: values as Values<C>, positionals };
}

function valueOf(name: string, o: OptionSpec, given: string | boolean | undefined): unknown {
  if (o.type === 'boolean') return given === true;
  if (o.type === 'string') {
    const v = typeof given === 'string' ? given : o.default;
    if (v === undefined) return undefined;
    if (o.choices && !o.choices.includes(v)) throw new UsageError(`--${name} takes ${o.choices.join(' or ')}`);
    if (o.pattern && !o.pattern.test(v)) throw new UsageError(`--${name} takes ${o.patternHelp ?? `a value matching ${o.pattern}`}`);
    if (!v) throw new UsageError(`--${name} needs a value`);
    return v;
  }
  if (typeof given !== 'string') return typeof o.default === 'function' ? o.default() : o.default;
  const n = given.trim() === '' ? NaN : Number(given);
  const ok =
    Number.isFinite(n) &&
    (!o.integer || Number.isInteger(n)) &&
    (o.min === undefined || (o.positive ? n > o.min : n >= o.min)) &&
    (o.max === undefined || n <= o.max);
  if (!ok) throw new UsageError(`--${name} takes ${numberHelp(o)}, not '${given}'`);
  return n;
}

function numberHelp(o: Extract<OptionSpec, { type: 'number' }>): string {
  const kind = o.integer ? 'a whole number' : 'a number';
  if (o.min !== undefined && o.max !== undefined) return `${kind} from ${o.min}${o.positive ? ' (exclusive)' : ''} to ${o.max}`;
  if (o.min !== undefined) return `${kind} ${o.positive ? 'over' : 'of at least'} ${o.min}`;
  return kind;
}

/** The --help text, generated from the declaration. */
export function helpText(spec: CommandSpec): string {
  const rows: Array<[string, string]> = Object.entries(spec.options).map(([name, o]) => {
    const flag = o.type === 'boolean' ? `--${name}` : `--${name} ${o.arg}`;
    const def =
      o.type === 'number' ? (o.defaultText ?? (typeof o.default === 'number' ? String(o.default) : undefined)) : o.type === 'string' ? o.default : undefined;
    return [flag, def === undefined ? o.help : `${o.help} (default ${def})`];
  });
  rows.push(['-h, --help', 'this help']);
  const width = Math.min(22, Math.max(...rows.map(([f]) => f.length))) + 2;
  const lines = rows.map(([flag, help]) => {
    const [first, ...rest] = help.split('\n');
    // a long flag takes its own line; its help starts on the next, in the column
    const head = flag.length < width - 1 ? `  ${flag.padEnd(width)}${first}` : `  ${flag}\n  ${' '.repeat(width)}${first}`;
    return [head, ...rest.map((l) => `  ${' '.repeat(width)}${l}`)].join('\n');
  });
  return [
    `Usage: disclosure ${spec.name} [options]${spec.positionals ? ` ${spec.positionals}` : ''}`,
    '',
    spec.about,
    '',
    'Options:',
    ...lines,
    ...(spec.epilog ? ['', spec.epilog] : []),
    '',
  ].join('\n');
}
