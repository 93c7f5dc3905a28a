import { fnvOffsetBasis, fnvState } from '../nlu/fnv-hash';
import { NearestNeighbours, type NeighbourParameters } from '../nlu/nearest-neighbours';
import type { SparseVector } from '../nlu/sparse-vector';
import { NetWeights, type NetWeightsData } from './net-weights';
import { compileFeatures, featuresInto, featureCount, featureTable, vectorOf, type CompiledFeatures, type NetFeatures } from './net-features';
import type { Recognition, SignRecogniser } from './sign-recogniser';

/** One training message: its text and its RED-FLAGS.md row, or null for an ordinary message or near miss. */
export interface NetExample {
  text: string;
  row: string | null;
}

/** A trained net as data: its rows, settings and weights, the large parts typed arrays (see NetWeights). */
export interface SafetyNetData {
  rows: string[];
  weights: NetWeightsData;
  /** How much a word counts beside a concept (the same in training and use). */
  wordWeight: number;
  /** The other feature settings (absent in nets cached before they existed: off). */
  features?: Omit<NetFeatures, 'wordWeight'>;
  /** The nearest-neighbour vote beside the regression (its inverted index), and its share of the verdict. */
  neighbours?: NeighbourParameters & { count: number; power: number; share: number };
}

export interface NetTrainingOptions {
  epochs?: number;
  /** Weight decay: keeps any one word from carrying a row alone (compared by scripts/red-flag-cv.js). */
  l2?: number;
  /** How much a word counts beside a concept: lower leans on meaning over the corpus's own wordings. */
  wordWeight?: number;
  read?: (text: string) => Recognition;
  charGramWeight?: number;
  groupWeight?: number;
  conceptRows?: Record<string, string[]>;
  /** Class weight of the red-flag rows against "no red flag" (1: as many as they are). */
  redFlagWeight?: number;
  /** How many of the most similar corpus messages vote beside the regression; 0 for none. */
  neighbours?: number;
  /** Each neighbour's vote is its similarity to this power. */
  neighbourPower?: number;
  /** The vote's share of the verdict (the regression has the rest). */
  neighbourShare?: number;
  /** Features in more than this share of the examples take no part in the vote ("baby", the bias). */
  neighbourMaximumShare?: number;
  /** The training shuffle's seed (to measure how much verdicts move with the order alone). */
  seed?: number;
  /** Nets trained on differently shuffled orders and averaged into one (see NetWeightsTraining.members). */
  members?: number;
  /** The weights are the average of the last this many epochs' (0: the last epoch's). */
  averagedEpochs?: number;
}

// Chosen by scripts/red-flag-cv.js on the net alone (its bare verdict on sites it never saw; the rules were
// written on every fold): concept groups by row (weight 1) and red flags counted twice raised the net's
// recall at 3 % near misses from 73 % to 85 %; weight decay, a lower word weight, character 4-grams and a
// nearest-neighbour vote beside the regression did not move the trade-off beyond the folds' noise.
const defaultEpochs = 20;
const defaultL2 = 0;
const defaultWordWeight = 1;
const defaultCharGramWeight = 0;
const defaultGroupWeight = 1;
const defaultRedFlagWeight = 2;
const defaultNeighbours = 0;
const defaultMembers = 1;
const defaultAveragedEpochs = 0;
const defaultNeighbourPower = 2;
const defaultNeighbourShare = 0.3;
const defaultNeighbourMaximumShare = 0.05;

export interface NetVerdict {
  /** The most likely row. */
  row: string;
  /** The probability the model gives to "no red flag". */
  probabilityNone: number;
  probabilityRow: number;
  /** Every row's probability, in the order of `SafetyNet.rowNames` ("no red flag" first). */
  probabilities: Float64Array;
}

const noRow = '(none)';

/**
 * Each example's key for the training order: its text, and which copy of that text it is (a near miss counts
 * several times), hashed. A rule change that lets one ordinary phrasing into the lessons then adds that one
 * example to each epoch's order instead of reshuffling all of them.
 */
function orderKeysOf(examples: readonly NetExample[]): Uint32Array {
  const copies = new Map<string, number>();
  return Uint32Array.from(examples, (example) => {
    const copy = copies.get(example.text) ?? 0;
    copies.set(example.text, copy + 1);
    return fnvState(fnvState(fnvOffsetBasis, example.text), `#${copy}`) >>> 0;
  });
}

/**
 * The learned second net: a softmax regression over what the recogniser reads (word stems, stem pairs,
 * concepts found and whether each was negated, quantities by band, whose sign it is), trained on the
 * labelled red-flag corpus and on ordinary questions. It generalises beyond the rules' concept
 * combinations; the engine sends its guess as a conditionally worded safety check, never as a certainty.
 */
export class SafetyNet {
  /** The vote's shares by class, reused per message. */
  private readonly votes: Float64Array;
  /** The feature settings with their names hashed once. */
  private readonly compiled: CompiledFeatures;

  private constructor(
    private readonly model: NetWeights,
    private readonly rows: readonly string[],
    private readonly features: NetFeatures,
    private readonly neighbours?: { vote: NearestNeighbours; share: number },
  ) {
    this.votes = new Float64Array(rows.length);
    this.compiled = compileFeatures(features);
  }

  /**
   * A net trained before, read back (the engine keeps trained nets in a cache keyed by their inputs). The
   * typed arrays are kept, not copied: the caller hands them over.
   */
  static fromData(data: SafetyNetData): SafetyNet {
    const features: NetFeatures = { charGramWeight: 0, groupWeight: 0, conceptRows: {}, ...data.features, wordWeight: data.wordWeight ?? 1 };
    const stored = data.neighbours;
    const neighbours = stored && {
      vote: NearestNeighbours.fromParameters(
        { classCount: stored.classCount, exampleCount: stored.exampleCount, labels: stored.labels, offsets: stored.offsets, examples: stored.examples, values: stored.values },
        { count: stored.count, power: stored.power },
      ),
      share: stored.share,
    };
    return new SafetyNet(NetWeights.fromData(data.weights), data.rows, features, neighbours);
  }

