import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildEngine } from '../src/app/build-engine';
import { loadConfig } from '../src/config';
import { classifyFirstMessage } from '../src/engine/create-engine';
import { readLabelledQuestions } from '../src/evaluation/labelled-questions';
import { trainingPartOf } from '../src/evaluation/source-site';
import { extractFacts, mergeFacts } from '../src/nlu/extract-facts';
import { guardInput } from '../src/safety/guard-input';
import type { RuleTriage } from '../src/safety/triage';
import { longestTrainingQuestions } from './longest-training-questions';
import { sharedFolder } from './shared-folder';

/**
 * Where a first turn's time goes, stage by stage, per message: the steps `classifyFirstMessage` runs, each
 * called on its own in the engine's order (the recogniser keeps its last reading, so the later stages reuse
 * it as the turn does), then the whole turn for comparison. Also the bytes a whole turn allocates, from the
 * heap's growth over runs of turns no collection interrupted. Beside each stage's median, its median when the
 * same message ran just before (hot) and the ratio: what the message's own data left in the caches (and its
 * branches in the predictors) save, which a turn after other messages does not find.
 *
 *   npm run build && node dist/bench/first-turn-stages.js [sample|red-flags|development|all|long|longest|lengths] [rounds]
 *
 * For the allocation figure start node with a large young generation (--max-semi-space-size=64), so most
 * runs of turns finish before a scavenge.
 *
 * Measured in s16 (issue 13; 61 sample questions; load 6-8, where wall times run 2-3 times their unloaded
 * values, so only figures of one run are compared): whether the many small objects a turn makes are where its
 * cold-cache half goes. They are not:
 * - a whole turn allocates 27.9 KB (the inspector's sampling heap profiler, 200 rounds): rank's 82 intent
 *   objects 5.1 KB, keptSpans 2.3, triageTokens 1.9, readQuantities 1.7, the classify result 1.6, the rest
 *   under 1.5 each; the collector is 1.5-3.4 % of --cpu-prof's samples;
 * - a young generation of 1 MB (which stays in the 2 MB L2 between scavenges), the default 16 MB or 64 MB gave
 *   the same times per turn (median of the fastest round per message 92-96, 98-106 and 93 µs in one hour): the
 *   young generation's writes do not push the turn's own data out of the caches;
 * - --trace-gc-nvp: a scavenge every ~1,000 turns (~155 ms of them), 0.4-5 ms each under load (scavenge.parallel
 *   waits for helper threads that get no core), so about 0.1 % of turns meet one: not the p99 either.
 * The net's sentence-by-sentence reading (SignRecogniser.recognisePart, a sentence tokenised and matched again)
 * ran on none of the 61 sample questions, none of red-flags/train.yaml's 708 messages and 14 of train-14's 2,321
 * (43 sentences read): not where the benchmark's time goes, so a sentence's reading was not cut from the whole's.
 * Per stage, hot (the same questions over and over, load 6): rank 31 µs (the neighbours' vote 6.3, hidden layer
 * 5.5, vectorising 4.1, ScoreOrder 2.9, softmax 2.0, the 82 objects 1.1), net 19, concept matching 17, analysis
 * 10, tokens 6: no stage or step of one holds the gap to nlp.js alone.
 *
 * Measured in s17 with `long` (77 questions of 200 characters or more: the sample's 3 and the development
 * split's 74; the knowledge tests have none; load 7-8, 10 rounds): whole turn median 347 µs, recogniser 93,
 * rank 92, net 63, analysis 27, facts 11, rules 4. Nothing grows faster than the text except the net's
 * sentence-by-sentence reading: 8 of the 74 development questions (25 of the split's 4,921) have each
 * sentence read again, which takes their net stage from about 45 to 190-240 µs and makes them the slowest;
 * the sample's three long questions (270, 323, 356 characters: its p99) read no sentence apart, and two of
 * them have a rule's sign complete (rules 50 µs where others take 2-5).
 *
 * Measured in s18 (sample, 10-100 rounds, load 11-14; CPU time per stage as well as wall time, as other helpers
 * filled both cores): against the sample's short questions each long one's stages grow with its words (analysis,
 * facts, recogniser, net and rank 4-8 times a 30-44 character question's at 6-9 times the length), except the
 * rules: 81-85 µs on the ELI5 and 356-character questions against 2-4. Each has one rule whose sign is complete,
 * and weighRules then read \`rule.level\`, \`.row\`, \`.message\`, \`.when\` and \`.unless\` of all 92 rules before
 * asking whether their signs were complete: 92 objects of 35 shapes, so every read a megamorphic look-up. The
 * sign check now comes first, which saves little: the rules stage alone, both builds in one process (load 16),
 * hot 12.0 -> 11.3 and 12.8 -> 10.1 µs CPU on those two, and in rotation 107 -> 102 and 73 -> 67 µs, 16-27 ->
 * 11-18 on short messages that reach the loop; the whole turn's share of that (1-2 %) is under compare-builds'
 * noise (long: 0.869 and 0.964 one way, 0.968 against it with the builds swapped). Most of the stage's cold
 * time is \`fire\` and the checks of each span (affirmedOf, whose, withinWindow): 5-8 times their hot time, on
 * the 13 of the 61 sample turns (670 of the development split's 8,807) that weigh the rules. What was left of the
 * ELI5 question's "2x its length" was where it stood: first in the file, so \`npm run bench\` timed it first
 * after the other contenders' blocks in every round (811 µs there against 625 with the start rotated, in one
 * process); the bench now starts each round one question further on.
 *
 * Measured in s19 (--cpu-prof over 300 rotated rounds of the sample after the bench's warm-up, load 7-10; shares
 * of the whole turn's samples): by step, the triage step 51 % (recogniser 27, net 16, rules 6), ranking 30,
 * reading the message 14 (analysis 10, facts 2.5), the answer 2.4. By function (self time) it is flat: the
 * neighbours' findNearest 10.3 %, concept matching 6.4, the net's featuresInto 4.9, normalisedTokens 4.4, the
 * net's probabilitiesOf 4.0, softmaxScores 3.4, rank's 82 intent objects 3.4, the phrase tree's reach 3.2, the
 * hidden layer's kernel 3.1 (and 1.5 around it); ten functions hold 40 % and forty-five 81 %. --trace-deopt
 * after the warm-up shows no function deoptimised again and again. The shared per-word record (one look-up
 * per word for its normalised form, stem, concept starts and feature ids) was not built: the per-word look-ups
 * it would replace (the analyser's vocabulary, the normaliser's replacements, the vectoriser's word cache,
 * triage's pieces, the net's stem ids, the phrase code's words) hold about 3-4 % of the turn together, and one
 * look-up instead of five or six saves at most about half of that, under compare-builds' resolution. What was
 * kept: findNearest without its random branch (about 840 postings a sample question, up to 4,428), the vote
 * alone 0.86x, the whole turn 0.984-0.987 on the sample and 0.973-0.980 on the long questions.
 * npm run bench's sample section, the base build then this one back to back (load 12-14, where its p99 of
 * 12-17 ms is other processes'): latch/nlp.js median 1.69 -> 1.67 (163.4/96.4 -> 156.2/93.6 µs), the slowest
 * question 745 -> 688 µs.
 *
 * Measured in s20 with `longest` (the 30 longest questions of real-questions/train.yaml, 278-377 characters; load
 * 7, 10 rounds): whole turn median 622 µs against the sample's 129 (54 characters at the median): 5.5 times the
 * length for 4.8 times the time, the rest a turn's fixed cost. Per character every stage costs what it costs on
 * the sample (recogniser 0.58 against 0.49 µs, analysis 0.17 against 0.20, rank 0.60 against 0.69): nothing grows
 * faster than the text. The exceptions are the two named above, each on few messages: the net's
 * sentence-by-sentence reading ran on 1 of the 30 (3 sentences, net 371 µs against about 105) and on 78 of
 * train.yaml's 28,797 questions (183 sentences, 0.27 %), and the rules took 79 and 114 µs on 2 of the 30 (7-18 on
 * the others), where a rule's sign is complete, as s18 found. --cpu-prof of the sample (60 rounds, load 7) inside
 * the recogniser: concept matching 56 % (the phrase starts' walk 22 of it), tokens 20, quantities 10; the
 * matcher's own time spread over its loop (a quarter at adding each concept found to the reading's map, about
 * 1.6 % of the turn). Tried and dropped: the safety net's class weights as a dense table by feature id (31,626 of the
 * 32,768 hashed features have a row, so zeros for the rest cost 164 KB) instead of a look-up of each feature's row
 * in a 128 KB table first; identical sums (each missing row adds zeros), identity 0 differences on 29,677
 * messages. compare-builds sample 0.975 and 0.990 with the builds swapped, long 1.004 (load 7-10); the net stage
 * alone, both builds in one process taking turns, 0.983 and 0.976, where the base build against itself gave 1.010
 * (quartiles 0.98-1.03): under the resolution. Each edit of src/safety retrains the net (its cache key hashes
 * those sources), 5-7 minutes at that load, which bounds how many such changes a session can try.
 *
 * Measured in s21 (--cpu-prof of 311 questions, the sample and every 37th of the development split, 150 rounds
 * after 20 of warm-up, load 2-4; shares of the whole turn's samples): ranking 35 % (the vote 10, vectorising 8
 * with its table and pair look-ups, the softmax's word sums 5, the hidden layer 5, the order 2, the 82 intent
 * objects about 1), the recogniser 26 (concept matching 15, tokens 6, quantities 3, whose each word is 2), the
 * net 18 (its features 12, scoring 5), reading the message 11 (analysis 8, facts 2.4). Counted by wrapping the
 * built-in collections, a sample question of 15 words makes some 250 Map.get, 40 Map.has, 20 Map.set and 170
 * Set.has calls in a turn, most of them by string: a concept's spans by name in every scope check (isNegated,
 * isAskedAbout, isToldOver, anyToldUndenied, countConceptNeeds: about 20 each), the net's per-concept record by
 * name (20), and each word looked up by its text once per stage (the analyser's replacements, the pieces'
 * reading, the phrase starts, the net's stem ids, the vectoriser's word cache, the illness and breast word sets:
 * about 15 each). A turn allocates 26.5 KB (sampling heap profiler): rank's intent objects 5.7, the concept map
 * and its spans 2.8, the tokens 1.9, the classify result 1.7, Map growth 1.6, the rest under 1.2 each.
 * Tried and dropped, each against the base in one process, the vote alone in a loop that evicts 1 MB between
 * messages: the similarities summed in a small hash table that stays in L1 instead of an array over every
 * phrasing (1.05x, slower); reading one number from every cache line of each word's class scores before the
 * softmax's sums, so their misses overlap (rank 1.07x, slower). Kept: the vote's two passes (the first only
 * adds) and that first pass in WebAssembly (posting-sums-kernel.ts): the vote 11.0 -> 8.4-8.9 µs. A hint of what
 * JavaScript costs there: the same two-pass loop ran 13-17 % faster when its typed arrays were module constants
 * V8 could fold than when read from the index's fields.
 *
 * Measured in s22 (--cpu-prof of the same 311 questions, 60 rounds after 20 of warm-up, load 2-5): the triage step
 * 53 % (the recogniser 31, its concept matching 20), ranking 28, the net 17, reading the message 11. Inside the
 * matching, the Element path (collectEnds) held 3.6 % of the turn though every message has the phrase code: the
 * 16 phrases that start with a gap or a two-letter prefix (".. except", ".. not sure", "go* pale") were tried at
 * every word through it, a Set look-up for each word a gap skipped. Kept: an other start is tried only when every
 * word of its phrase is in the message, and through the code. The recogniser alone (4 MB read between calls so
 * each starts cold, both builds in one process taking turns) 0.891 against main, where main against itself gave
 * 0.971; whole turns (compare-builds) 0.950 on the sample at load 4, 0.967 and 0.938 on the 30 longest at load 7.
 * Tried and dropped, each with no outcome or reading changed on 29,677 messages:
 * - the per-word record on the safety side: each token keeps the piece word it was read from (remembered between
 *   messages), which holds the phrase starts it begins, the net's stem ids and whether it stops a gap, so
 *   findPhrases, the net's word features and setCodedToken look no word up by its text: compare-builds 0.997
 *   (quartiles 0.976-1.017). The look-ups it replaces are not where the time goes, as s19 estimated;
 * - the vectoriser's 63,001 word pairs in an open-addressing table (one slot read, 1 MB) instead of a binary search
 *   in their sorted list (504 KB): the sample 0.991, the longest 0.959 at load 7, ranking alone 0.971 where main
 *   against itself gave 0.971;
 * - a going-on phrase of the tree handed on only when all its later words stand from its start on (two in three of
 *   a sample question's 39 fail that, none of those would have matched): 1.000, the recogniser alone 0.980 against
 *   0.971. Such a phrase fails at its missing word in collectCodedEnds almost at once: the check costs what it saves;
 * - ScoreOrder's keys sorted as a Float64Array instead of a BigUint64Array: 3.4 µs against 0.9-1.7 for 82 keys
 *   alone, so not built.
 *
 * Measured in s23 (--cpu-prof at a 50 µs interval over the same 311 questions, 200 rotated rounds after 20 of
 * warm-up, load 2-12; shares of the whole turn's samples), looking for work that could be skipped or shared
 * rather than made faster:
 * - by stage: the triage step 50 % (the recogniser 28: concept matching 17 of it, the phrase starts' walk 8, the
 *   matcher's own loop 6.6, the tokens 4.7, quantities 2.9; the net 18: its features 12, whose each sign is 3,
 *   its scoring 4.7; the rules 3.3), ranking 31 (the vote 7.1, the hidden layer 5.4, the softmax's word sums 4.9,
 *   vectorising 4.8, the order 1.7), reading the message 12 (normalising 5.7, the vocabulary and spelling 2.2,
 *   facts 2.4), the answer 2.7, decide 1.6 (the question sentence classified again 0.9);
 * - nothing is computed twice in a turn: per sample question the analyser runs 1.03 times (the question
 *   sentence), the recogniser reads once (recognise is asked 2.9 times and keeps its reading), the matcher,
 *   the triage tokens and the net's features once, ranking 0.93 times (not after a red flag);
 * - work by intent or concept: the matcher finishes only the concepts the message's words reach (27 found of
 *   838, 5 tried on every message without a number, 36 with one), the net reads only the concepts found; what
 *   runs over all 82 intents is the softmax's sums (per word), the exp, the order and the 82 result objects
 *   (the last two 2.3 %, 5.4 KB of the 29.1 KB a turn allocates; the matcher's spans and map 3.7 + 2.0 KB);
 * - line by line, the largest single places are the matcher's found.set (a Map by concept name, 1.3 %), the
 *   softmax's rows of pairs and repeated features (2.0 %) and the vectoriser's table;
 * - stage medians in rotation against the same message hot (sample, load 12): analyse 7.1/3.1, recognise
 *   21.3/9.1, net 13.6/5.8, rank 24.7/12.1, whole turn 99.5/38.3 µs. Every stage loses about half its time to
 *   what the other messages pushed out of the caches and the predictors; s15-s22 found the rows' sizes and
 *   the look-ups' count are not where that goes, which leaves the number of separate places a word's data
 *   lives in (its cache entry, class scores, hidden row, postings, the net's stem ids and rows, the matcher's
 *   starts), each a miss of its own.
 * Kept: the neighbours' second pass tests each posting once against a bar (0 until the best few are full, then
 * the last kept similarity), where a test for taken and one in keepIfBest each went either way with the postings:
 * the vote alone 0.895 and 1.078 with the builds swapped (sample), 0.909 and 1.066 (250 development questions),
 * about 0.92; the whole turn 0.984 (sample), 0.985 (development split), 1.001 swapped, at load 8-11, and on the
 * 30 longest training questions (up to 4,428 postings) 0.940 and 1.033 swapped, at load 6-9.
 * Tried and dropped: the hidden layer's firing units listed without a branch (each unit written, the count
 * moved on for those above 0): the hidden layer alone 1.006.
 */

