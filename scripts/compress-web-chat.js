#!/usr/bin/env node
// Makes Web Chat's compressed bundle (brotli and gzip of 3.9 MB, seconds of CPU) into node_modules/.cache/latch
// before jest starts: on a fresh clone the first test files that open the web chat each compressed it in their
// own worker, inside their time limits. `npm test` runs this beside the type check (scripts/prepare-tests.js);
// it needs the compiled dist/ that `npm install` / `npm ci` builds, and does nothing without it.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const root = join(__dirname, '..');
const channel = join(root, 'dist', 'src', 'channels', 'web', 'create-web-channel.js');
if (!existsSync(channel)) {
  console.error('dist/ is not built; the first web chat request will compress the bundle instead.');
  process.exit(0);
}
const started = Date.now();
require(channel)
  .webChatBundleAsset(root)
  .warm()
  .then(() => console.error(`Web Chat bundle compressed in ${Date.now() - started} ms (node_modules/.cache/latch)`));
