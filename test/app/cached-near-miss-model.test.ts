import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildRuleTriage } from '../../src/app/build-rule-triage';
import { loadOrTrainNearMissModel, nearMissCorpus } from '../../src/app/cached-near-miss-model';
import { safetyNetKey } from '../../src/app/cached-safety-net';
import type { Content } from '../../src/app/load-content';
import { loadConfig, type LatchConfig } from '../../src/config';
import { HashedLogisticRegression } from '../../src/nlu/hashed-logistic-regression';
import type { RuleTriage } from '../../src/safety/triage';
import { sharedContent, sharedEnglishWords } from '../support/shared-engine';

// The near-miss model's own files (safety_check.near_miss.corpus, s32): learnt by the model beside the net's corpus,
// never by the net, so a file written for the near misses the rules flag changes the model's key and not the net's.
// A project folder of its own with a few messages of my own wording, so each training takes milliseconds.
const netCorpus = [
  { q: 'my 2 week old has blue lips and is floppy', label: 'RED_FLAG', row: 'baby-unresponsive', level: 'emergency' },
  { q: 'she is 5 days old, very yellow and will not wake for feeds', label: 'RED_FLAG', row: 'baby-jaundice', level: 'emergency' },
  { q: 'how do i store expressed milk', label: 'NEAR_MISS' },
];
const modelCorpus = [
  { q: 'when she cries hard her lips look a bit dusky for a second, then pink straight away, feeding well', label: 'NEAR_MISS' },
  { q: 'he went blue round the lips and stopped breathing for a few seconds, he seems fine now', label: 'RED_FLAG', row: 'baby-breathing-seizure', level: 'emergency' },
];

describe("the near-miss model's own corpus", () => {
  let root: string;
  let config: LatchConfig;
  let content: Content;
  let rules: RuleTriage;
  const modelPath = () => join(root, 'content', 'model-corpus.yaml');

  /** The texts the model learnt from when it was trained now, or undefined when it came from the cache. */
  function learntTexts(): string[] | undefined {
    const train = jest.spyOn(HashedLogisticRegression, 'train');
    try {
      const { origin } = loadOrTrainNearMissModel(config, content, rules, 'the-net-key');
      return origin === 'trained' ? train.mock.calls[0][0].map((example) => example.text) : undefined;
    } finally {
      train.mockRestore();
    }
  }

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'latch-near-miss-cache-'));
    mkdirSync(join(root, 'content'));
    mkdirSync(join(root, 'src', 'safety'), { recursive: true });
    writeFileSync(join(root, 'content', 'net-corpus.yaml'), stringify(netCorpus));
    writeFileSync(modelPath(), stringify(modelCorpus));
    const realConfig = loadConfig({});
    copyFileSync(join(realConfig.contentDirectory, 'safety.yaml'), join(root, 'content', 'safety.yaml'));
    config = { ...realConfig, projectRoot: root, contentDirectory: join(root, 'content') };
    const realContent = sharedContent();
    const { safetyRules } = realContent;
    content = {
      ...realContent,
      safetyRules: {
        ...safetyRules,
        safety_check: { ...safetyRules.safety_check, corpus: ['net-corpus.yaml'], near_miss: { ...safetyRules.safety_check.near_miss!, corpus: ['model-corpus.yaml'] } },
      },
    };
    rules = buildRuleTriage(content, sharedEnglishWords());
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("lists the net's files, then its own", () => {
    expect(nearMissCorpus(content.safetyRules)).toEqual(['net-corpus.yaml', 'model-corpus.yaml']);
  });

  it('learns the messages the rules flag in both, and reads the model back from the cache after', () => {
    const texts = learntTexts()!;
    // Only what a rule flags eligibly is a lesson: the rules flag the emergencies of both files, not the storage question.
    expect(texts).toEqual(expect.arrayContaining([netCorpus[0].q, modelCorpus[1].q]));
    expect(texts).not.toContain(netCorpus[2].q);
    expect(learntTexts()).toBeUndefined();
    expect(readdirSync(join(root, 'node_modules', '.cache', 'latch')).filter((name) => name.startsWith('near-miss-'))).toHaveLength(1);
  });

  it("retrains when its own file changes, while the net's key stays as it was", () => {
    learntTexts();
    const netKey = safetyNetKey(config, content);
    const added = "my 3 week old's lips went a little blue in the bath and pinked up as soon as she was warm and dry";
    appendFileSync(modelPath(), stringify([{ q: added, label: 'NEAR_MISS' }]));
    expect(safetyNetKey(config, content)).toBe(netKey);
    const texts = learntTexts();
    expect(texts).toBeDefined();
    expect(learntTexts()).toBeUndefined();
  });
});
