// Builds the generated fixtures once per test run (scripts/make-fixtures.mjs).
export default async function setup(): Promise<void> {
  // @ts-expect-error: a plain .mjs script without types
  const { makeFixtures } = await import('../scripts/make-fixtures.mjs');
  makeFixtures();
}
