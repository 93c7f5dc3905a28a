import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge-base';
import { ContentError } from '../../src/knowledge/content-error';
import { validContentFiles, writeContentDirectory, replaceOnce, topicYaml, phrasings } from '../fixtures/content-fixture';

function probe(name: string, files: Record<string, string>, dialogIds?: Set<string>) {
  const dir = writeContentDirectory(files);
  try { loadKnowledgeBase({ contentDirectory: dir.contentDirectory, displayRoot: dir.root, dialogIds }); console.log(name, 'OK'); }
  catch (e) { console.log(name, JSON.stringify((e as ContentError).problems, null, 1)); }
  finally { dir.remove(); }
}
it('probes', () => {
  const v = validContentFiles();
  const milk = v['milk.yaml'];
  probe('valid', v);
  probe('syntax', { ...v, 'milk.yaml': replaceOnce(milk, 'title: Title of milk.late', 'title: [unclosed') });
  probe('syntax2', { ...v, 'milk.yaml': replaceOnce(milk, 'answer: milk.late', 'answer: milk.late\n   bad: indent') });
  probe('noversion', { ...v, 'milk.yaml': replaceOnce(milk, 'version: 1\n', '') });
  probe('version2', { ...v, 'milk.yaml': replaceOnce(milk, 'version: 1', 'version: 2') });
  probe('unknownkey', { ...v, 'milk.yaml': replaceOnce(milk, 'title:', 'titel:') });
  probe('unknownkey2', { ...v, 'milk.yaml': replaceOnce(milk, '    sources:', '    source:') });
  probe('noshort', { ...v, 'milk.yaml': replaceOnce(milk, '    short: Short answer of milk.late.\n', '') });
  probe('answerid', { ...v, 'milk.yaml': replaceOnce(milk, 'answer: milk.late', 'answer: milk.lat') });
  probe('followup', { ...v, 'milk.yaml': replaceOnce(milk, 'follow_ups: []', 'follow_ups: [milk.lat]') });
  probe('dialog', { ...v, 'milk.yaml': replaceOnce(milk, '    answer: milk.late', '    answer: milk.late\n    dialog: milk_lat') }, new Set(['milk_late']));
  probe('dialog0', { ...v, 'milk.yaml': replaceOnce(milk, '    answer: milk.late', '    answer: milk.late\n    dialog: milk_lat') });
  probe('dupid', { ...v, 'supply.yaml': topicYaml({ topic: 'supply', intentId: 'milk.late', answerId: 'supply.demand' }) });
  probe('twointents', { ...v, 'supply.yaml': topicYaml({ topic: 'supply', intentId: 'supply.demand', examples: [...phrasings('supply.demand example', 29), 'Milk.late example phrasing number 7!'] }) });
  probe('testisexample', { ...v, 'milk.yaml': replaceOnce(milk, '- milk.late test phrasing number 3', '- milk.late example phrasing number 12') });
  probe('fewexamples', { ...v, 'milk.yaml': replaceOnce(milk, '      - milk.late example phrasing number 30\n', '') });
  probe('fewtests', { ...v, 'milk.yaml': replaceOnce(milk, '      - milk.late test phrasing number 5\n', '') });
  probe('nodash', { ...v, 'milk.yaml': replaceOnce(milk, '      - milk.late example phrasing number 30\n', '      - milk.late example phrasing number 30\n      forgot the dash here\n') });
  probe('nosources', { ...v, 'milk.yaml': replaceOnce(milk, '    sources:\n      - seed: paragraph 5\n', '') });
  probe('badsource', { ...v, 'milk.yaml': replaceOnce(milk, '- seed: paragraph 5', '- page: 5') });
  probe('badsource2', { ...v, 'milk.yaml': replaceOnce(milk, '- seed: paragraph 5', '- url: http://example.org') });
  probe('badid', { ...v, 'milk.yaml': replaceOnce(milk, 'id: milk.late', 'id: MilkLate') });
  probe('nosystem', { 'milk.yaml': milk });
});
