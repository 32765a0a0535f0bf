// Errors the CLI edge turns into exit codes: 2 for usage or configuration, 2 for a held lock.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export class LockedError extends Error {
  override readonly name = 'LockedError';
}
