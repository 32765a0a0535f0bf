// Bump when a change to extract or transform can change any stored figure: a file whose
// sha256 and parser version are unchanged is not processed again. PARSER_SOURCES records
// the fingerprint of the code and data the version was set for; test/transform/version.test.ts
// fails when they change without it (`npm run version:stamp` bumps and records).
export const PARSER_VERSION = '0.10.7';
export const PARSER_SOURCES = { version: '0.10.7', hash: 'f1229c7674be2637' };
