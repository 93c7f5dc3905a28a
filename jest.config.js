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
  // Each file loads its own engine and the workers' memory grew past 1.6 GB over a run; once, on a fresh
  // clone, a worker that big stopped answering and the run hung. A worker over this size after a file is
  // replaced by a new one (a second or so), so none carries the earlier files' memory along.
  workerIdleMemoryLimit: '1GB',
  // Each module's compiled code kept from one test file to the next in a worker (see the file).
  runtime: '<rootDir>/test/support/code-caching-runtime.js',
  // The longest files first even on a fresh clone, which has no timings from an earlier run (see the file).
  testSequencer: '<rootDir>/test/support/slow-first-sequencer.js',
  // One trained classifier for the whole run, through the compiled-model cache (see the file).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Transpile only: `npm test` type-checks everything first (`npm run typecheck`), so checking each file
  // again here only cost time (ts-jest loaded TypeScript into every worker). The code uses nothing swc
  // cannot strip on its own (no decorators, enums or namespaces; isolatedModules is on).
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
};
