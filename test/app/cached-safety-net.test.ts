import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildRuleTriage } from '../../src/app/build-rule-triage';
import { cachedSafetyNet } from '../../src/app/cached-safety-net';
import type { Content } from '../../src/app/load-content';
import { parseSafetyNet, serialiseSafetyNet } from '../../src/app/safety-net-file';
import { loadConfig, type LatchConfig } from '../../src/config';
import { netExamples } from '../../src/safety/safety-check';
import { SafetyNet } from '../../src/safety/safety-net';
import { readRedFlagCorpus } from '../../src/safety/red-flag-corpus';
import type { RuleTriage } from '../../src/safety/triage';
import { sharedContent, sharedEnglishWords } from '../support/shared-engine';
import { throughYamlCache } from '../support/through-yaml-cache';

// A project folder of its own: the real safety.yaml, a corpus of 25 of the real training corpus's entries
// and two intents of ten phrasings, so each training takes tens of milliseconds rather than the seconds the
// whole corpus needs. The net's cache sits in its node_modules/.cache/latch, and its src/ holds the "code" the key reads.
const realConfig = loadConfig({});
const realContent = sharedContent();
const corpusEntries = throughYamlCache((readYaml) => readRedFlagCorpus(join(realConfig.projectRoot, 'eval', 'red-flags', 'train.yaml'), readYaml));
const smallCorpus = [...corpusEntries.filter((entry) => entry.label === 'RED_FLAG').slice(0, 20), ...corpusEntries.filter((entry) => entry.label !== 'RED_FLAG').slice(0, 5)];
// The frozen ordinary phrasings (safety_check.ordinary): twenty of the knowledge base's.
const smallOrdinary = realContent.knowledgeBase.intents.slice(0, 2).flatMap((intent) => intent.examples.slice(0, 10).map((example) => example.text));
const probes = ['my baby is floppy and hard to wake', 'how do i store expressed milk', 'she has had no wet nappy since yesterday morning', corpusEntries[0].q];

