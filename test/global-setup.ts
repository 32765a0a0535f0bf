// Builds the generated fixtures once per test run (scripts/make-fixtures.mjs) and the fuzz
// set (scripts/make-fuzz.mjs) inside them.
export default async function setup(): Promise<void> {
  // @ts-expect-error: a plain .mjs script without types
  const { makeFixtures } = await import('../scripts/make-fixtures.mjs');
  makeFixtures();
  // @ts-expect-error: a plain .mjs script without types
  const { makeFuzz } = await import('../scripts/make-fuzz.mjs');
  await makeFuzz();
}
