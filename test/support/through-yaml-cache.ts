import { loadConfig } from '../../src/config';
import { parseYaml, YamlCache, type YamlReader } from '../../src/knowledge/yaml-cache';

/**
 * `read` given the parsed-YAML cache of the model cache folder (knowledge/yaml-cache.ts), the one loadContent
 * keeps content/ in, then the files it parsed kept there. For the evaluation corpora the tests read: the
 * red-flag corpora safety.yaml names (some 6 MB of YAML) and the real questions (another 6 MB) took seconds
 * of CPU to parse in each test file that read them; their JSON is read in a fraction of that. jest's global
 * setup fills it (global-setup.ts), so a fresh clone parses them once, beside the type check. Without a
 * cache folder, `read` parses.
 */
export function throughYamlCache<Result>(read: (readYaml: YamlReader) => Result, directory = loadConfig({}).modelCacheDirectory): Result {
  if (!directory) return read(parseYaml);
  const cache = new YamlCache(directory);
  const result = read(cache.parse);
  // A folder that cannot be written only means the next file parses again.
  cache.save();
  return result;
}