describe('the safety net cache', () => {
  let root: string;
  let config: LatchConfig;
  let content: Content;
  let rules: RuleTriage;
  const cacheDirectory = () => join(root, 'node_modules', '.cache', 'latch');
  const netFiles = () => readdirSync(cacheDirectory()).filter((name) => name.startsWith('safety-net-'));
  const verdicts = (net: SafetyNet) => probes.map((text) => net.assess(rules.recogniser.recognise(text)));

  /** The net the cache gives, and whether it was trained for it. */
  function netNow(): { net: SafetyNet; trained: boolean } {
    const train = jest.spyOn(SafetyNet, 'train');
    try {
      const net = cachedSafetyNet(config, content, rules);
      return { net, trained: train.mock.calls.length > 0 };
    } finally {
      train.mockRestore();
    }
  }

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'latch-net-cache-'));
    mkdirSync(join(root, 'content'));
    mkdirSync(join(root, 'src', 'safety'), { recursive: true });
    copyFileSync(join(realConfig.contentDirectory, 'safety.yaml'), join(root, 'content', 'safety.yaml'));
    writeFileSync(join(root, 'content', 'small-corpus.yaml'), stringify(smallCorpus));
    writeFileSync(join(root, 'content', 'small-ordinary.yaml'), stringify({ phrasings: smallOrdinary }));
    writeFileSync(join(root, 'src', 'safety', 'safety-net.ts'), '// the net\n');
    config = { ...realConfig, projectRoot: root, contentDirectory: join(root, 'content') };
    const { knowledgeBase, safetyRules } = realContent;
    content = {
      ...realContent,
      knowledgeBase: { ...knowledgeBase, intents: knowledgeBase.intents.slice(0, 2).map((intent) => ({ ...intent, examples: intent.examples.slice(0, 10) })) },
      safetyRules: { ...safetyRules, safety_check: { ...safetyRules.safety_check, corpus: ['small-corpus.yaml'], ordinary: 'small-ordinary.yaml' } },
    };
    rules = buildRuleTriage(content, sharedEnglishWords());
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('trains once and then reads back the same net: the same verdicts, to the last bit', () => {
    const first = netNow();
    expect(first.trained).toBe(true);
    expect(netFiles()).toEqual([expect.stringMatching(/^safety-net-[0-9a-f]{24}\.bin$/)]);
    const second = netNow();
    expect(second.trained).toBe(false);
    expect(second.net).not.toBe(first.net);
    expect(verdicts(second.net)).toEqual(verdicts(first.net));
    expect(second.net.rowNames).toEqual(first.net.rowNames);
    // It trains a net on the small corpus: 1.9 s at load 13, 3.3 s of the default 5 s in a whole run at load 14.
  }, 30_000);

  it.each([
    ['safety.yaml', () => appendFileSync(join(root, 'content', 'safety.yaml'), '# changed\n')],
    ['the corpus', () => appendFileSync(join(root, 'content', 'small-corpus.yaml'), '# changed\n')],
    ['the net\'s code', () => appendFileSync(join(root, 'src', 'safety', 'safety-net.ts'), '// changed\n')],
    ['the frozen ordinary phrasings', () => writeFileSync(join(root, 'content', 'small-ordinary.yaml'), stringify({ phrasings: [...smallOrdinary, 'one more way to ask'] }))],
  ])('trains again after a change to %s, and keeps only the new file', (_, change) => {
    expect(netNow().trained).toBe(false);
    const before = netFiles();
    change();
    expect(netNow().trained).toBe(true);
    const after = netFiles();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect(netNow().trained).toBe(false);
    // A training each: 2.33 and 2.61 of the default 5 s in whole runs at load 12 and 16.
  }, 30_000);

  // Issue 11 (s19-net): the net learns its ordinary phrasings from the frozen file, so a new question in the corpus,
  // imported as an intent's example, neither retrains it nor moves a verdict.
  it('does not train again after a change to the knowledge base\'s phrasings (the question corpus imported)', () => {
    const before = netNow();
    expect(before.trained).toBe(false);
    const files = netFiles();
    const [intent, ...others] = content.knowledgeBase.intents;
    const knowledgeBase = { ...content.knowledgeBase, intents: [{ ...intent, examples: [...intent.examples, { ...intent.examples[0], text: 'yet another way to ask' }] }, ...others] };
    content = { ...content, knowledgeBase };
    const after = netNow();
    expect(after.trained).toBe(false);
    expect(netFiles()).toEqual(files);
    expect(verdicts(after.net)).toEqual(verdicts(before.net));
  }, 30_000);

  it('trains over a file that is truncated, damaged, foreign, empty or of the JSON form before, and rewrites it', () => {
    const good = netNow();
    expect(good.trained).toBe(false);
    const [name] = netFiles();
    const path = join(cacheDirectory(), name);
    const bytes = readFileSync(path);
    const flipped = Buffer.from(bytes);
    // A byte of the weights, near the end: the header still reads, only the block hash can tell.
    flipped[flipped.length - 3] ^= 0x10;
    const foreign = serialiseSafetyNet('another-key', parseSafetyNet(bytes).data);
    for (const broken of [bytes.subarray(0, bytes.length >> 1), flipped, foreign, Buffer.alloc(0), Buffer.from(JSON.stringify(good.net.toData()))]) {
      writeFileSync(path, broken);
      const rebuilt = netNow();
      expect(rebuilt.trained).toBe(true);
      expect(verdicts(rebuilt.net)).toEqual(verdicts(good.net));
      expect(readFileSync(path).equals(bytes)).toBe(true);
    }
    // Five trainings: a moment each alone, but a loaded machine must not fail it on jest's 5 s.
  }, 30_000);

  it('keeps a net with a nearest-neighbour vote whole through its file', () => {
    const examples = netExamples(content.safetyRules, smallCorpus, smallOrdinary);
    const net = SafetyNet.train(examples, rules.recogniser, { neighbours: 3, epochs: 3 });
    const stored = parseSafetyNet(serialiseSafetyNet('some-key', net.toData()));
    expect(stored.key).toBe('some-key');
    expect(stored.data.neighbours?.values).toBeInstanceOf(Float32Array);
    expect(stored.data).toEqual(net.toData());
    const read = SafetyNet.fromData(stored.data);
    expect(verdicts(read)).toEqual(verdicts(net));
    // A training of three epochs: 3.06 of jest's 5 s in a whole run at load 13.
  }, 30_000);
});