  /** The net as data; its typed arrays are copies (changing them changes no net). */
  toData(): SafetyNetData {
    const { wordWeight, ...features } = this.features;
    const data: SafetyNetData = { rows: [...this.rows], weights: this.model.toData(), wordWeight, features };
    if (this.neighbours) {
      const parameters: NeighbourParameters = this.neighbours.vote.compiled;
      const { count, power } = this.neighbours.vote.options;
      data.neighbours = {
        classCount: parameters.classCount,
        exampleCount: parameters.exampleCount,
        labels: parameters.labels.slice(),
        offsets: parameters.offsets.slice(),
        examples: parameters.examples.slice(),
        values: parameters.values.slice(),
        count,
        power,
        share: this.neighbours.share,
      };
    }
    return data;
  }

  /**
   * `read` may hand back readings made already (building the engine reads the ordinary phrasings once to
   * keep out those a rule flags); a text that appears several times (weighted near misses) is read once.
   */
  static train(examples: readonly NetExample[], recogniser: SignRecogniser, options: NetTrainingOptions = {}): SafetyNet {
    const { epochs = defaultEpochs, l2 = defaultL2, read = (text: string) => recogniser.recognise(text), redFlagWeight = defaultRedFlagWeight } = options;
    const features: NetFeatures = {
      wordWeight: options.wordWeight ?? defaultWordWeight,
      charGramWeight: options.charGramWeight ?? defaultCharGramWeight,
      groupWeight: options.groupWeight ?? defaultGroupWeight,
      conceptRows: options.conceptRows ?? {},
    };
    const rows = [noRow, ...[...new Set(examples.flatMap((example) => (example.row ? [example.row] : [])))].sort()];
    const index = new Map(rows.map((row, position) => [row, position]));
    const vectorByText = new Map<string, SparseVector>();
    const compiled = compileFeatures(features);
    const vectors = examples.map((example) => {
      let vector = vectorByText.get(example.text);
      if (!vector) vectorByText.set(example.text, (vector = vectorOf(read(example.text), compiled)));
      return vector;
    });
    const labels = examples.map((example) => index.get(example.row ?? noRow)!);
    const classWeights = Float64Array.from(rows, (_, label) => (label === 0 ? 1 : redFlagWeight));
    const model = NetWeights.train(vectors, labels, rows.length, featureCount, { epochs, l2, classWeights, seed: options.seed, members: options.members ?? defaultMembers, averagedEpochs: options.averagedEpochs ?? defaultAveragedEpochs, orderKeys: orderKeysOf(examples) });
    const neighbourCount = options.neighbours ?? defaultNeighbours;
    if (neighbourCount <= 0) return new SafetyNet(model, rows, features);
    // Each text once (weighted near misses are copies), and only features rare enough to tell messages apart.
    const unique = [...new Map(examples.map((example, position) => [example.text, position])).values()];
    const documents = new Map<number, number>();
    for (const position of unique) for (const feature of vectors[position].indices) documents.set(feature, (documents.get(feature) ?? 0) + 1);
    const maximum = (options.neighbourMaximumShare ?? defaultNeighbourMaximumShare) * unique.length;
    const vote = NearestNeighbours.build(
      unique.map((position) => vectors[position]),
      unique.map((position) => labels[position]),
      rows.length,
      featureCount,
      { count: neighbourCount, power: options.neighbourPower ?? defaultNeighbourPower },
      (feature) => (documents.get(feature) ?? 0) <= maximum,
    );
    return new SafetyNet(model, rows, features, { vote, share: options.neighbourShare ?? defaultNeighbourShare });
  }

  /** The rows the net tells apart, "no red flag" first: the order of a verdict's probabilities. */
  get rowNames(): readonly string[] {
    return this.rows;
  }

  /**
   * The net's verdict on a reading. A flagged message is weighed by several steps (the safety check, the level
   * raise, the crisis line beside another sign), each on the recogniser's same kept reading: the last verdict is
   * kept for it, so the net runs once a message. A verdict is only read, never changed, by its callers.
   */
  assess(recognition: Recognition): NetVerdict {
    if (this.last?.recognition === recognition) return this.last.verdict;
    const verdict = this.verdictOf(recognition);
    this.last = { recognition, verdict };
    return verdict;
  }

  private last: { recognition: Recognition; verdict: NetVerdict } | undefined;

  private verdictOf(recognition: Recognition): NetVerdict {
    const count = featuresInto(recognition, this.compiled);
    const probabilities = this.model.probabilitiesOf(featureTable.indices, featureTable.weights, count);
    if (this.neighbours) {
      const votes = this.neighbours.vote.votes({ indices: featureTable.indices.subarray(0, count), values: featureTable.weights.subarray(0, count) }, this.votes);
      // No corpus message shares a telling feature: the vote has nothing to say, the regression decides alone.
      if (votes.some((share) => share > 0)) {
        const share = this.neighbours.share;
        for (let label = 0; label < probabilities.length; label++) probabilities[label] = (1 - share) * probabilities[label] + share * votes[label];
      }
    }
    let best = 1;
    for (let label = 2; label < probabilities.length; label++) if (probabilities[label] > probabilities[best]) best = label;
    return { row: this.rows[best] ?? noRow, probabilityNone: probabilities[0], probabilityRow: probabilities[best] ?? 0, probabilities };
  }
}

