import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { workerMemo } from './worker-memo';

/** The names the server tests sign with; the global setup makes a key for each ahead of the test files. */
export const testRsaKeyNames = ['signing', 'other', 'webchat only'] as const;

/** Where the global setup keeps the keys it made: throwaway keys for test tokens, in the gitignored cache. */
function keptKeysPath(cacheDirectory: string): string {
  return join(cacheDirectory, 'test-rsa-keys.json');
}

function newKeyPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
}

/**
 * Makes the test keys of `testRsaKeyNames` into the cache folder once, unless they are there: making a 2048-bit
 * key takes 0.15-0.7 s of CPU, and each jest worker made every key its files used (up to six in a whole run on
 * two cores). Called by jest's global setup, which `npm test` runs before jest (scripts/prepare-tests.js).
 */
export function keepTestRsaKeys(cacheDirectory: string): void {
  const path = keptKeysPath(cacheDirectory);
  if (keptKeys(path) !== undefined) return;
  const keys = Object.fromEntries(testRsaKeyNames.map((name) => [name, newKeyPem()]));
  try {
    writeFileSync(path, JSON.stringify(keys));
  } catch {
    // Not kept: each worker makes its own, as it did before.
  }
}

function keptKeys(path: string): Record<string, string> | undefined {
  try {
    if (!existsSync(path)) return undefined;
    const keys = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    return testRsaKeyNames.every((name) => typeof keys[name] === 'string') ? (keys as Record<string, string>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An RSA key pair for signing test tokens, the same for a name in every test file of a run (made by the global
 * setup, else once per jest worker) and kept in the worker's memo as PEM. Different names give different keys,
 * so a file's "signed by another key" stays another key.
 */
export function testRsaKey(name: string): { privateKey: KeyObject; publicKey: KeyObject } {
  const pem = workerMemo(`test RSA key ${name}`, () => {
    const cacheDirectory = loadConfig({}).modelCacheDirectory;
    return (cacheDirectory ? keptKeys(keptKeysPath(cacheDirectory))?.[name] : undefined) ?? newKeyPem();
  });
  const privateKey = createPrivateKey(pem);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
