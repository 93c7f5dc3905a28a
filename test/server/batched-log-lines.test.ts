import { BatchedLogLines } from '../../src/server/batched-log-lines';
import { createLogger } from '../../src/server/create-logger';

const collector = () => {
  const writes: string[] = [];
  return { writes, target: { write: (text: string) => writes.push(text), flushSync: () => undefined } };
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('BatchedLogLines', () => {
  it('hands the lines of a batch window to the writer as one string, in order', async () => {
    const { writes, target } = collector();
    const lines = new BatchedLogLines(target, { batchMs: 10 });
    lines.write('one\n');
    lines.write('two\n');
    expect(writes).toEqual([]);
    await pause(40);
    lines.write('three\n');
    await pause(40);
    expect(writes).toEqual(['one\ntwo\n', 'three\n']);
  });

  it('hands over at once when too much waits, and on flush', () => {
    const { writes, target } = collector();
    const lines = new BatchedLogLines(target, { batchMs: 60_000, maximumWaiting: 8 });
    lines.write('1234');
    lines.write('5678');
    expect(writes).toEqual(['12345678']);
    lines.write('last');
    const flushed = jest.fn();
    lines.flush(flushed);
    expect(writes).toEqual(['12345678', 'last']);
    expect(flushed).toHaveBeenCalled();
  });

  it('carries pino lines whole', async () => {
    const { writes, target } = collector();
    const logger = createLogger({ logLevel: 'info' }, new BatchedLogLines(target, { batchMs: 5 }));
    logger.info({ event: 'turn', route: 'answer' }, 'turn answered');
    logger.info({ event: 'turn', route: 'refer' }, 'turn answered');
    await pause(30);
    expect(writes).toHaveLength(1);
    expect(writes[0].trim().split('\n').map((line) => JSON.parse(line).route)).toEqual(['answer', 'refer']);
  });
});
