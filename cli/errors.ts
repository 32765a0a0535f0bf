// Errors of the CLI edge itself, turned into exit 2 by main.ts: a bad option or
// configuration, and a database another run holds. The engine's own (InputVanishedError,
// DatabaseError) come from pipeline/.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export class LockedError extends Error {
  override readonly name = 'LockedError';
}
