// A deterministic "kill -9 mid-run" for tests: with DISCLOSURE_CRASH_AFTER_BATCHES=N in the
// environment, the process kills itself with SIGKILL right after its Nth committed batch —
// no finally block, no exit handler, no flush runs, exactly as a power cut would leave it.
// The wall-clock kills of test/e2e/kill.test.ts land wherever the clock says; this lands
// between two batches every time.
export const CRASH_ENV = 'DISCLOSURE_CRASH_AFTER_BATCHES';

export function crashHook(env: NodeJS.ProcessEnv = process.env): ((batches: number) => void) | undefined {
  const n = Number(env[CRASH_ENV]);
  if (!Number.isInteger(n) || n < 1) return undefined;
  return (batches) => {
    if (batches >= n) process.kill(process.pid, 'SIGKILL');
  };
}
