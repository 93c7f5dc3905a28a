import { ContentError, formatContentProblem, type ContentProblem } from '../../src/knowledge/content-error';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base';
import {
  lineContaining,
  phrasings,
  replaceOnce,
  systemMessageKeys,
  topicYaml,
  validContentFiles,
  writeContentDirectory,
} from '../fixtures/content-fixture';
import { sharedContent } from '../support/shared-engine';

const milkFile = 'content/milk.yaml';

function load(files: Record<string, string>, dialogIds?: ReadonlySet<string>) {
  const directory = writeContentDirectory(files);
  try {
    return loadKnowledgeBase({ contentDirectory: directory.contentDirectory, displayRoot: directory.root, dialogIds });
  } finally {
    directory.remove();
  }
}

/** The problems loading `files` reports; fails the test when loading succeeds or throws something else. */
function problemsOf(files: Record<string, string>, dialogIds?: ReadonlySet<string>): readonly ContentProblem[] {
  try {
    load(files, dialogIds);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

/** The only problem reported for milk.yaml after replacing `from` with `to` in it. */
function withMilk(from: string, to: string): { text: string; problems: readonly ContentProblem[] } {
  const files = validContentFiles();
  const text = replaceOnce(files['milk.yaml'], from, to);
  return { text, problems: problemsOf({ ...files, 'milk.yaml': text }) };
}

describe('loadKnowledgeBase on a valid folder', () => {
  it('loads the minimal fixture with its intent, answer and system messages', () => {
    const knowledgeBase = load(validContentFiles());
    expect(knowledgeBase.intents.map((intent) => intent.id)).toEqual(['milk.late']);
    const intent = knowledgeBase.intentById.get('milk.late');
    expect(intent).toMatchObject({ kind: 'knowledge', topic: 'milk', answerId: 'milk.late', dialogId: undefined });
    expect(intent?.examples).toHaveLength(30);
    expect(intent?.tests).toHaveLength(5);
    expect(knowledgeBase.answerById.get('milk.late')?.sources).toEqual([{ seed: 'paragraph 5' }]);
    expect(Object.keys(knowledgeBase.messages).sort()).toEqual([...systemMessageKeys].sort());
    expect(knowledgeBase.files).toEqual([milkFile, 'content/system.yaml']);
  });

  it('locates each phrasing on its own line of the examples block', () => {
    const text = validContentFiles()['milk.yaml'];
    const intent = load(validContentFiles()).intentById.get('milk.late');
    const seventh = intent?.examples[6];
    expect(seventh?.path).toBe('intents[0].examples[6]');
    expect(seventh?.location).toEqual({ file: milkFile, line: lineContaining(text, `- ${seventh?.text}`) });
  });

  // The real content/ as the run's snapshot holds it: loadContent's own load of it, which throws on any problem,
  // is made by the global setup on a fresh clone and again, parsed and from the YAML cache, by
  // content-snapshot.test.ts, which checks the snapshot is that load. Loading it a third time here cost some
  // 0.9 s of CPU.
  // Read before the test, outside its time limit: the snapshot is some 0.3 s of CPU, seconds on a busy machine.
  beforeAll(() => {
    sharedContent();
  }, 30_000);
  it('loads the real content/ and dialogs/ folders without problems', () => {
    const { knowledgeBase, dialogs } = sharedContent();
    expect([...dialogs.keys()].sort()).toEqual(['about-my-baby', 'feeding-check', 'milk-late']);
    expect(knowledgeBase.intentById.has('milk.late')).toBe(true);
    expect(knowledgeBase.intentById.has('refer.pumping')).toBe(true);
    expect(knowledgeBase.intentById.has('smalltalk.greeting')).toBe(true);
    for (const intent of knowledgeBase.intents) expect(knowledgeBase.answerById.has(intent.answerId)).toBe(true);
  });
});

describe('loadKnowledgeBase on broken content', () => {
  it('names the file and line of a YAML syntax error', () => {
    const { text, problems } = withMilk('title: Title of milk.late', 'title: [unclosed');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: milkFile, path: '' });
    expect(problems[0].message).toMatch(/^YAML syntax: /);
    // The README promises the line of every mistake; a syntax error is where an editor needs it most.
    const brokenLine = lineContaining(text, 'title: [unclosed');
    expect(problems[0].line).toBeGreaterThanOrEqual(brokenLine);
    expect(problems[0].line).toBeLessThanOrEqual(brokenLine + 1);
  });

  it('says version is required when a file has no version line', () => {
    const { problems } = withMilk('version: 1\n', '');
    expect(problems).toEqual([expect.objectContaining({ file: milkFile, line: 1, path: 'version' })]);
    expect(problems[0].message).toMatch(/required/);
    expect(problems[0].message).toContain('1');
  });

  it('names the expected version when a file has the wrong one', () => {
    const { text, problems } = withMilk('version: 1', 'version: 2');
    expect(problems).toEqual([expect.objectContaining({ file: milkFile, line: lineContaining(text, 'version: 2'), path: 'version' })]);
    expect(problems[0].message).toContain('1');
  });

  it('suggests the right key and lists the valid ones when a key is misspelt', () => {
    const { text, problems } = withMilk('    title:', '    titel:');
    const unknown = problems.find((problem) => problem.path === 'intents[0].titel');
    expect(unknown).toMatchObject({ file: milkFile, line: lineContaining(text, 'titel:') });
    expect(unknown?.message).toContain('unknown key "titel"');
    expect(unknown?.message).toContain('did you mean "title"?');
    expect(unknown?.message).toContain('valid keys: id, title, examples, tests, answer, dialog');
    // The misspelt key also leaves the real one missing.
    expect(problems.find((problem) => problem.path === 'intents[0].title')?.message).toMatch(/required/);
  });

  it('suggests the right key when a key of an answer is misspelt', () => {
    const { text, problems } = withMilk('    sources:', '    source:');
    expect(problems).toEqual([expect.objectContaining({ file: milkFile, line: lineContaining(text, 'source:'), path: 'answers.milk.late.source' })]);
    expect(problems[0].message).toContain('did you mean "sources"?');
    expect(problems[0].message).toContain('valid keys: short, text, variants, notes, follow_ups, sources, review');
  });

  it('points into the answer when its short text is missing', () => {
    const { text, problems } = withMilk('    short: Short answer of milk.late.\n', '');
    expect(problems).toEqual([expect.objectContaining({ file: milkFile, path: 'answers.milk.late.short' })]);
    expect(problems[0].message).toMatch(/required/);
    const answerLine = lineContaining(text, '  milk.late:');
    expect(problems[0].line).toBeGreaterThanOrEqual(answerLine);
    expect(problems[0].line).toBeLessThanOrEqual(answerLine + 1);
  });

  it('names the file, line and a suggestion when an answer id is misspelt', () => {
    const { text, problems } = withMilk('    answer: milk.late', '    answer: milk.lat');
    expect(problems).toEqual([
      { file: milkFile, line: lineContaining(text, 'answer: milk.lat'), path: 'intents[0].answer', message: expect.stringContaining('"milk.lat" is not an answer id') },
    ]);
    expect(problems[0].message).toContain('did you mean "milk.late"?');
  });

  it('formats a problem as file:line path: message', () => {
    const { text, problems } = withMilk('    answer: milk.late', '    answer: milk.lat');
    const line = lineContaining(text, 'answer: milk.lat');
    expect(formatContentProblem(problems[0])).toBe(`${milkFile}:${line} intents[0].answer: "milk.lat" is not an answer id (did you mean "milk.late"?)`);
  });

  it('rejects a follow-up that is not an intent id, with a suggestion', () => {
    const { text, problems } = withMilk('follow_ups: []', 'follow_ups: [milk.lat]');
    expect(problems).toEqual([
      { file: milkFile, line: lineContaining(text, 'follow_ups:'), path: 'answers.milk.late.follow_ups[0]', message: expect.stringContaining('"milk.lat" is not an intent id') },
    ]);
    expect(problems[0].message).toContain('did you mean "milk.late"?');
  });

  it('rejects a dialog that does not exist and lists the dialogs that do', () => {
    const files = validContentFiles();
    const text = replaceOnce(files['milk.yaml'], '    answer: milk.late', '    answer: milk.late\n    dialog: milk_lat');
    const problems = problemsOf({ ...files, 'milk.yaml': text }, new Set(['milk_late', 'supply_check']));
    expect(problems).toEqual([
      { file: milkFile, line: lineContaining(text, 'dialog: milk_lat'), path: 'intents[0].dialog', message: expect.stringContaining('"milk_lat" is not a dialog id') },
    ]);
    expect(problems[0].message).toContain('did you mean "milk_late"?');
    expect(problems[0].message).toContain('milk_late, supply_check');
  });

  it('says there are no dialogs when an intent names one and none exist', () => {
    const { problems } = withMilk('    answer: milk.late', '    answer: milk.late\n    dialog: milk_late');
    expect(problems).toEqual([expect.objectContaining({ path: 'intents[0].dialog', message: expect.stringContaining('no dialogs') })]);
  });

  it('rejects an intent id defined in two files, at the second definition', () => {
    const supply = topicYaml({
      topic: 'supply',
      intentId: 'milk.late',
      answerId: 'supply.demand',
      examples: phrasings('supply example', 30),
      tests: phrasings('supply test', 5),
    });
    const problems = problemsOf({ ...validContentFiles(), 'supply.yaml': supply });
    expect(problems).toEqual([
      { file: 'content/supply.yaml', line: lineContaining(supply, 'id: milk.late'), path: 'intents[0].id', message: expect.stringContaining('"milk.late" is defined twice') },
    ]);
  });

  it('rejects a phrasing that belongs to two intents and names the intent it already belongs to', () => {
    // Case and punctuation do not make a phrasing different.
    const shared = 'Milk.late example phrasing number 7!';
    const supply = topicYaml({ topic: 'supply', intentId: 'supply.demand', examples: [...phrasings('supply example', 29), shared] });
    const problems = problemsOf({ ...validContentFiles(), 'supply.yaml': supply });
    expect(problems).toEqual([
      { file: 'content/supply.yaml', line: lineContaining(supply, shared), path: 'intents[0].examples[29]', message: expect.stringContaining('already belongs to') },
    ]);
    expect(problems[0].message).toContain(milkFile);
    expect(problems[0].message).toContain('milk.late');
  });

  it('rejects a held-out test that is also a training example', () => {
    const { text, problems } = withMilk('- milk.late test phrasing number 3', '- milk.late example phrasing number 12');
    const testLine = text.split('\n').lastIndexOf('      - milk.late example phrasing number 12') + 1;
    expect(problems).toEqual([
      { file: milkFile, line: testLine, path: 'intents[0].tests[2]', message: expect.stringContaining('is also a training example of milk.late') },
    ]);
  });

  it('rejects a knowledge intent with fewer than 30 examples', () => {
    const { text, problems } = withMilk('      - milk.late example phrasing number 30\n', '');
    expect(problems).toEqual([
      { file: milkFile, line: lineContaining(text, 'examples: |'), path: 'intents[0].examples', message: expect.stringContaining('has 29 phrasings') },
    ]);
    expect(problems[0].message).toContain('at least 30');
  });

  it('rejects a knowledge intent with fewer than 5 tests', () => {
    const { text, problems } = withMilk('      - milk.late test phrasing number 5\n', '');
    expect(problems).toEqual([
      { file: milkFile, line: lineContaining(text, 'tests: |'), path: 'intents[0].tests', message: expect.stringContaining('has 4 held-out phrasings') },
    ]);
    expect(problems[0].message).toContain('at least 5');
  });

  it('asks for fewer phrasings on a referral intent than on a knowledge one', () => {
    const referral = topicYaml({ topic: 'refer', intentId: 'refer.pumping', kind: 'referral', examples: phrasings('pumping example', 10), tests: phrasings('pumping test', 3) });
    expect(load({ ...validContentFiles(), 'referrals.yaml': referral }).intentById.get('refer.pumping')?.kind).toBe('referral');
  });

  it('names the line of a phrasing that does not start with "- "', () => {
    const { text, problems } = withMilk(
      '      - milk.late example phrasing number 30\n',
      '      - milk.late example phrasing number 30\n      forgot the dash here\n',
    );
    expect(problems).toEqual([
      { file: milkFile, line: lineContaining(text, 'forgot the dash here'), path: 'intents[0].examples', message: expect.stringContaining('"forgot the dash here" must start with "- "') },
    ]);
  });

  it('rejects a knowledge answer that cites no source', () => {
    const { text, problems } = withMilk('    sources:\n      - seed: paragraph 5\n', '');
    expect(problems).toEqual([expect.objectContaining({ file: milkFile, path: 'answers.milk.late.sources', message: expect.stringContaining('at least one source') })]);
    const answerLine = lineContaining(text, '  milk.late:');
    expect(problems[0].line).toBeGreaterThanOrEqual(answerLine);
    expect(problems[0].line).toBeLessThanOrEqual(answerLine + 1);
  });

  it('lets a referral answer go without sources', () => {
    const referral = replaceOnce(
      topicYaml({ topic: 'refer', intentId: 'refer.pumping', kind: 'referral', examples: phrasings('pumping example', 10), tests: phrasings('pumping test', 3) }),
      '    sources:\n      - seed: paragraph 5\n',
      '',
    );
    expect(load({ ...validContentFiles(), 'referrals.yaml': referral }).answerById.get('refer.pumping')?.sources).toEqual([]);
  });

  it('lists the valid source shapes when a source has none of them', () => {
    const { text, problems } = withMilk('- seed: paragraph 5', '- page: 5');
    expect(problems).toEqual([expect.objectContaining({ file: milkFile, line: lineContaining(text, '- page: 5'), path: 'answers.milk.late.sources[0]' })]);
    expect(problems[0].message).toContain('seed:');
    expect(problems[0].message).toContain('ref:');
    expect(problems[0].message).toContain('url:');
  });

  it('rejects a source url that is not https', () => {
    const { text, problems } = withMilk('- seed: paragraph 5', '- url: http://example.org/milk');
    expect(problems).toEqual([
      expect.objectContaining({ file: milkFile, line: lineContaining(text, 'http://example.org/milk'), path: expect.stringMatching(/^answers\.milk\.late\.sources\[0\]/) }),
    ]);
  });

  it('explains the id format when an intent id is not topic.name', () => {
    const { text, problems } = withMilk('  - id: milk.late', '  - id: MilkLate');
    expect(problems).toEqual([
      { file: milkFile, line: lineContaining(text, 'id: MilkLate'), path: 'intents[0].id', message: expect.stringContaining('"topic.name"') },
    ]);
  });

  it('reports a missing system.yaml', () => {
    const problems = problemsOf({ 'milk.yaml': validContentFiles()['milk.yaml'] });
    expect(problems).toEqual([{ file: 'content/system.yaml', line: undefined, path: '', message: expect.stringContaining('missing') }]);
  });

  it('names the missing key when system.yaml lacks a message', () => {
    const files = validContentFiles();
    const system = replaceOnce(files['system.yaml'], '  clarify_none: placeholder for clarify_none\n', '');
    const problems = problemsOf({ ...files, 'system.yaml': system });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/system.yaml', path: 'messages.clarify_none', message: expect.stringMatching(/required/) })]);
  });

  it('reports every problem of every file at once, sorted by file and line', () => {
    const files = validContentFiles();
    let milk = replaceOnce(files['milk.yaml'], '    answer: milk.late', '    answer: milk.lat');
    milk = replaceOnce(milk, '      - milk.late test phrasing number 5\n', '');
    milk = replaceOnce(milk, 'follow_ups: []', 'follow_ups: [supply.demnad]');
    const supply = replaceOnce(topicYaml({ topic: 'supply', intentId: 'supply.demand' }), '    short:', '    shrot:');
    const problems = problemsOf({ 'milk.yaml': milk, 'supply.yaml': supply });

    expect(problems.map((problem) => [problem.file, problem.path])).toEqual(
      expect.arrayContaining([
        [milkFile, 'intents[0].tests'],
        [milkFile, 'intents[0].answer'],
        [milkFile, 'answers.milk.late.follow_ups[0]'],
        ['content/supply.yaml', 'answers.supply.demand.shrot'],
        ['content/system.yaml', ''],
      ]),
    );
    const order = problems.map((problem) => `${problem.file}:${String(problem.line ?? 0).padStart(4, '0')}`);
    expect(order).toEqual([...order].sort());
  });

  it('rejects a fact written into a text whose variant does not require it', () => {
    const { text, problems } = withMilk('    follow_ups:', '    variants:\n      - when: { birth_type: caesarean }\n        text: Born {days_since_birth} before.\n    follow_ups:');
    expect(problems).toEqual([
      expect.objectContaining({ line: lineContaining(text, 'Born {days_since_birth} before.'), path: 'answers.milk.late.variants[0].text', message: expect.stringContaining('`when` does not require days_since_birth') }),
    ]);
  });

  it('rejects a placeholder that is not a fact, and lists the ones that are', () => {
    const { problems } = withMilk('      Full answer of milk.late.', '      Full answer for {name}.');
    expect(problems).toEqual([expect.objectContaining({ path: 'answers.milk.late.text', message: expect.stringContaining('{name} is not a fact that can be written into a text (can: {days_since_birth}, {born}, {baby_age_weeks})') })]);
  });

  it('rejects "{days_since_birth} ago", which would tell the parent of a baby born today "born 0 days ago"', () => {
    const { problems } = withMilk('    follow_ups:', '    variants:\n      - when: { days_since_birth: { gte: 0 } }\n        text: Born {days_since_birth} ago.\n    follow_ups:');
    expect(problems).toEqual([expect.objectContaining({ path: 'answers.milk.late.variants[0].text', message: expect.stringContaining('write "born {born}"') })]);
  });

  it('rejects a variant condition on a fact that does not exist', () => {
    const { problems } = withMilk('    follow_ups:', '    notes:\n      - when: { baby_is_hungry: true }\n        text: A note.\n    follow_ups:');
    expect(problems).toEqual([expect.objectContaining({ path: 'answers.milk.late.notes[0].when.baby_is_hungry', message: expect.stringContaining('unknown key "baby_is_hungry"') })]);
  });

  it('puts every problem in the error message, one per line', () => {
    const files = validContentFiles();
    let milk = replaceOnce(files['milk.yaml'], '    answer: milk.late', '    answer: milk.lat');
    milk = replaceOnce(milk, '      - milk.late test phrasing number 5\n', '');
    try {
      load({ ...files, 'milk.yaml': milk });
      throw new Error('expected the content to be rejected');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const contentError = error as ContentError;
      expect(contentError.message).toMatch(/^Content has 2 problems:/);
      for (const problem of contentError.problems) expect(contentError.message).toContain(formatContentProblem(problem));
    }
  });
});

