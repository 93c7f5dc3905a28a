import { z } from 'zod';
import { loadYamlFile } from '../knowledge/load-yaml-file';
import { parseYaml, type YamlReader } from '../knowledge/yaml-cache';
import { safetyLevels } from './safety-schema';

// A RED_FLAG's row is checked in the schema, so the error names the entry's file and line like any other.
const entrySchema = z
  .object({
    q: z.string(),
    label: z.string(),
    row: z.string().optional(),
    level: z.enum(safetyLevels).optional(),
    source: z.string().optional(),
    note: z.string().optional(),
    // false: measured, never learnt by the net (train-9's third batch, whose writer may have seen held-out pages).
    learn: z.boolean().optional(),
  })
  .refine((entry) => entry.label !== 'RED_FLAG' || Boolean(entry.row), { message: 'is a RED_FLAG without a row (add row: and level:)' });

export type RedFlagCorpusEntry = z.infer<typeof entrySchema>;

/**
 * A labelled red-flag corpus: `RED_FLAG` entries with their row and level, and `NEAR_MISS` entries. `readYaml`
 * parses, or reads the parsed-YAML cache (the tests keep the corpora's megabytes of YAML there).
 */
export function readRedFlagCorpus(path: string, readYaml: YamlReader = parseYaml): RedFlagCorpusEntry[] {
  return loadYamlFile(path, z.array(entrySchema), undefined, readYaml);
}
