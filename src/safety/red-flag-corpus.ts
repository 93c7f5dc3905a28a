import { z } from 'zod';
import { loadYamlFile } from '../knowledge/load-yaml-file';
import { safetyLevels } from './safety-schema';

const entrySchema = z.object({
  q: z.string(),
  label: z.string(),
  row: z.string().optional(),
  level: z.enum(safetyLevels).optional(),
  source: z.string().optional(),
  note: z.string().optional(),
});

export type RedFlagCorpusEntry = z.infer<typeof entrySchema>;

/** A labelled red-flag corpus: `RED_FLAG` entries with their row and level, and `NEAR_MISS` entries. */
export function readRedFlagCorpus(path: string): RedFlagCorpusEntry[] {
  const entries = loadYamlFile(path, z.array(entrySchema));
  for (const [index, entry] of entries.entries()) {
    if (entry.label === 'RED_FLAG' && !entry.row) throw new Error(`${path}: entry ${index} is a RED_FLAG without a row (add row: and level:)`);
  }
  return entries;
}
