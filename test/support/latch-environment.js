// jest's node environment with two things more. `latchWorkerMemo`, a Map that lives as long as the jest worker,
// the same Map for every test file the worker runs (see worker-memo.ts). Each test file has its own module
// registry and global, so it read the same files again (the content snapshot's 8 MB of JSON, WordNet's word
// lists) and split them again. Only strings go in the Map: a string is the same in every file's realm, while an
// object made by one file would carry that file's prototypes into the next (its `instanceof` and toStrictEqual
// would fail there) and could be changed by it.
// And a full garbage collection before a file when the worker's heap is large. Each file builds its own
// engine, and V8, with a heap limit of gigabytes, let the garbage of earlier files pile up: heaps of 0.9-1.6 GB
// after a file. jest's workerIdleMemoryLimit replaced such workers, and a run hung once after a replacement;
// collecting here keeps each worker small without replacing it (and keeps the compiled code and memo the
// worker has gathered). Before the next file, not at the end of the last: until jest has the last file's
// results its modules are still reachable, and a collection then kept them (up to 1 GB in a whole run).
// Plain JavaScript: jest loads the environment before any transform applies.
'use strict';
const { setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');
const { TestEnvironment } = require('jest-environment-node');

/** key → string, for the worker's life. */
const workerMemo = new Map();

/**
 * Heap in use at a file's start above which the worker first collects the garbage of the files before: 512 MB,
 * or one and a half times what the last collection kept, whichever is more (a worker keeps some hundreds of MB:
 * its compiled code, the memo, what modules leave behind; a fixed limit near that would collect for little).
 */
const leastCollectAboveBytes = 512 * 1024 * 1024;
let collectAboveBytes = leastCollectAboveBytes;

/** V8's full collection, made callable for this worker (a context created after the flag has `gc`). */
const collectGarbage = (() => {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc');
})();

class LatchEnvironment extends TestEnvironment {
  constructor(config, context) {
    if (process.memoryUsage().heapUsed > collectAboveBytes) {
      collectGarbage();
      collectAboveBytes = Math.max(leastCollectAboveBytes, 1.5 * process.memoryUsage().heapUsed);
    }
    super(config, context);
    this.global.latchWorkerMemo = workerMemo;
  }

  handleTestEvent(event, state) {
    this.circusState = state;
  }

  async teardown() {
    if (this.circusState) forgetTests(this.circusState.rootDescribeBlock);
    this.circusState = undefined;
    await super.teardown();
  }
}

/**
 * Empties jest's record of the file's describe blocks, tests and hooks once the file's results are made (jest
 * makes them before it tears the environment down). jest runs each test in an async context holding the
 * test, so anything a test starts that outlives the file (a timer, a pooled socket, a library's timer made
 * on first use) holds the test, and through it (its function, its describe blocks, the stack of the error jest
 * keeps for it) the file's every module and its engine, which every later garbage collection walked through
 * (in 12 files run in one worker, up to 287 MB kept after a collection, against at most 249 MB without them).
 */
function forgetTests(block) {
  if (block == null || typeof block !== 'object') return;
  const children = Array.isArray(block.children) ? block.children : [];
  const hooks = Array.isArray(block.hooks) ? block.hooks : [];
  for (const child of children) forgetTests(child);
  for (const item of [block, ...hooks]) for (const key of Object.keys(item)) delete item[key];
}

module.exports = LatchEnvironment;
// For its test (latch-environment.test.ts).
module.exports.forgetTests = forgetTests;
