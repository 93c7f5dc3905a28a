import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { workerMemo } from './worker-memo';

/**
 * An RSA key pair for signing test tokens, made once per jest worker for each name and kept in the worker's
 * memo as PEM: making a 2048-bit key took 0.15-0.7 s of CPU, and two files made five of them. Different names
 * give different keys, so a file's "signed by another key" stays another key.
 */
export function testRsaKey(name: string): { privateKey: KeyObject; publicKey: KeyObject } {
  const pem = workerMemo(`test RSA key ${name}`, () => generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'pem', type: 'pkcs8' }) as string);
  const privateKey = createPrivateKey(pem);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}
