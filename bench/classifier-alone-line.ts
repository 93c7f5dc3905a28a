/**
 * How bench/classifiers.ts starts its line comparing latch's classifier alone with nlp.js, so that
 * bench/all.ts finds that line in the output without running the classifier benchmark's code itself.
 */
export const classifierAloneLinePrefix = 'latch classifier alone / nlp.js, the same answering policy: latency ';
