// Bump when a change to extract or transform can change any stored figure: a file whose
// sha256 and parser version are unchanged is not processed again.
export const PARSER_VERSION = '0.9.0';
