/** The jest worker's memo of strings (test/support/latch-environment.js), when the test runs in that environment. */
declare const latchWorkerMemo: Map<string, string> | undefined;

/**
 * `make()`'s string, made once per jest worker for `key` and read from the worker's memo by every later test
 * file it runs (without the memo, as with another test environment, made each time). The key must name
 * everything the string depends on, as a later file of the same run gets the string made for it.
 */
export function workerMemo(key: string, make: () => string): string {
  const memo = typeof latchWorkerMemo === 'undefined' ? undefined : latchWorkerMemo;
  const kept = memo?.get(key);
  if (kept !== undefined) return kept;
  const made = make();
  if (typeof made !== 'string') throw new Error(`test/support/worker-memo.ts: workerMemo("${key}") keeps strings only (one test file's objects would carry its realm into the next); got ${typeof made}`);
  memo?.set(key, made);
  return made;
}
