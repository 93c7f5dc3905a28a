#!/usr/bin/env node
// Runs jest's global setup (test/support/global-setup.ts: the classifier trained into .cache/latch, and the
// content snapshot the test files share) ahead of jest, so scripts/prepare-tests.js can do it beside the
// type check. It reads the TypeScript sources as jest does, through swc, so the model's key (a hash of the
// training code it runs) is the one the test run looks for; jest's own global setup then finds both made.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

// Transpile only, with the options jest.config.js gives @swc/jest.
Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
  module._compile(code, filename);
};
const started = Date.now();
require(join(__dirname, '..', 'test', 'support', 'global-setup.ts')).default();
console.error(`classifier and content snapshot for the tests ready in ${Date.now() - started} ms (.cache/latch)`);