const timestamp = '2026-01-15T10:00:00.000Z';
const now = () => process.hrtime.bigint();
const microseconds = (from: bigint, to: bigint) => Number(to - from) / 1000;

/** Where the p99 of `npm run bench` is: its questions of at least this many characters. */
const longQuestion = 200;

function texts(projectRoot: string, set: string, knowledgeTests: readonly string[]): string[] {
  const shared = sharedFolder(projectRoot);
  const found: string[] = [];
  const read = (path: string, keep: (source: string | undefined) => boolean = () => true) => {
    if (/held-out/.test(path)) throw new Error(`${path}: held-out files are never read`);
    if (existsSync(path)) found.push(...readLabelledQuestions(path).filter((entry) => keep(entry.source)).map((entry) => entry.q));
  };
  if (set === 'sample' || set === 'all' || set === 'long') read(join(shared, 'eval', 'sample-questions.yaml'));
  if (set === 'red-flags' || set === 'all') for (const name of ['train.yaml', 'dev.yaml']) read(join(projectRoot, 'eval', 'red-flags', name));
  if (set === 'development' || set === 'all' || set === 'long') read(join(projectRoot, 'eval', 'real-questions', 'train.yaml'), (source) => trainingPartOf(source) === 'development');
  if (set === 'lengths') return joinedLengths(found, join(shared, 'eval', 'sample-questions.yaml'));
  if (set === 'longest') return longestTrainingQuestions(projectRoot);
  // The three sets npm run bench times (sample, development split, the knowledge base's tests), their long questions only.
  if (set === 'long') return [...new Set([...found, ...knowledgeTests])].filter((text) => text.length >= longQuestion);
  return [...new Set(found)];
}

