/** @type {import('jest').Config} */
module.exports = {
  // jest's node environment with a memo of strings each worker keeps from one test file to the next (see the
  // file); LATCH_TEST_TIMES=file records each file's CPU and each test's time against its limit too
  // (node scripts/test-time-margins.js file reports them).
  testEnvironment: process.env.LATCH_TEST_TIMES ? '<rootDir>/test/support/time-margins-environment.js' : '<rootDir>/test/support/latch-environment.js',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Jest's default is one worker fewer than the cores: on CI's two that is one, and every file ran in turn
  // while the other core idled through each file's waits (servers, browsers, child processes).
  maxWorkers: '100%',
  // No workerIdleMemoryLimit: jest replaced a worker whose heap was over it after a file, and a run hung once
  // after such a replacement (README, "How it works", where it describes the tests). What grew was garbage V8
  // had not yet collected, not memory kept: the environment collects it when a worker's heap is large after a
  // file (latch-environment.js).
  // Each module's compiled code kept from one test file to the next in a worker (see the file).
  runtime: '<rootDir>/test/support/code-caching-runtime.js',
  // JavaScript's built-ins as each module's own parameters (jest's sandboxInjectedGlobals). A test file's code
  // runs in a vm context, where every read of a global such as Math, Object or Int32Array goes through the
  // context's interceptor: some 30 times the cost of the same read outside (Node 20), paid in every hot loop of
  // latch's code under test. Passed in, they are the context's own objects, read as local variables. Not Date,
  // timers, process or console: fake timers and tests replace those on the global, which a module must see. Nor
  // what libraries often declare themselves (`const { Buffer } = require('node:buffer')` in express, Promise,
  // TextEncoder): a module that declares one of these with const, let or class cannot take it as a parameter,
  // and compiles without them (code-caching-runtime.js).
  sandboxInjectedGlobals: [
    'Object', 'Array', 'Math', 'JSON', 'Number', 'String', 'Boolean', 'Symbol', 'BigInt', 'Reflect',
    'Map', 'Set', 'WeakMap', 'WeakSet', 'Error', 'TypeError', 'RangeError', 'RegExp',
    'ArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
    'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
    'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'Infinity',
  ],
  // The longest files first even on a fresh clone, which has no timings from an earlier run (see the file).
  testSequencer: '<rootDir>/test/support/slow-first-sequencer.js',
  // jest's limits are per test and per hook; the watchdog fails a run with a file stalled outside them, or a
  // run jest never ends, saying which file and test were in flight (see the file).
  reporters: ['default', ['<rootDir>/test/support/run-watchdog.js', { fileLimitSeconds: 300, runLimitSeconds: 1800 }]],
  // One trained classifier for the whole run, through the compiled-model cache (see the file).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Transpile only: `npm test` type-checks everything first (`npm run typecheck`), so checking each file
  // again here only cost time (ts-jest loaded TypeScript into every worker). The code uses nothing swc
  // cannot strip on its own (no decorators, enums or namespaces; isolatedModules is on).
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
};
