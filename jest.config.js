/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Jest's default is one worker fewer than the cores: on CI's two that is one, and every file ran in turn
  // while the other core idled through each file's waits (servers, browsers, child processes).
  maxWorkers: '100%',
  // One trained classifier for the whole run, through the compiled-model cache (see the file).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Transpile only: `npm test` type-checks everything first (`npm run typecheck`), so checking each file
  // again here only cost time (ts-jest loaded TypeScript into every worker). The code uses nothing swc
  // cannot strip on its own (no decorators, enums or namespaces; isolatedModules is on).
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
};
