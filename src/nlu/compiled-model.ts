import type { CompiledClassifier } from './intent-classifier';
import type { DeletionIndex } from './spelling-corrector';

/**
 * The understanding step, trained and ready: the analyser's vocabulary (what spelling correction aims
 * at), the English words spelling correction must leave alone, and the classifier.
 */
export interface CompiledModel {
  /** The hash of everything it was built from (content, dialogs, training code, options). */
  key: string;
  vocabulary: [string, number][];
  /** Real words near enough to the vocabulary to matter, one per line; read only on the first correction. */
  protectedWords: string;
  spelling: DeletionIndex;
  classifier: CompiledClassifier;
}

// Bumped whenever the layout below changes, so an older file is retrained rather than misread.
const magic = 'LATCHNLU';
const formatVersion = 4;

type BlockType = 'f32' | 'i32';
interface BlockEntry {
  name: string;
  type: BlockType;
  offset: number;
  length: number;
}

type TypedBlock = Float32Array | Int32Array;

/**
 * One file: a JSON header (names, options, vocabulary) and then the typed arrays as raw little-endian
 * blocks, so loading is a JSON.parse of the small part and a copy of the large part, with no number parsing.
 */
export function serialiseCompiledModel(model: CompiledModel): Buffer {
  const { classifier } = model;
  const blocks: [string, TypedBlock][] = [
    ['featureWeights', classifier.featureWeights],
    ['softmax.rowStarts', classifier.softmax.rowStarts],
    ['softmax.classes', classifier.softmax.classes],
    ['softmax.weights', classifier.softmax.weights],
    ['softmax.biases', classifier.softmax.biases],
    ['spelling.offsets', model.spelling.offsets],
    ['spelling.wordIds', model.spelling.wordIds],
  ];
  if (classifier.neighbours) {
    blocks.push(
      ['neighbours.labels', classifier.neighbours.labels],
      ['neighbours.offsets', classifier.neighbours.offsets],
      ['neighbours.examples', classifier.neighbours.examples],
      ['neighbours.values', classifier.neighbours.values],
    );
  }
  if (classifier.hidden) {
    blocks.push(
      ['hidden.rows', classifier.hidden.rows],
      ['hidden.inputWeights', classifier.hidden.inputWeights],
      ['hidden.unitBiases', classifier.hidden.unitBiases],
      ['hidden.outputWeights', classifier.hidden.outputWeights],
      ['hidden.classBiases', classifier.hidden.classBiases],
    );
  }
  let offset = 0;
  const entries: BlockEntry[] = blocks.map(([name, array]) => {
    const entry = { name, type: (array instanceof Float32Array ? 'f32' : 'i32') as BlockType, offset, length: array.length };
    offset += array.byteLength;
    return entry;
  });
  const header = {
    formatVersion,
    key: model.key,
    vocabulary: model.vocabulary,
    protectedWords: model.protectedWords,
    spelling: { keys: model.spelling.keys, words: model.spelling.words },
    classifier: {
      intentIds: classifier.intentIds,
      options: classifier.options,
      features: classifier.features,
      softmax: { classCount: classifier.softmax.classCount, temperature: classifier.softmax.temperature },
      neighbours: classifier.neighbours ? { classCount: classifier.neighbours.classCount, exampleCount: classifier.neighbours.exampleCount } : null,
      hidden: classifier.hidden ? { featureCount: classifier.hidden.featureCount, unitCount: classifier.hidden.unitCount, classCount: classifier.hidden.classCount } : null,
    },
    blocks: entries,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  // Blocks start on a multiple of 4 from the file's start so they can be viewed in place.
  const prefixLength = align(magic.length + 8 + headerBytes.length);
  const output = Buffer.alloc(prefixLength + offset);
  output.write(magic, 0, 'latin1');
  output.writeUInt32LE(formatVersion, magic.length);
  output.writeUInt32LE(headerBytes.length, magic.length + 4);
  headerBytes.copy(output, magic.length + 8);
  for (const [index, [, array]] of blocks.entries()) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(output, prefixLength + entries[index].offset);
  }
  return output;
}

