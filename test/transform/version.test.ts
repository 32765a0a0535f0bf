// A change to the extractor's code, rule tables or data without a new PARSER_VERSION would
// leave stale figures in every database (unchanged files are not reprocessed): this fails first.
import { describe, expect, it } from 'vitest';
import { PARSER_SOURCES, PARSER_VERSION } from '../../pipeline/transform/version.js';
import { parserSources } from '../../scripts/parser-sources.mjs';

describe('PARSER_VERSION', () => {
  it('was set for the code and data as they are (else: npm run version:stamp)', () => {
    expect(PARSER_SOURCES.version).toBe(PARSER_VERSION);
    expect(parserSources(), 'extract/transform code or data changed: run `npm run version:stamp`, which bumps PARSER_VERSION').toBe(PARSER_SOURCES.hash);
  });
});
