import { loadEnglishWords } from '../../src/nlu/english-words';
import { sharedEnglishWords } from './shared-engine';
import { testRsaKey } from './test-rsa-key';
import { workerMemo } from './worker-memo';

describe('the jest worker memo', () => {
  it('is there: the tests run in the environment that keeps it', () => {
    expect(typeof (globalThis as { latchWorkerMemo?: unknown }).latchWorkerMemo).toBe('object');
  });

  it('makes a key\'s string once and gives it again without making it', () => {
    const key = `worker-memo test ${process.pid} ${Math.random()}`;
    const make = jest.fn(() => 'made once');
    expect(workerMemo(key, make)).toBe('made once');
    expect(workerMemo(key, make)).toBe('made once');
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('keeps strings only, so no test file\'s objects reach the next file', () => {
    expect(() => workerMemo(`worker-memo object ${Math.random()}`, () => ({}) as unknown as string)).toThrow(/keeps strings only/);
  });

  it('keeps a test RSA key by name: the same key for a name again, another key for another name', () => {
    // The server tests' names: made here only when no server test has made them in this worker.
    const modulus = (name: string) => (testRsaKey(name).publicKey.export({ format: 'jwk' }) as { n: string }).n;
    expect(modulus('signing')).toBe(modulus('signing'));
    expect(modulus('other')).not.toBe(modulus('signing'));
    expect(testRsaKey('signing').privateKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    // Making a key takes a random time, 0.15-0.7 s of CPU each: 2.23 s for two in a whole run at load 13.
  }, 30_000);

  it('gives the rule triage the same English words loadEnglishWords reads', () => {
    const read = loadEnglishWords();
    expect(sharedEnglishWords().size).toBe(read.size);
    expect(sharedEnglishWords().joined).toBe(read.joined);
    expect(sharedEnglishWords().has('match')).toBe(true);
  });
});
