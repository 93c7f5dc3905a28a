// jest's node environment with two things more. `latchWorkerMemo`, a Map that lives as long as the jest worker,
// the same Map for every test file the worker runs (see worker-memo.ts). Each test file has its own module
// registry and global, so it read the same files again (the content snapshot's 8 MB of JSON, WordNet's word
// lists) and split them again. Only strings go in the Map: a string is the same in every file's realm, while an
// object made by one file would carry that file's prototypes into the next (its `instanceof` and toStrictEqual
// would fail there) and could be changed by it.
// And a full garbage collection after a file when the worker's heap is large. Each file builds its own engine,
// and V8, with a heap limit of gigabytes, let the garbage of earlier files pile up: heaps of 0.9-1.6 GB after
// a file, where a collection leaves a few hundred MB. jest's workerIdleMemoryLimit replaced such workers, and a
// run hung once after a replacement; collecting here keeps each worker small without replacing it (and keeps
// the compiled code and memo the worker has gathered).
// Plain JavaScript: jest loads the environment before any transform applies.
'use strict';
const { setFlagsFromString } = require('node:v8');
const { runInNewContext } = require('node:vm');
const { TestEnvironment } = require('jest-environment-node');

/** key → string, for the worker's life. */
const workerMemo = new Map();

/**
 * Heap in use after a file above which the worker collects its garbage before the next file: 512 MB, or one
 * and a half times what the last collection left, whichever is more. A worker keeps some 400-500 MB late in a
 * run (its compiled code, the memo, what each file's modules leave behind), so a fixed 512 MB would collect
 * after every file for little.
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
    super(config, context);
    this.global.latchWorkerMemo = workerMemo;
  }

  async teardown() {
    await super.teardown();
    if (process.memoryUsage().heapUsed <= collectAboveBytes) return;
    collectGarbage();
    collectAboveBytes = Math.max(leastCollectAboveBytes, 1.5 * process.memoryUsage().heapUsed);
  }
}

module.exports = LatchEnvironment;