/**
 * The longest sample question alone, then followed by other sample questions (in the file's order) up to 2,
 * 3 and 5 times its length, below the 2,000 characters the guard keeps: whether any stage grows faster than
 * the text (spans tried at every position, per-concept rescans). Other questions rather than the same one
 * repeated, so each longer text has words of its own, as a long message does. Measured in s15 (load 13.5,
 * 20 rounds, stage medians): 356, 765, 1,135 and 1,796 characters took the recogniser 183, 403, 555 and 998
 * µs (0.51-0.56 µs a character), ranking 205, 414, 571 and 884 (0.49-0.58), analysis 70, 146, 191 and 344,
 * the rules 66, 125, 151 and 208: each about linear in the text, none quadratic.
 */
function joinedLengths(found: string[], samplePath: string): string[] {
  found.push(...readLabelledQuestions(samplePath).map((entry) => entry.q));
  const questions = [...new Set(found)];
  const longest = questions.reduce((first, second) => (second.length > first.length ? second : first));
  const others = questions.filter((text) => text !== longest);
  const keptByGuard = 1990;
  return [1, 2, 3, 5].map((times) => {
    let text = longest;
    for (const other of others) {
      if (text.length >= times * longest.length) break;
      if (text.length + 1 + other.length <= keptByGuard) text += ` ${other}`;
    }
    return text;
  });
}

