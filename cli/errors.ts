// Errors the CLI edge turns into exit codes: 2 for usage or configuration, 2 for a held lock,
// 4 for an input folder that looks unmounted or emptied.
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export class LockedError extends Error {
  override readonly name = 'LockedError';
}

/** The input folder looks unmounted or emptied: the run stopped before marking anything missing (exit 4). */
export class InputVanishedError extends Error {
  override readonly name = 'InputVanishedError';
  constructor(root: string, gone: number, known: number, maxShare: number) {
    super(
      `${gone} of the ${known} files the database knows under ${root} are gone (${known === gone ? 'the folder is empty' : `more than ${Math.round(maxShare * 100)}%`}): ` +
        `is the folder mounted? Nothing was marked missing. If they were removed on purpose, run again with --allow-missing`,
    );
  }
}
