// jest's own order (last run's failures first, then the longest files), with a start for a fresh clone.
// Without timings from an earlier run jest orders files by size, and some of the longest are short files
// (the fuzz sample is 20 lines and runs for seconds; a browser test waits on Chromium; a file of
// describeEachModule is a few lines for a folder of modules): started last, one of them could keep a worker
// busy alone at the end of the run while the other core idled. The files below are the longest of two whole
// runs: each file's share of its run's summed wall time, averaged (at loads of 10 to 20 on the shared 2-core
// machine, 94 files), as seconds of a run whose files take 120 s in all, so only their order matters; any
// other file without a timing gets a tiny one from its size, as jest's order had. Remake the list when a
// long file is added: evaluation/with-real-engine (some 3 s) was missing from the last one, so a fresh clone
// ran it among the small files at the end.
// Plain JavaScript: jest loads the sequencer before any transform applies.
'use strict';
const { relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

const seconds = {
  'test/app/cli.test.ts': 12.3,
  'test/safety/triage.test.ts': 9.9,
  'test/support/content-snapshot.test.ts': 7.9,
  'test/channels/web/web-chat-browser.test.ts': 6.7,
  'test/engine/with-real-engine.test.ts': 6.4,
  'test/server/with-real-engine.test.ts': 5.8,
  'test/safety/kinds.test.ts': 4.6,
  'test/safety/output-gates.test.ts': 3.6,
  'test/architecture/layers.test.ts': 3.3,
  'test/dialog/load-dialogs.test.ts': 3.3,
  'test/evaluation/with-real-engine.test.ts': 3.1,
  'test/app/cached-safety-net.test.ts': 2.8,
  'test/channels/web/with-real-engine.test.ts': 2.7,
  'test/nlu/model-cache.test.ts': 2.7,
  'test/safety/load-safety-rules.test.ts': 2.6,
  'test/knowledge/with-real-engine.test.ts': 2.4,
  'test/channels/teams/teams-tab-browser.test.ts': 2.2,
  'test/server/malformed-activities.test.ts': 2.1,
  'test/server/signing-keys.test.ts': 2.1,
  'test/channels/with-real-engine.test.ts': 2.0,
  'test/llm/real-sockets.test.ts': 1.9,
  'test/server/authentication.test.ts': 1.9,
  'test/server/bounded-heap-growth.test.ts': 1.8,
  'test/channels/web/web-chat-page.test.ts': 1.8,
  'test/knowledge/load-knowledge-base.test.ts': 1.7,
  'test/server/messages-before-express.test.ts': 1.6,
  'test/server/lazy-botbuilder.test.ts': 1.6,
  'test/safety/other-language-crisis.test.ts': 1.5,
  'test/safety/compose-escalation.test.ts': 1.5,
  'test/engine/steps.test.ts': 1.4,
  'test/conversations/conversations.test.ts': 1.4,
  'test/knowledge/locale-wording.test.ts': 1.4,
  'test/safety/bare-age.test.ts': 1.4,
  'test/server/activity-problem.test.ts': 1.4,
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
