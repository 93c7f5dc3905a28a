import { buildEngine } from '../src/app/build-engine';
import { loadConfig } from '../src/config';
import { classifyFirstMessage } from '../src/engine/create-engine';

/**
 * How much of a first turn's time is waiting for memory rather than working: the same few held-out questions
 * timed three ways in one run, as the mean of their median turns.
 *
 *   - among all the held-out tests, each turn after a different one (what `npm run bench` times);
 *   - among a few of them only, so the data those few touch stays in the processor's caches;
 *   - among the few, with a large array read before each turn, so the turn starts on caches holding none of it
 *     (as after another contender's block in `npm run bench`, or after other processes ran on the core).
 *
 * A turn that mostly computes costs about the same three ways; one that mostly waits for memory costs much more
 * evicted than warm, and then cutting work inside a stage moves the whole turn little while cutting how much
 * memory a turn touches moves it much. A guide for where to look, compared as ratios within one run.
 *
 *   npm run build && node dist/bench/turn-cache-sensitivity.js
 */

const timestamp = '2026-01-15T10:00:00.000Z';
// Larger than the processor's last-level cache on the machines this runs on.
const evictionBytes = 32 * 1024 * 1024;

function main(): void {
  const engine = buildEngine(loadConfig());
  const texts = engine.knowledgeBase.intents.flatMap((intent) => intent.tests.map((test) => test.text));
  // Every 31st: a spread of intents and lengths, few enough to stay cached between their turns.
  const few = texts.filter((_, index) => index % 31 === 0);
  const eviction = new Float64Array(evictionBytes / 8);
  // Summed so the reads cannot be left out as unused.
  let sink = 0;
  const evict = () => {
    // One read per 64-byte line is enough to bring each line in.
    for (let index = 0; index < eviction.length; index += 8) sink += eviction[index];
  };

  /** The mean over `few` of each one's median turn time (µs) while `rotation` is run `rounds` times. */
  const measure = (rotation: readonly string[], rounds: number, before?: () => void): number => {
    const times = new Map(few.map((text): [string, number[]] => [text, []]));
    for (let round = 0; round < rounds; round++) {
      for (const text of rotation) {
        before?.();
        const start = process.hrtime.bigint();
        classifyFirstMessage(engine, text, timestamp);
        times.get(text)?.push(Number(process.hrtime.bigint() - start) / 1000);
      }
    }
    const medians = few.map((text) => {
      const sorted = (times.get(text) ?? []).sort((a, b) => a - b);
      return sorted[sorted.length >> 1];
    });
    return medians.reduce((sum, median) => sum + median, 0) / medians.length;
  };

  for (let round = 0; round < 3; round++) for (const text of texts) classifyFirstMessage(engine, text, timestamp);
  const amongAll = measure(texts, 15);
  const amongFew = measure(few, 300);
  const evicted = measure(few, 100, evict);
  process.stdout.write(
    [
      `${few.length} held-out questions, mean of their median first-turn times:`,
      `  among all ${texts.length} held-out questions  ${amongAll.toFixed(1)} µs`,
      `  among the ${few.length} only (caches warm)      ${amongFew.toFixed(1)} µs`,
      `  among the ${few.length}, caches evicted first   ${evicted.toFixed(1)} µs`,
      `  evicted / warm ${(evicted / amongFew).toFixed(2)}, all / warm ${(amongAll / amongFew).toFixed(2)}`,
    ].join('\n') + '\n',
  );
}

main();
