import { sparseFromMap, type SparseVector } from '../nlu/sparse-vector';
import { NetWeights, type NetWeightsData } from './net-weights';
import type { Recognition, SignRecogniser } from './sign-recogniser';

/** One training message: its text and its RED-FLAGS.md row, or null for an ordinary message or near miss. */
export interface NetExample {
  text: string;
  row: string | null;
}

/** A trained net as plain data: its rows and weights (see NetWeights). */
export interface SafetyNetData {
  rows: string[];
  weights: NetWeightsData;
}

export interface NetVerdict {
  /** The most likely row. */
  row: string;
  /** The probability the model gives to "no red flag". */
  probabilityNone: number;
  probabilityRow: number;
}

const featureBits = 15;
const featureCount = 1 << featureBits;
const noRow = '(none)';
// Too common to carry meaning alone; still part of word pairs.
const stopWords = new Set(['a', 'an', 'the', 'is', 'am', 'are', 'it', 'to', 'of', 'and', 'so', 'do', 'be', 'this', 'that', 'in', 'on', 'for', 'with', 'just', 'was', 'at', 'as', 'or', 'if']);

/**
 * The learned second net: a softmax regression over what the recogniser reads (word stems, stem pairs,
 * concepts found and whether each was negated, quantities by band, whose sign it is), trained on the
 * labelled red-flag corpus and on ordinary questions. It generalises beyond the rules' concept
 * combinations; the engine sends its guess as a conditionally worded safety check, never as a certainty.
 */
export class SafetyNet {
  private constructor(
    private readonly model: NetWeights,
    private readonly rows: readonly string[],
    private readonly recogniser: SignRecogniser,
  ) {}

  /** A net trained before, read back (the engine keeps trained nets in a cache keyed by their inputs). */
  static fromData(data: SafetyNetData, recogniser: SignRecogniser): SafetyNet {
    return new SafetyNet(NetWeights.fromData(data.weights), data.rows, recogniser);
  }

  toData(): SafetyNetData {
    return { rows: [...this.rows], weights: this.model.toData() };
  }

  /**
   * `read` may hand back readings made already (building the engine reads the ordinary phrasings once to
   * keep out those a rule flags); a text that appears several times (weighted near misses) is read once.
   */
  static train(examples: readonly NetExample[], recogniser: SignRecogniser, options: { epochs?: number; read?: (text: string) => Recognition } = {}): SafetyNet {
    const { epochs = 20, read = (text: string) => recogniser.recognise(text) } = options;
    const rows = [noRow, ...[...new Set(examples.flatMap((example) => (example.row ? [example.row] : [])))].sort()];
    const index = new Map(rows.map((row, position) => [row, position]));
    const vectorByText = new Map<string, SparseVector>();
    const vectors = examples.map((example) => {
      let vector = vectorByText.get(example.text);
      if (!vector) vectorByText.set(example.text, (vector = vectorOf(read(example.text), recogniser)));
      return vector;
    });
    const labels = examples.map((example) => index.get(example.row ?? noRow)!);
    const model = NetWeights.train(vectors, labels, rows.length, featureCount, epochs);
    return new SafetyNet(model, rows, recogniser);
  }

  assess(recognition: Recognition): NetVerdict {
    const probabilities = this.model.probabilities(vectorOf(recognition, this.recogniser));
    let best = 1;
    for (let label = 2; label < probabilities.length; label++) if (probabilities[label] > probabilities[best]) best = label;
    return { row: this.rows[best] ?? noRow, probabilityNone: probabilities[0], probabilityRow: probabilities[best] ?? 0 };
  }
}

function vectorOf(recognition: Recognition, recogniser: SignRecogniser): SparseVector {
  const features = new Map<number, number>();
  const add = (name: string, weight = 1) => {
    const key = hash(name);
    features.set(key, (features.get(key) ?? 0) + weight);
  };
  const { tokens } = recognition;
  let previous: string | undefined;
  for (const token of tokens) {
    const stem = token.value === undefined ? token.stem : '#';
    if (!stopWords.has(token.word)) add(`w:${stem}`);
    if (previous !== undefined) add(`b:${previous}_${stem}`, 0.7);
    previous = token.sentenceEnd ? undefined : stem;
  }
  for (const [name, spans] of recognition.concepts) {
    if (name === 'conjunction' || name === 'negation' || name === 'not_a_negation') continue;
    const affirmed = spans.some((span) => !recogniser.isNegated(recognition, span));
    add(affirmed ? `c:${name}` : `n:${name}`, 1.5);
    if (affirmed && !name.startsWith('who_')) add(`cs:${name}:${recogniser.subjectAt(recognition, spans[0].start)}`);
  }
  for (const quantity of recognition.quantities) add(`q:${quantity.kind}:${band(quantity.kind, quantity.value)}`, 1.5);
  if (recognition.ageDays !== undefined) add(`age:${recognition.ageDays < 1 ? 'day0' : recognition.ageDays < 14 ? 'under2w' : recognition.ageDays < 42 ? 'under6w' : recognition.ageDays < 91 ? 'under3m' : recognition.ageDays < 183 ? 'under6m' : 'older'}`);
  add('bias');
  // Longer messages have more features; scaling keeps one strong sign from drowning in a long story.
  const norm = Math.sqrt([...features.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
  for (const [key, value] of features) features.set(key, value / norm);
  return sparseFromMap(features);
}

function band(kind: string, value: number): string {
  switch (kind) {
    case 'temperature':
      return value >= 39 ? 'high39' : value >= 38 ? 'high38' : value < 36 ? 'low' : 'normal';
    case 'hours':
      return value >= 8 ? '8+' : value >= 6 ? '6+' : value >= 4 ? '4+' : 'few';
    case 'percent':
    case 'weight_drop':
      return value >= 10 ? '10+' : value >= 7 ? '7+' : 'small';
    case 'breaths':
      return value >= 60 ? '60+' : 'normal';
    case 'days':
      return value >= 14 ? '14+' : value >= 3 ? '3+' : 'few';
    default:
      return value < 3 ? 'few' : value < 6 ? 'some' : 'many';
  }
}

/** FNV-1a into the feature space. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0) & (featureCount - 1);
}
