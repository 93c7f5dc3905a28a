import { z } from 'zod';
import { loadYamlFile } from '../knowledge/load-yaml-file';
import { parseYaml, type YamlReader } from '../knowledge/yaml-cache';

/**
 * The ordinary phrasings the net learns as "no red flag" (safety_check.ordinary): a frozen file, written once by
 * scripts/freeze-net-ordinary.js from the knowledge base's phrasings, so a change to the question corpus or an
 * intent's examples no longer retrains the net and moves red-flag verdicts; refreezing is a decision of its own.
 * In file order, which the net's shuffle starts from.
 */
export function readNetOrdinary(path: string, readYaml: YamlReader = parseYaml): string[] {
  return loadYamlFile(path, z.object({ phrasings: z.array(z.string().min(1)).min(1) }).strict(), undefined, readYaml).phrasings;
}
