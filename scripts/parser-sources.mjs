// The fingerprint of everything that decides a stored figure: the extract and transform code
// (rule tables included) and the data they read. PARSER_VERSION must move when it does: a
// file whose sha256 and parser version are unchanged is not processed again.
//   node scripts/parser-sources.mjs          prints the fingerprint
//   node scripts/parser-sources.mjs --stamp  records it in pipeline/transform/version.ts,
//                                            bumping the patch version if the code changed
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const VERSION_FILE = path.join(ROOT, 'pipeline/transform/version.ts');
const INPUTS = ['pipeline/extract', 'pipeline/transform', 'data/gazetteer', 'data/unicode/equivalent-ideographs.csv', 'data/division-history/result.csv'];

function files(rel) {
  const abs = path.join(ROOT, rel);
  try {
    return readdirSync(abs, { withFileTypes: true }).flatMap((e) => files(path.posix.join(rel, e.name)));
  } catch {
    return [rel]; // a file
  }
}

export function parserSources() {
  const hash = createHash('sha256');
  const list = INPUTS.flatMap(files)
    .filter((f) => path.join(ROOT, f) !== VERSION_FILE && /\.(ts|csv)$/.test(f))
    .sort();
  for (const f of list)
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(path.join(ROOT, f), 'utf8').replace(/\r\n/g, '\n'))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const now = parserSources();
  if (!process.argv.includes('--stamp')) {
    console.log(now);
  } else {
    const text = readFileSync(VERSION_FILE, 'utf8');
    const version = /PARSER_VERSION = '([\d.]+)'/.exec(text)[1];
    const recorded = /PARSER_SOURCES = \{ version: '([\d.]+)', hash: '(\w*)' \}/.exec(text);
    let next = version;
    // the code changed since the version was recorded and nobody bumped it: bump the patch
    if (recorded && recorded[2] !== now && recorded[1] === version) next = version.replace(/\d+$/, (p) => String(Number(p) + 1));
    const out = text
      .replace(/PARSER_VERSION = '[\d.]+'/, `PARSER_VERSION = '${next}'`)
      .replace(/PARSER_SOURCES = \{[^}]*\}/, `PARSER_SOURCES = { version: '${next}', hash: '${now}' }`);
    writeFileSync(VERSION_FILE, out);
    console.log(`PARSER_VERSION ${next}, sources ${now}`);
  }
}
