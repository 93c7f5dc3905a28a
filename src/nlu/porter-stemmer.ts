import type { Stemmer } from 'natural/lib/natural/stemmers';

/**
 * natural's Porter stemmer, loaded on its own: natural's stemmers index loads every language's stemmers and
 * tokenizers with it (about 14 MB and a third of a second at start, in every process and test file) for
 * this one. It is the same object the index exports; the file has no type declarations of its own.
 */
export const PorterStemmer: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer');
