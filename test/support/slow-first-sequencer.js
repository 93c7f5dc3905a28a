// jest's own order (last run's failures first, then the longest files), with a start for a fresh clone.
// Without timings from an earlier run jest orders files by size, and some of the longest are short files
// (the fuzz sample is 20 lines and runs for seconds; a browser test waits on Chromium): started last, one of
// them could keep a worker busy alone at the end of the run while the other core idled. The files below are
// the longest of whole runs (seconds, measured on the shared 2-core machine under a load of 7 to 15, so only
// their order matters); any other file without a timing gets a tiny one from its size, as jest's order had.
// Plain JavaScript: jest loads the sequencer before any transform applies.
'use strict';
const { relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const seconds = {
  'test/engine/first-turn-cache.test.ts': 20,
  'test/channels/web/web-chat-browser.test.ts': 30,
  'test/server/fuzz-requests.test.ts': 28,
  'test/server/malformed-activities.test.ts': 22,
  'test/support/content-snapshot.test.ts': 21,
  'test/channels/teams/teams-tab-browser.test.ts': 20,
  'test/dialog/load-dialogs.test.ts': 20,
  'test/app/cli/latch-program.test.ts': 20,
  'test/channels/web/direct-line-stream.test.ts': 19,
  'test/server/several-instances.test.ts': 18,
  'test/safety/output-gates.test.ts': 17,
  'test/server/authentication.test.ts': 16,
  'test/channels/web/direct-line-client-instances.test.ts': 16,
  'test/architecture/layers.test.ts': 15,
  'test/safety/triage-properties.test.ts': 15,
  'test/knowledge/held-out-tests.test.ts': 15,
  'test/channels/web/web-chat-page.test.ts': 15,
  'test/server/signing-keys.test.ts': 14,
  'test/server/messages-endpoint.test.ts': 13,
  'test/nlu/model-cache.test.ts': 13,
  'test/safety/load-safety-rules.test.ts': 12,
  'test/app/cli/scripted-chat.test.ts': 12,
  'test/safety/triage.test.ts': 12,
  'test/app/cli/model-chat.test.ts': 11,
};

class SlowFirstSequencer extends Sequencer {
  time(test) {
    const measured = super.time(test);
    if (measured !== undefined) return measured;
    const known = seconds[relative(test.context.config.rootDir, test.path).split('\\').join('/')];
    // Milliseconds, as jest keeps them; a file's size in bytes as a hundredth of that keeps jest's size order.
    return known !== undefined ? known * 1000 : (test.context.hasteFS.getSize(test.path) ?? 0) / 100;
  }
}

module.exports = SlowFirstSequencer;
