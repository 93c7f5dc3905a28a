import type { ContentProblem } from './content-error';
import type { Phrasing } from './knowledge-base';
import { formatPath, type YamlPath, type YamlSource } from './yaml-source';

/** Reads `examples` / `tests`, written either as a block of "- " lines or as a YAML list. */
export function readPhrasings(
  source: YamlSource,
  path: YamlPath,
  value: string | string[] | undefined,
  problems: ContentProblem[],
): Phrasing[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    return value.map((text, index) => ({
      text: text.trim(),
      location: { file: source.file, line: source.lineOf([...path, index]) },
      path: formatPath([...path, index]),
    }));
  }
  const phrasings: Phrasing[] = [];
  value.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) return;
    const location = { file: source.file, line: source.lineInBlock(path, index) };
    const match = /^-\s+(.+)$/.exec(line);
    if (!match) {
      problems.push({ ...location, path: formatPath(path), message: `"${line}" must start with "- " (one phrasing per line)` });
      return;
    }
    phrasings.push({ text: unquote(match[1].trim()), location, path: formatPath([...path, phrasings.length]) });
  });
  return phrasings;
}

function unquote(text: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(text);
  return quoted ? quoted[2] : text;
}