describe('examples files (examples_for)', () => {
  const examplesFile = (body: string) => `version: 1\nsource: eval/real-questions/train.yaml\nexamples_for:\n${body}`;

  it('adds their phrasings to the intents they name', () => {
    const files = { ...validContentFiles(), 'real-questions.yaml': examplesFile('  milk.late:\n    - still waiting for my milk on day five\n    - "is it normal: no milk yet?"\n') };
    const knowledgeBase = load(files);
    const texts = knowledgeBase.intentById.get('milk.late')?.examples.map((example) => example.text);
    expect(texts).toEqual(expect.arrayContaining(['still waiting for my milk on day five', 'is it normal: no milk yet?']));
    const added = knowledgeBase.intentById.get('milk.late')?.examples.find((example) => example.text === 'still waiting for my milk on day five');
    expect(added?.location).toEqual({ file: 'content/real-questions.yaml', line: 5 });
  });

  it('names an intent that does not exist, with the closest one', () => {
    const problems = problemsOf({ ...validContentFiles(), 'real-questions.yaml': examplesFile('  milk.lat:\n    - my milk is late\n') });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/real-questions.yaml', line: 4 });
    expect(problems[0].message).toMatch(/"milk\.lat" is not an intent id.*milk\.late/);
  });

  it('rejects a phrasing that is already a held-out test, like any other example', () => {
    const files = validContentFiles();
    const held = /tests: \|\n\s+- (.+)/.exec(files['milk.yaml'])?.[1];
    expect(held).toBeDefined();
    const problems = problemsOf({ ...files, 'real-questions.yaml': examplesFile(`  milk.late:\n    - ${held}\n`) });
    expect(problems.some((problem) => /held-out test .* is also a training example/.test(problem.message))).toBe(true);
  });
});
