import { join } from 'node:path';
import { loadConfig } from '../../../src/config';
import { readRedFlagCorpus } from '../../../src/safety/red-flag-corpus';
import { safetyNetExamples } from '../../../src/safety/safety-check';
import { sharedContent } from '../../support/shared-engine';
import { throughYamlCache } from '../../support/through-yaml-cache';

// train-9's third batch is marked `learn: false` (its writer may have seen held-out pages): the net's examples
// leave those items out and keep the rest of the file.
describe('a corpus entry marked learn: false', () => {
  const config = loadConfig({});
  const safetyPath = join(config.contentDirectory, 'safety.yaml');
  const examples = new Set(throughYamlCache((readYaml) => safetyNetExamples(sharedContent().safetyRules, safetyPath, [], readYaml)).map((example) => example.text));
  const trainNine = throughYamlCache((readYaml) => readRedFlagCorpus(join(config.contentDirectory, '..', 'eval', 'red-flags', 'train-9.yaml'), readYaml));

  it('train-9 has 50 such items, and the net learns none of them', () => {
    const kept = trainNine.filter((entry) => entry.learn === false);
    expect(kept).toHaveLength(50);
    expect(kept.filter((entry) => examples.has(entry.q))).toEqual([]);
  });

  it('the net learns every other train-9 item', () => {
    const learnt = trainNine.filter((entry) => entry.learn !== false);
    expect(learnt.filter((entry) => !examples.has(entry.q))).toEqual([]);
  });
});
