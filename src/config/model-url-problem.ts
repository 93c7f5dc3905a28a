/**
 * What is wrong with a model address, or undefined when it can be called; empty means no model. One check for
 * latch.config.yaml and LATCH_MODEL_URL (through the schema, which names the file and line or the variable)
 * and for `--model` (modelConfig).
 */
export function modelUrlProblem(url: string): string | undefined {
  if (url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL; expected e.g. http://localhost:11434/v1';
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : 'must start with http:// or https://';
}
