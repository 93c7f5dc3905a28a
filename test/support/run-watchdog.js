// A jest reporter that fails the run, saying what was in flight, when a test file runs far longer than any
// should or the whole run does. jest's time limits are per test and per hook: a file waiting outside them
// (loading its modules, its environment's setup or teardown, a worker jest lost track of) or jest itself
// waiting on a worker that never answers kept a run going until CI's own limit, with nothing said. One such
// run hung at high load after jest replaced a worker. The limits are far above any file's real time (the
// longest take some 30 s at a load of 13 on two cores) so a slow machine never trips them.
// On a stall it prints every file in flight with the test that last started in it and how long ago, the
// processes under jest (workers and what they started: browsers, redis-server) with their command lines, then
// ends them and jest with exit code 1.
// Plain JavaScript: jest loads reporters before any transform applies.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const { relative } = require('node:path');

/** Seconds a file may run, and the whole run, unless the reporter's options say otherwise. */
const defaults = { fileLimitSeconds: 300, runLimitSeconds: 1800, checkEverySeconds: 5 };

/** pid → parent pid and command line of every process /proc lists (empty where there is no /proc). */
function processTable() {
  const table = new Map();
  let entries = [];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return table;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name in parentheses may hold spaces; the parent pid is the second field after it.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      table.set(Number(pid), { parent, command });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** The processes under `root` (children first, then theirs), from a process table. */
function descendantsOf(root, table) {
  const found = [];
  const queue = [root];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const [pid, entry] of table) {
      if (entry.parent === parent) {
        found.push({ pid, command: entry.command });
        queue.push(pid);
      }
    }
  }
  return found;
}

class RunWatchdog {
  /**
   * @param {object} globalConfig jest's
   * @param {{fileLimitSeconds?: number, runLimitSeconds?: number, checkEverySeconds?: number}} options
   * @param {{now?: () => number, stop?: (report: string) => void, processes?: () => {pid: number, command: string}[]}} parts
   *   replaced in the reporter's own test; by default the clock, ending the processes and jest, and /proc
   */
  constructor(globalConfig, options = {}, parts = {}) {
    this.rootDir = globalConfig.rootDir;
    this.fileLimitMs = (options.fileLimitSeconds ?? defaults.fileLimitSeconds) * 1000;
    this.runLimitMs = (options.runLimitSeconds ?? defaults.runLimitSeconds) * 1000;
    this.checkEveryMs = (options.checkEverySeconds ?? defaults.checkEverySeconds) * 1000;
    this.now = parts.now ?? Date.now;
    this.stop = parts.stop ?? ((report) => this.stopRun(report));
    this.processes = parts.processes ?? (() => descendantsOf(process.pid, processTable()));
    /** test file path → when it started and the test that last started in it */
    this.inFlight = new Map();
    this.runStarted = undefined;
    this.timer = undefined;
  }

  onRunStart() {
    this.runStarted = this.now();
    this.timer = setInterval(() => this.check(), this.checkEveryMs);
    // Never what keeps jest running: it stops checking once jest has nothing else to wait for.
    this.timer.unref();
  }

  onTestFileStart(test) {
    this.inFlight.set(test.path, { started: this.now(), testName: undefined, testStarted: undefined });
  }

  onTestCaseStart(test, testCase) {
    const file = this.inFlight.get(test.path);
    if (file) {
      file.testName = testCase.fullName;
      file.testStarted = this.now();
    }
  }

  onTestFileResult(test) {
    this.inFlight.delete(test.path);
  }

  onRunComplete() {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** The report of a stall when a file or the run is over its limit (and the run stopped), else undefined. */
  check() {
    const now = this.now();
    const overdue = [...this.inFlight].filter(([, file]) => now - file.started > this.fileLimitMs);
    const runOver = this.runStarted !== undefined && now - this.runStarted > this.runLimitMs;
    if (overdue.length === 0 && !runOver) return undefined;
    const seconds = (ms) => `${Math.round(ms / 1000)} s`;
    const lines = [
      '',
      runOver
        ? `latch tests: the run has taken ${seconds(now - this.runStarted)}, over its limit of ${seconds(this.runLimitMs)}: stopped as hung.`
        : `latch tests: ${overdue.map(([path]) => relative(this.rootDir, path)).join(', ')} ran over the limit of ${seconds(this.fileLimitMs)} a file: stopped as hung.`,
      `Test files in flight (${this.inFlight.size}):`,
    ];
    for (const [path, file] of this.inFlight) {
      const where = file.testName === undefined ? 'no test started yet (loading, setup or a beforeAll)' : `last test started: "${file.testName}", ${seconds(now - file.testStarted)} ago`;
      lines.push(`  ${relative(this.rootDir, path)}: ${seconds(now - file.started)}; ${where}`);
    }
    if (this.inFlight.size === 0) lines.push('  none: jest is waiting on a worker with no file in flight, or on its own end');
    const processes = this.processes();
    lines.push(`Processes under jest (${processes.length}; ended now):`);
    for (const { pid, command } of processes) lines.push(`  ${pid} ${command.slice(0, 200)}`);
    const report = lines.join('\n') + '\n';
    this.onRunComplete();
    this.stop(report);
    return report;
  }

  /** Prints the report, ends every process under jest (a hung worker, a browser or redis-server it started) and jest. */
  stopRun(report) {
    process.stderr.write(report);
    for (const { pid } of this.processes()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    process.exit(1);
  }
}

module.exports = RunWatchdog;
