#!/usr/bin/env node
// Which part of a corpus a source page belongs to: "train" or "held-out".
// Corpora are split by site, so the held-out part never shares a site with the training part. The
// decision is a hash of the site's registrable domain, fixed before any item is written, so writers
// working apart agree without talking and nobody can move a page to the side that suits them.
// Usage: node scripts/source-split.js URL [URL ...]   (prints "part<TAB>site<TAB>url" per URL)
'use strict';
const { createHash } = require('node:crypto');

// Second-level labels under a country code that are not a site by themselves (example.co.uk).
const sharedSecondLevels = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'asn', 'edu', 'id', 'ltd', 'plc', 'sch']);

function siteOf(address) {
  const hostname = new URL(address).hostname.toLowerCase().replace(/\.$/, '');
  const labels = hostname.split('.').filter((label) => label !== '');
  const keep = labels.length >= 3 && labels[labels.length - 1].length === 2 && sharedSecondLevels.has(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

// 80 of 256 first-byte values: about 31 % of sites are held out.
function partOf(address) {
  const firstByte = createHash('sha256').update(siteOf(address)).digest()[0];
  return firstByte < 80 ? 'held-out' : 'train';
}

module.exports = { siteOf, partOf };

if (require.main === module) {
  const addresses = process.argv.slice(2);
  if (addresses.length === 0) {
    console.error('usage: node scripts/source-split.js URL [URL ...]');
    process.exit(2);
  }
  for (const address of addresses) {
    try {
      console.log(`${partOf(address)}\t${siteOf(address)}\t${address}`);
    } catch {
      console.error(`not an address: ${address}`);
      process.exitCode = 2;
    }
  }
}
