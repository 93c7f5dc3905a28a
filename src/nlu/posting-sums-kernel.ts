/**
 * The first pass of the neighbours' vote in WebAssembly: for each of a message's features, every posting's
 * value times the feature's value added to its phrasing's similarity,
 * `similarities[examples[slot]] = similarities[examples[slot]] + value × values[slot]`, in the same order and at
 * the same double precision as the JavaScript loop (a Float32 posting promoted to a double, no fused
 * multiply-add), so the sums are the same to the bit. In JavaScript each of the nine hundred postings of a
 * question paid for its typed arrays' bounds and the add waited on them; measured apart (s21), a loop whose
 * arrays V8 could treat as constants ran the vote in 0.8 of the time, which this gets without relying on it.
 *
 * Its text form:
 *
 *   (func (param $features $count $examples $values $similarities i32)
 *     ;; $features: $count entries of 16 bytes, each a posting range [from, end) (two i32) and a value (f64)
 *     ;; for each entry, for each slot in its range:
 *     ;;   address = $similarities + (load32($examples + 4 × slot) << 3)
 *     ;;   store64(address, load64(address) + value × promote(loadf32($values + 4 × slot)))
 *   )
 */
import { addToLocal as addTo, emptyBlockType, f64Type, i32Type, i32Constant as constant, kernelMaker, leb128, localGet as get, localSet as set, memoryImmediate as memory, op } from './kernel-module';

// Locals: the five parameters, then the function's own.
const features = 0;
const count = 1;
const examples = 2;
const values = 3;
const similarities = 4;
const feature = 5;
const entry = 6;
const slot = 7;
const end = 8;
const address = 9;
const value = 10;

function functionBody(): number[] {
  const code: number[] = [];
  // for (feature = 0; feature < count; feature++)
  code.push(op.block, emptyBlockType, op.loop, emptyBlockType);
  code.push(...get(feature), ...get(count), op.i32GeS, op.brIf, 1);
  code.push(...get(features), ...get(feature), ...constant(4), op.i32Shl, op.i32Add, ...set(entry));
  code.push(...get(entry), op.i32Load, ...memory(2, 0), ...set(slot));
  code.push(...get(entry), op.i32Load, ...memory(2, 4), ...set(end));
  code.push(...get(entry), op.f64Load, ...memory(3, 8), ...set(value));
  // for (; slot < end; slot++)
  code.push(op.block, emptyBlockType, op.loop, emptyBlockType);
  code.push(...get(slot), ...get(end), op.i32GeS, op.brIf, 1);
  code.push(...get(similarities), ...get(examples), ...get(slot), ...constant(2), op.i32Shl, op.i32Add, op.i32Load, ...memory(2), ...constant(3), op.i32Shl, op.i32Add);
  code.push(op.localTee, ...leb128(address));
  code.push(...get(address), op.f64Load, ...memory(3));
  code.push(...get(value), ...get(values), ...get(slot), ...constant(2), op.i32Shl, op.i32Add, op.f32Load, ...memory(2), op.f64PromoteF32, op.f64Mul, op.f64Add);
  code.push(op.f64Store, ...memory(3));
  code.push(...addTo(slot, 1), op.br, 0, op.end, op.end);
  code.push(...addTo(feature, 1), op.br, 0, op.end, op.end);
  code.push(op.end);
  const locals = [2, ...leb128(5), i32Type, ...leb128(1), f64Type];
  const body = [...locals, ...code];
  return [...leb128(body.length), ...body];
}

/** addPostings over byte addresses in the kernel's memory (see the text form above). */
export type AddPostings = (features: number, count: number, examples: number, values: number, similarities: number) => void;

/**
 * The kernel over a memory of at least `bytes` bytes (its buffer never grows, so views on it stay valid), or
 * undefined where WebAssembly is not available: the caller keeps its plain loop then.
 */
export const postingSumsKernel = kernelMaker<AddPostings>('addPostings', functionBody);
