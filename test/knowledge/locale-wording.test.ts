import { loadContent } from '../../src/app/load-content';
import { loadConfig } from '../../src/config';
import { ContentError } from '../../src/knowledge/content-error';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base';
import { loadLocaleWording, localeWordingProblems, localise, type LocaleWording } from '../../src/knowledge/locale-wording';
import { composeEscalation, contactsFor } from '../../src/safety/compose-escalation';
import { readContentSnapshot } from '../support/content-snapshot';
import { milkFixture, replaceOnce, topicYaml, validContentFiles, writeContentDirectory } from '../fixtures/content-fixture';

const wording: LocaleWording = { locales: ['en-GB', 'en-US'], onlyIn: { 'en-GB': ['nappies', 'GP', 'health visitor'], 'en-US': ['diapers', 'pediatrician'] } };

describe('locale wording', () => {
  it("gives each locale its own words from a [[…|…]] group, and the shared words to both", () => {
    const text = 'Count the wet [[nappies|diapers]] and call [[your GP|your pediatrician]] today.';
    expect(localise(text, wording, 'en-GB')).toBe('Count the wet nappies and call your GP today.');
    expect(localise(text, wording, 'en-US')).toBe('Count the wet diapers and call your pediatrician today.');
    expect(localeWordingProblems(text, wording)).toEqual([]);
  });

  it('refuses a group that leaves a locale without its words', () => {
    expect(localeWordingProblems('Count the wet [[nappies]].', wording)).toEqual([expect.stringContaining('has 1 part; write one for each locale, in this order: en-GB | en-US')]);
    expect(localeWordingProblems('Count the [[wet|damp|moist]] ones.', wording)).toEqual([expect.stringContaining('has 3 parts')]);
    expect(localeWordingProblems('An open [[group', wording)).toEqual([expect.stringContaining('unclosed')]);
  });

  it("refuses one locale's word where every reader would see it, or in the other locale's place", () => {
    expect(localeWordingProblems('Count the wet nappies.', wording)).toEqual([expect.stringContaining('says "nappies", which is en-GB wording, outside a [[…|…]] group')]);
    expect(localeWordingProblems('Ask your [[pediatrician|GP]].', wording)).toEqual([
      expect.stringContaining('says "pediatrician" in the en-GB place'),
      expect.stringContaining('says "GP" in the en-US place'),
    ]);
  });

  it('matches whole words only, and capitalised abbreviations only in capitals', () => {
    expect(localeWordingProblems('A gp of a job, and a GPS.', wording)).toEqual([]);
    expect(localeWordingProblems('Your Health Visitor can help.', wording)).toEqual([expect.stringContaining('"health visitor"')]);
  });

  it('stops loading with the file and line of an answer that is missing a locale', () => {
    const files: Record<string, string> = { ...validContentFiles(), 'locales.yaml': 'version: 1\nlocales: [en-GB, en-US]\nonly_in:\n  en-GB: [nappies]\n  en-US: [diapers]\n' };
    files['milk.yaml'] = replaceOnce(topicYaml(milkFixture), 'Full answer of milk.late.', 'Count the wet nappies.');
    const directory = writeContentDirectory(files);
    try {
      expect(() => loadKnowledgeBase({ contentDirectory: directory.contentDirectory, displayRoot: directory.root })).toThrow(ContentError);
      try {
        loadKnowledgeBase({ contentDirectory: directory.contentDirectory, displayRoot: directory.root });
      } catch (error) {
        expect((error as ContentError).problems).toEqual([expect.objectContaining({ file: 'content/milk.yaml', path: 'answers.milk.late.text', message: expect.stringContaining('"nappies"') })]);
      }
    } finally {
      directory.remove();
    }
  });

  it('refuses a configured locale the content is not written for, naming the ones it is', () => {
    const directory = writeContentDirectory({ ...validContentFiles(), 'locales.yaml': 'version: 1\nlocales: [en-GB, en-US]\n' });
    try {
      expect(() => loadKnowledgeBase({ contentDirectory: directory.contentDirectory, displayRoot: directory.root, locale: 'en-AU' })).toThrow(/has no "en-AU".*en-GB, en-US/);
    } finally {
      directory.remove();
    }
  });
});

describe("latch's own content in every locale", () => {
  const base = loadConfig({});
  const locales = loadLocaleWording(base.contentDirectory, base.projectRoot);

  it('is written for en-GB and en-US', () => {
    expect(locales.locales).toEqual(['en-GB', 'en-US']);
  });

  describe.each(locales.locales.map((locale) => [locale] as const))('%s', (locale) => {
    const config = { ...base, locale };
    // The test run's snapshot where there is one for this locale (en-GB's), else content/ loaded for it.
    const { knowledgeBase, safetyRules, dialogs } = readContentSnapshot(config) ?? loadContent(config);
    const others = Object.entries(locales.onlyIn).filter(([owner]) => owner !== locale);
    const foreignWord = (text: string) =>
      others.flatMap(([, words]) => words.filter((word) => localeWordingProblems(text, { locales: [locale], onlyIn: { other: [word] } }).length > 0));

    it("leaves no group unresolved and no other locale's word in any answer, title or message", () => {
      const texts: [string, string][] = [];
      for (const answer of knowledgeBase.answerById.values()) {
        texts.push([answer.id, answer.short], [answer.id, answer.text]);
        answer.variants.forEach((variant) => texts.push([answer.id, variant.text], [answer.id, variant.short ?? '']));
        answer.notes.forEach((note) => texts.push([answer.id, note.text]));
      }
      for (const intent of knowledgeBase.intents) texts.push([intent.id, intent.title]);
      for (const [key, message] of Object.entries(knowledgeBase.messages)) texts.push([`system ${key}`, message]);
      for (const dialog of dialogs.values()) {
        texts.push([dialog.id, dialog.title]);
        for (const slot of dialog.slots) texts.push([dialog.id, slot.question], [dialog.id, slot.help]);
      }
      const wrong = texts.filter(([, text]) => /\[\[|\]\]/.test(text) || foreignWord(text).length > 0).map(([where, text]) => `${where}: ${foreignWord(text).join(', ') || 'unresolved group'} in "${text.slice(0, 80)}"`);
      expect(wrong).toEqual([]);
    });

    it("shows a source marked for one locale only to that locale's readers", () => {
      const helpline = knowledgeBase.answerById.get('refer.pumping')!.sources.some((source) => 'url' in source && source.locale === 'en-GB');
      expect(helpline).toBe(locale === 'en-GB');
    });

    it('words the escalation messages for the locale', () => {
      const contacts = contactsFor(safetyRules, locale, {});
      for (const message of ['emergency', 'urgent_today', 'soon', 'crisis'] as const) {
        const text = composeEscalation(safetyRules, contacts, { ruleId: 'test.rule', level: message === 'crisis' ? 'emergency' : message, message, means: 'What it may mean.' });
        expect({ message, foreign: foreignWord(text), unresolved: /\[\[/.test(text) }).toEqual({ message, foreign: [], unresolved: false });
      }
    });
  });
});