/** Reads a compiled model; throws a plain Error saying what is wrong with a truncated, foreign or older file. */
export function parseCompiledModel(bytes: Buffer): CompiledModel {
  if (bytes.length < magic.length + 8 || bytes.toString('latin1', 0, magic.length) !== magic) throw new Error('not a compiled latch model');
  const version = bytes.readUInt32LE(magic.length);
  if (version !== formatVersion) throw new Error(`compiled model format ${version}, expected ${formatVersion}`);
  const headerLength = bytes.readUInt32LE(magic.length + 4);
  if (magic.length + 8 + headerLength > bytes.length) throw new Error('compiled model is truncated in its header');
  const header = JSON.parse(bytes.toString('utf8', magic.length + 8, magic.length + 8 + headerLength)) as {
    key: string;
    vocabulary: [string, number][];
    protectedWords: string;
    spelling: { keys: string; words: string[] };
    classifier: {
      intentIds: string[];
      options: CompiledClassifier['options'];
      features: string[];
      softmax: { classCount: number; temperature: number };
      neighbours: { classCount: number; exampleCount: number } | null;
      hidden?: { featureCount: number; unitCount: number; classCount: number } | null;
    };
    blocks: BlockEntry[];
  };
  const prefixLength = align(magic.length + 8 + headerLength);
  // Copied into fresh buffers: a Buffer read from disk may not start on a 4-byte boundary.
  const blockByName = new Map<string, TypedBlock>();
  for (const entry of header.blocks) {
    const start = prefixLength + entry.offset;
    const end = start + entry.length * 4;
    if (end > bytes.length) throw new Error(`compiled model is truncated in block ${entry.name}`);
    const copy = new ArrayBuffer(entry.length * 4);
    new Uint8Array(copy).set(bytes.subarray(start, end));
    blockByName.set(entry.name, entry.type === 'f32' ? new Float32Array(copy) : new Int32Array(copy));
  }
  const block = <T extends TypedBlock>(name: string, type: new (...args: never[]) => T): T => {
    const found = blockByName.get(name);
    if (!(found instanceof type)) throw new Error(`compiled model has no block ${name}`);
    return found;
  };
  const { classifier } = header;
  return {
    key: header.key,
    vocabulary: header.vocabulary,
    protectedWords: header.protectedWords,
    spelling: { ...header.spelling, offsets: block('spelling.offsets', Int32Array), wordIds: block('spelling.wordIds', Int32Array) },
    classifier: {
      intentIds: classifier.intentIds,
      options: classifier.options,
      features: classifier.features,
      featureWeights: block('featureWeights', Float32Array),
      softmax: {
        ...classifier.softmax,
        rowStarts: block('softmax.rowStarts', Int32Array),
        classes: block('softmax.classes', Int32Array),
        weights: block('softmax.weights', Float32Array),
        biases: block('softmax.biases', Float32Array),
      },
      neighbours: classifier.neighbours
        ? {
            ...classifier.neighbours,
            labels: block('neighbours.labels', Int32Array),
            offsets: block('neighbours.offsets', Int32Array),
            examples: block('neighbours.examples', Int32Array),
            values: block('neighbours.values', Float32Array),
          }
        : null,
      hidden: classifier.hidden
        ? {
            ...classifier.hidden,
            rows: block('hidden.rows', Int32Array),
            inputWeights: block('hidden.inputWeights', Float32Array),
            unitBiases: block('hidden.unitBiases', Float32Array),
            outputWeights: block('hidden.outputWeights', Float32Array),
            classBiases: block('hidden.classBiases', Float32Array),
          }
        : null,
    },
  };
}

function align(length: number): number {
  return Math.ceil(length / 4) * 4;
}
