import { dirname, resolve } from 'node:path';
import { loadConfig } from '../../src/config';
import { readRedFlagCorpus } from '../../src/safety/red-flag-corpus';
import { firstTurn, sharedContent, sharedRuleTriage } from './shared-engine';
import { throughYamlCache } from './through-yaml-cache';

/** A training red flag that no rule raises and the learned safety check catches, with its row. */
export interface NetOnlyRedFlag {
  text: string;
  row: string;
}

/**
 * The training red flags (the corpora safety.yaml names) that the rules miss and the safety check catches,
 * found afresh each run: which messages those are moves whenever a rule or the net learns more, so a test
 * that named one message would break on every improvement. At most `limit` of them.
 */
export function netOnlyRedFlags(limit: number): NetOnlyRedFlag[] {
  const content = sharedContent();
  const triage = sharedRuleTriage();
  const safetyFile = resolve(loadConfig({}).contentDirectory, 'safety.yaml');
  const found: NetOnlyRedFlag[] = [];
  for (const corpus of content.safetyRules.safety_check.corpus) {
    for (const entry of throughYamlCache((readYaml) => readRedFlagCorpus(resolve(dirname(safetyFile), corpus), readYaml))) {
      if (found.length >= limit) return found;
      if (entry.label !== 'RED_FLAG' || !entry.row || triage(entry.q, [], {})) continue;
      const { trace } = firstTurn(entry.q);
      if (trace.route === 'red_flag' && trace.redFlag?.certain === false) found.push({ text: entry.q, row: entry.row });
    }
  }
  return found;
}
