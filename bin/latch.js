#!/usr/bin/env node
'use strict';
// Runs the compiled command line; `npm install` builds dist/ through the prepare script.
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'src', 'app', 'index.js');
if (!fs.existsSync(entry)) {
  console.error('latch is not built yet: run `npm install` (or `npm run build`) in ' + path.join(__dirname, '..'));
  process.exit(1);
}
require(entry).main(process.argv).then(
  (code) => { process.exitCode = code; },
  (error) => { console.error(error instanceof Error ? error.message : String(error)); process.exitCode = 1; },
);
