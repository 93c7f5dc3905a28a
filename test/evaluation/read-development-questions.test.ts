import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDevelopmentQuestions } from '../../src/evaluation/read-development-questions';
import { trainingPartOf } from '../../src/evaluation/source-site';

// A site on each side of the development split, found rather than assumed.
const sites = Array.from({ length: 200 }, (_, index) => `https://site${index}.example.org/page`);
const examplesSite = sites.find((address) => trainingPartOf(address) === 'examples') ?? '';
const developmentSite = sites.find((address) => trainingPartOf(address) === 'development') ?? '';

describe('readDevelopmentQuestions', () => {
  it('keeps the development sites’ questions and leaves out the examples side, RED_FLAG and unsourced ones', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'latch-development-')), 'train.yaml');
    writeFileSync(
      path,
      [
        `- { q: "kept", label: milk.late, source: "${developmentSite}" }`,
        `- { q: "kept out of scope", label: OUT_OF_SCOPE, topic: alcohol, source: "${developmentSite}" }`,
        `- { q: "red flag", label: RED_FLAG, source: "${developmentSite}" }`,
        `- { q: "examples side", label: milk.late, source: "${examplesSite}" }`,
        `- { q: "no source", label: milk.late }`,
      ].join('\n') + '\n',
    );
    expect(readDevelopmentQuestions(path).map((question) => question.q)).toEqual(['kept', 'kept out of scope']);
  });
});
