import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
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
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot be read as YAML: ${(error as Error).message}`);
  }
  const result = z.array(entrySchema).safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${path}: entry ${issue.path.join('.')}: ${issue.message} (expected a list of { q, label, row?, level? })`);
  }
  for (const [index, entry] of result.data.entries()) {
    if (entry.label === 'RED_FLAG' && !entry.row) throw new Error(`${path}: entry ${index} is a RED_FLAG without a row (add row: and level:)`);
  }
  return result.data;
}
