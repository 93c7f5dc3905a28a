/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // One trained classifier for the whole run, through the compiled-model cache (see the file).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // Transpile only: `npm test` type-checks everything first (`npm run typecheck`), so checking each file
  // again here only cost time (ts-jest loaded TypeScript into every worker). The code uses nothing swc
  // cannot strip on its own (no decorators, enums or namespaces; isolatedModules is on).
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
  },
};
