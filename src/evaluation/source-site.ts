import { createHash } from 'node:crypto';

// Second-level labels under a country code that are not a site by themselves (example.co.uk).
const sharedSecondLevels = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'asn', 'edu', 'id', 'ltd', 'plc', 'sch']);

/** The registrable site of a page's address, the same rule as scripts/source-split.js uses to split corpora. */
export function siteOf(address: string): string {
  const hostname = new URL(address).hostname.toLowerCase().replace(/\.$/, '');
  const labels = hostname.split('.').filter((label) => label !== '');
  const keep = labels.length >= 3 && labels[labels.length - 1].length === 2 && sharedSecondLevels.has(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export type TrainingPart = 'examples' | 'development';

/**
 * Which side of the training corpus a page's question goes to: into the intents' examples, or into the
 * development split that chooses the model and tunes the decide policy. Split by site, with a hash of its
 * own (not the one that made the held-out part), so a site's phrasing habits never sit on both sides and
 * nobody can move a question to the side that suits them. About 30 % of sites are development.
 */
export function trainingPartOf(address: string | undefined): TrainingPart {
  if (!address) return 'examples';
  let site: string;
  try {
    site = siteOf(address);
  } catch {
    return 'examples';
  }
  return createHash('sha256').update(`development:${site}`).digest()[0] < 77 ? 'development' : 'examples';
}
