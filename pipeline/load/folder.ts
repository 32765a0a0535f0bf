// The rows of source_files under a folder: the path itself or anything below it. A prefix
// test on the path (with the separator, so /in/a does not take /in/ab), the same in every
// query that asks what a run's input holds.
import path from 'node:path';

/** The WHERE term and its parameters for the rows at or under `dir`. */
export function underFolder(dir: string): { sql: string; params: [string, string, string] } {
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  return { sql: '(path = ? OR substr(path, 1, length(?)) = ?)', params: [dir, prefix, prefix] };
}
