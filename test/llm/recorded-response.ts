import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const folder = join(__dirname, '..', 'fixtures', 'model-responses');

/** A response in a model server's real format, from test/fixtures/model-responses/. */
export function recorded(name: string): RecordedResponse {
  return JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as RecordedResponse;
}

export function recordedText(name: string): string {
  return readFileSync(join(folder, name), 'utf8');
}