const stageNames = ['guard', 'analyse', 'facts', 'recognise', 'rules', 'net', 'sign question', 'rank', 'whole turn'] as const;

function quantile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
}

function main(): void {
  const set = process.argv[2] ?? 'sample';
  const rounds = Number(process.argv[3] ?? 20);
  const config = loadConfig();
  const engine = buildEngine(config);
  const { options } = engine.parts;
  const triage = options.triage as RuleTriage;
  const knowledgeTests = engine.knowledgeBase.intents.flatMap((intent) => intent.tests.map((test) => test.text));
  const messages = texts(config.projectRoot, set, knowledgeTests);
  if (messages.length === 0) throw new Error(`no messages for the set ${set}: use sample, red-flags, development, all, long, longest or lengths`);

  // samples[stage][message] holds one time per round; hotSamples the same, each message's third run in a row.
  const samples = stageNames.map(() => messages.map((): number[] => []));
  const hotSamples = stageNames.map(() => messages.map((): number[] => []));
  const today = new Date(timestamp);
  const runStages = (text: string, index: number, into: number[][][] | undefined = samples) => {
    const times: bigint[] = [now()];
    const guarded = guardInput(text, options.maximumMessageLength).text;
    times.push(now());
    const analysed = options.classifier.analyse(guarded);
    times.push(now());
    const facts = mergeFacts({}, extractFacts(analysed.normalised, today));
    times.push(now());
    triage.recogniser.recognise(guarded);
    times.push(now());
    const flag = triage(guarded, analysed.words, facts);
    times.push(now());
    const checked = flag ?? options.safetyCheck?.(guarded, facts);
    times.push(now());
    if (!checked) options.signQuestion?.(guarded, facts);
    times.push(now());
    options.classifier.rank(analysed);
    times.push(now());
    if (into) for (let stage = 0; stage < stageNames.length - 1; stage++) into[stage][index].push(microseconds(times[stage], times[stage + 1]));
  };
  // The whole turn in a pass of its own: after the stages above, it would find their reading of the message kept.
  const runWhole = (text: string, index: number, into: number[][][] = samples) => {
    const start = now();
    classifyFirstMessage(engine, text, timestamp);
    into[stageNames.length - 1][index].push(microseconds(start, now()));
  };
  // The same message three times in a row, the third timed: what a stage costs with the message's own data
  // (its words' caches, weight rows, postings) still in the processor's caches and its branches learnt by its
  // predictors. Against the rotating runs above, where every message follows a different one. Measured apart
  // (a 60-120 character question, load 11): 70 µs after itself, 90 after one other message, 114 after 3, 160
  // after 15, 175 among 1,024; 72 after reading 64 KB, 139 after 1.5 MB, 371 after 16 MB, 100 after 80,000
  // random branches. Mostly data, then: a few messages' words, rows and postings together outgrow the 2 MB
  // L2, and every stage reads its own. The kept reading is replaced by an empty one first, so the recogniser
  // reads the message again.
  const runHot = (text: string, index: number) => {
    for (let run = 0; run < 3; run++) {
      triage.recogniser.recognise('');
      runStages(text, index, run === 2 ? hotSamples : undefined);
    }
    for (let run = 0; run < 3; run++) {
      triage.recogniser.recognise('');
      if (run < 2) classifyFirstMessage(engine, text, timestamp);
      else runWhole(text, index, hotSamples);
    }
  };
  const runRound = () => {
    messages.forEach((text, index) => runStages(text, index));
    messages.forEach((text, index) => runWhole(text, index));
    messages.forEach(runHot);
  };
  runRound();
  for (const stage of [...samples, ...hotSamples]) for (const times of stage) times.length = 0;
  for (let round = 0; round < rounds; round++) runRound();

  const wholeMedians = samples[stageNames.length - 1].map((times) => quantile([...times].sort((a, b) => a - b), 0.5));
  process.stdout.write(`${messages.length} messages (${set}) × ${rounds} rounds; µs per message\n`);
  process.stdout.write(`${'stage'.padEnd(16)}${'median'.padStart(10)}${'mean'.padStart(10)}${'p99'.padStart(10)}${'share'.padStart(9)}${'hot median'.padStart(12)}${'ratio'.padStart(8)}\n`);
  const means = samples.map((stage) => {
    const all = stage.flat();
    return all.reduce((sum, value) => sum + value, 0) / all.length;
  });
  const stagesTotal = means.slice(0, -1).reduce((sum, value) => sum + value, 0);
  samples.forEach((stage, index) => {
    const all = stage.flat().sort((a, b) => a - b);
    const share = index === stageNames.length - 1 ? '' : `${((100 * means[index]) / stagesTotal).toFixed(1)} %`;
    const hot = quantile(hotSamples[index].flat().sort((a, b) => a - b), 0.5);
    process.stdout.write(
      `${stageNames[index].padEnd(16)}${quantile(all, 0.5).toFixed(1).padStart(10)}${means[index].toFixed(1).padStart(10)}${quantile(all, 0.99).toFixed(1).padStart(10)}${share.padStart(9)}${hot.toFixed(1).padStart(12)}${(quantile(all, 0.5) / hot).toFixed(2).padStart(8)}\n`,
    );
  });
  const slowest = wholeMedians
    .map((median, index) => ({ median, index }))
    .sort((a, b) => b.median - a.median)
    .slice(0, 5);
  process.stdout.write('slowest whole turns (median µs, characters, stages' + "' medians):\n");
  for (const { median, index } of slowest) {
    const stages = stageNames.slice(0, -1).map((name, stage) => `${name} ${quantile([...samples[stage][index]].sort((a, b) => a - b), 0.5).toFixed(0)}`);
    process.stdout.write(`  ${median.toFixed(0)} µs, ${messages[index].length} ch: ${stages.join(', ')}\n`);
  }
  // On a shared machine the wall-clock tail is mostly other processes: the fastest round of each message, and
  // the process's CPU time over whole rounds, move only with this process's own work.
  const fastest = samples.map((stage) => stage.map((times) => Math.min(...times)).sort((a, b) => a - b));
  process.stdout.write(`fastest round per message, median over messages: ${stageNames.map((name, index) => `${name} ${quantile(fastest[index], 0.5).toFixed(1)}`).join(', ')} µs\n`);
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < rounds; round++) for (const text of messages) classifyFirstMessage(engine, text, timestamp);
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(`CPU time per whole turn (user + system, mean of ${rounds} rounds): ${((cpu.user + cpu.system) / (rounds * messages.length)).toFixed(1)} µs\n`);
  measureAllocation(messages, engine);
}

/**
 * Bytes allocated per whole turn: the heap's growth over each batch of turns, the largest of five rounds
 * (a scavenge inside a batch frees more than the batch allocates, so that round shows less growth).
 */
function measureAllocation(messages: readonly string[], engine: ReturnType<typeof buildEngine>): void {
  const batch = 20;
  const grownByBatch: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (let start = 0, number = 0; start < messages.length; start += batch, number++) {
      const heapBefore = process.memoryUsage().heapUsed;
      const end = Math.min(messages.length, start + batch);
      for (let index = start; index < end; index++) classifyFirstMessage(engine, messages[index], timestamp);
      grownByBatch[number] = Math.max(grownByBatch[number] ?? 0, process.memoryUsage().heapUsed - heapBefore);
    }
  }
  const bytes = grownByBatch.reduce((sum, grown) => sum + grown, 0);
  process.stdout.write(`allocation: ${(bytes / messages.length / 1024).toFixed(1)} KB per whole turn\n`);
}

main();
