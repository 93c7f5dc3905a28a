import { join } from 'node:path';

// The reporter is plain JavaScript (jest loads it before any transform); its parts are given here: a clock the
// test moves, a stop that records the report instead of ending jest, and a fixed list of processes.
const RunWatchdog = require('./run-watchdog') as new (
  globalConfig: { rootDir: string },
  options: { fileLimitSeconds?: number; runLimitSeconds?: number },
  parts: { now: () => number; stop: (report: string) => void; processes: () => { pid: number; command: string }[] },
) => {
  onRunStart(): void;
  onTestFileStart(test: { path: string }): void;
  onTestCaseStart(test: { path: string }, testCase: { fullName: string }): void;
  onTestFileResult(test: { path: string }): void;
  onRunComplete(): void;
  check(): string | undefined;
};

const rootDir = '/repo';
const slowFile = { path: join(rootDir, 'test/server/slow.test.ts') };
const quickFile = { path: join(rootDir, 'test/engine/quick.test.ts') };

function watchdog(limits: { fileLimitSeconds?: number; runLimitSeconds?: number }) {
  let now = 1_000_000;
  const reports: string[] = [];
  const reporter = new RunWatchdog({ rootDir }, limits, {
    now: () => now,
    stop: (report) => reports.push(report),
    processes: () => [{ pid: 4242, command: 'node jest-worker/build/processChild.js' }, { pid: 4343, command: 'redis-server --port 40000' }],
  });
  reporter.onRunStart();
  return { reporter, reports, advance: (seconds: number) => (now += seconds * 1000) };
}

describe('the run watchdog (a jest reporter)', () => {
  it('says nothing while every file in flight is within its limit', () => {
    const { reporter, reports, advance } = watchdog({ fileLimitSeconds: 300, runLimitSeconds: 1800 });
    reporter.onTestFileStart(slowFile);
    advance(299);
    expect(reporter.check()).toBeUndefined();
    reporter.onTestFileResult(slowFile);
    advance(600);
    expect(reporter.check()).toBeUndefined();
    expect(reports).toEqual([]);
    reporter.onRunComplete();
  });

  it('stops a run whose file is over its limit, naming the file, the test in flight in each file and the processes', () => {
    const { reporter, reports, advance } = watchdog({ fileLimitSeconds: 300, runLimitSeconds: 1800 });
    reporter.onTestFileStart(slowFile);
    advance(10);
    reporter.onTestCaseStart(slowFile, { fullName: 'the server closes cleanly' });
    advance(200);
    reporter.onTestFileStart(quickFile);
    advance(91);
    const report = reporter.check();
    expect(reports).toEqual([report]);
    expect(report).toContain('test/server/slow.test.ts ran over the limit of 300 s a file: stopped as hung.');
    expect(report).toContain('test/server/slow.test.ts: 301 s; last test started: "the server closes cleanly", 291 s ago');
    expect(report).toContain('test/engine/quick.test.ts: 91 s; no test started yet (loading, setup or a beforeAll)');
    expect(report).toContain('4343 redis-server --port 40000');
    // Stopped once: it checks no more after a stop.
    reporter.onRunComplete();
  });

  it('stops a run over its whole limit even with no file in flight (jest waiting on a worker that never answers)', () => {
    const { reporter, reports, advance } = watchdog({ fileLimitSeconds: 300, runLimitSeconds: 1800 });
    for (let index = 0; index < 10; index += 1) {
      reporter.onTestFileStart(quickFile);
      advance(180);
      reporter.onTestFileResult(quickFile);
    }
    expect(reporter.check()).toBeUndefined();
    advance(1);
    const report = reporter.check();
    expect(reports).toHaveLength(1);
    expect(report).toContain('the run has taken 1801 s, over its limit of 1800 s: stopped as hung.');
    expect(report).toContain('none: jest is waiting on a worker with no file in flight');
  });
});
