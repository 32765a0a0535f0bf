// Reads the analyst's region override file for `run` and `extract`. The default file is
// used when it exists; a file named on the command line must exist. A malformed file is a
// configuration error (exit 2) that names the file and line.
import { existsSync, readFileSync } from 'node:fs';
import { OverrideFileError, parseOverrides, type RegionOverride } from '../pipeline/transform/region/overrides.js';
import { UsageError } from './errors.js';

export const DEFAULT_OVERRIDES = 'data/region-overrides.csv';

export function loadOverrides(file: string | undefined): { rules: RegionOverride[]; file?: string } {
  const chosen = file ?? (existsSync(DEFAULT_OVERRIDES) ? DEFAULT_OVERRIDES : undefined);
  if (!chosen) return { rules: [] };
  if (!existsSync(chosen)) throw new UsageError(`--overrides ${chosen}: no such file`);
  try {
    return { rules: parseOverrides(readFileSync(chosen, 'utf8'), chosen), file: chosen };
  } catch (err) {
    if (err instanceof OverrideFileError) throw new UsageError(err.message);
    throw err;
  }
}
