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
  /** How much a word counts beside a concept (the same in training and use). */
  wordWeight: number;
}

export interface NetTrainingOptions {
  epochs?: number;
  /** Weight decay: keeps any one word from carrying a row alone (chosen by scripts/red-flag-cv.js). */
  l2?: number;
  /** How much a word counts beside a concept: lower generalises to wordings the corpus lacks. */
  wordWeight?: number;
  read?: (text: string) => Recognition;
}

const defaultEpochs = 20;
const defaultL2 = 0;
const defaultWordWeight = 1;

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
    private readonly wordWeight: number,
  ) {}

  /** A net trained before, read back (the engine keeps trained nets in a cache keyed by their inputs). */
  static fromData(data: SafetyNetData, recogniser: SignRecogniser): SafetyNet {
    return new SafetyNet(NetWeights.fromData(data.weights), data.rows, recogniser, data.wordWeight ?? 1);
  }

  toData(): SafetyNetData {
    return { rows: [...this.rows], weights: this.model.toData(), wordWeight: this.wordWeight };
  }

  /**
   * `read` may hand back readings made already (building the engine reads the ordinary phrasings once to
   * keep out those a rule flags); a text that appears several times (weighted near misses) is read once.
   */
  static train(examples: readonly NetExample[], recogniser: SignRecogniser, options: NetTrainingOptions = {}): SafetyNet {
    const { epochs = defaultEpochs, l2 = defaultL2, wordWeight = defaultWordWeight, read = (text: string) => recogniser.recognise(text) } = options;
    const rows = [noRow, ...[...new Set(examples.flatMap((example) => (example.row ? [example.row] : [])))].sort()];
    const index = new Map(rows.map((row, position) => [row, position]));
    const vectorByText = new Map<string, SparseVector>();
    const vectors = examples.map((example) => {
      let vector = vectorByText.get(example.text);
      if (!vector) vectorByText.set(example.text, (vector = vectorOf(read(example.text), recogniser, wordWeight)));
      return vector;
    });
    const labels = examples.map((example) => index.get(example.row ?? noRow)!);
    const model = NetWeights.train(vectors, labels, rows.length, featureCount, epochs, l2);
    return new SafetyNet(model, rows, recogniser, wordWeight);
  }

  assess(recognition: Recognition): NetVerdict {
    const probabilities = this.model.probabilities(vectorOf(recognition, this.recogniser, this.wordWeight));
    let best = 1;
    for (let label = 2; label < probabilities.length; label++) if (probabilities[label] > probabilities[best]) best = label;
    return { row: this.rows[best] ?? noRow, probabilityNone: probabilities[0], probabilityRow: probabilities[best] ?? 0 };
  }
}

/** What a concept's place in the message says: seen, denied, over, or only asked about. */
type Reading = 'seen' | 'denied' | 'over' | 'asked';

// Concepts triage uses for structure: they shape the other concepts' readings and are no features alone.
const structuralConcepts = new Set(['conjunction', 'negation', 'not_a_negation']);

function vectorOf(recognition: Recognition, recogniser: SignRecogniser, wordWeight: number): SparseVector {
  const features = new Map<number, number>();
  const add = (name: string, weight = 1) => {
    const key = hash(name);
    features.set(key, (features.get(key) ?? 0) + weight);
  };
  const { tokens } = recognition;
  // Words and word pairs: what the concept lists have not named yet. Weighted down so that meaning (the
  // concepts and how they are read) carries more than the items' own wordings.
  let previous: string | undefined;
  for (const token of tokens) {
    const stem = token.value === undefined ? token.stem : '#';
    if (!stopWords.has(token.word)) add(`w:${stem}`, wordWeight);
    if (previous !== undefined) add(`b:${previous}_${stem}`, 0.7 * wordWeight);
    previous = token.sentenceEnd ? undefined : stem;
  }
  const allSpans = [...recognition.concepts].flatMap(([name, spans]) => (structuralConcepts.has(name) || name.startsWith('who_') ? [] : spans));
  let seenSigns = 0;
  let deniedSigns = 0;
  for (const [name, spans] of recognition.concepts) {
    if (structuralConcepts.has(name)) continue;
    if (name.startsWith('who_')) {
      add(`c:${name}`, 1.5);
      continue;
    }
    const readings = new Set<Reading>();
    const subjects = new Set<string>();
    for (const span of spans) {
      const reading: Reading = recogniser.isNegated(recognition, span)
        ? 'denied'
        : recogniser.isAskedAbout(recognition, span)
          ? 'asked'
          : recogniser.isResolved(recognition, span, allSpans)
            ? 'over'
            : 'seen';
      readings.add(reading);
      if (reading === 'seen') subjects.add(recogniser.subjectAt(recognition, span.start));
    }
    // The concept seen once is what counts; denied, over or asked about only where it is never seen.
    if (readings.has('seen')) {
      add(`c:${name}`, 1.5);
      seenSigns++;
      for (const subject of subjects) add(`cs:${name}:${subject}`);
    } else {
      for (const reading of readings) add(`${reading}:${name}`, 1.5);
      // Meaning across concepts: a sign denied is much like any other sign denied.
      for (const reading of readings) add(`any:${reading}`);
      deniedSigns++;
    }
  }
  add(`signs:${seenSigns === 0 ? 'none' : seenSigns === 1 ? 'one' : 'several'}`);
  if (deniedSigns > 0) add(`signs:denied:${seenSigns === 0 ? 'only' : 'also'}`);
  for (const quantity of recognition.quantities) add(`q:${quantity.kind}:${band(quantity.kind, quantity.value)}`, 1.5);
  if (recognition.ageDays !== undefined) add(`age:${recognition.ageDays < 1 ? 'day0' : recognition.ageDays < 3 ? 'under3d' : recognition.ageDays < 14 ? 'under2w' : recognition.ageDays < 42 ? 'under6w' : recognition.ageDays < 91 ? 'under3m' : recognition.ageDays < 183 ? 'under6m' : 'older'}`);
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
