// jest's node environment with one thing more: `latchWorkerMemo`, a Map that lives as long as the jest worker,
// the same Map for every test file the worker runs (see worker-memo.ts). Each test file has its own module
// registry and global, so it read the same files again (the content snapshot's 8 MB of JSON, WordNet's word
// lists) and split them again. Only strings go in the Map: a string is the same in every file's realm, while an
// object made by one file would carry that file's prototypes into the next (its `instanceof` and toStrictEqual
// would fail there) and could be changed by it.
// Plain JavaScript: jest loads the environment before any transform applies.
'use strict';
const { TestEnvironment } = require('jest-environment-node');

/** key → string, for the worker's life. */
const workerMemo = new Map();

class LatchEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.latchWorkerMemo = workerMemo;
  }
}

module.exports = LatchEnvironment;
