// The tests' environment (latch-environment.js), recording for each test file the worker's CPU time and, for every test and hook,
// how long it ran against its time limit (its own, jest.setTimeout's or jest's default). Used only when
// LATCH_TEST_TIMES names a file (see jest.config.js): each test file appends one JSON line to it, and
// scripts/test-time-margins.js reports the files' CPU and every test or hook within 2× of its limit.
// Plain JavaScript: jest loads the environment before any transform applies.
'use strict';
const { appendFileSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { Session } = require('node:inspector');
const { join, relative } = require('node:path');
const { performance } = require('node:perf_hooks');
const LatchEnvironment = require('./latch-environment');

/** "describe › nested › name", as jest prints it. */
function fullName(block, name) {
  const parts = [name];
  for (let parent = block; parent && parent.parent; parent = parent.parent) parts.unshift(parent.name);
  return parts.join(' › ');
}

/**
 * The CPU of the worker's child processes that have ended and been waited for (browsers, redis-server, node
 * children), from /proc (Linux; 0 elsewhere): what a file costs outside its worker.
 */
function childCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After the name: state is field 3, cutime and cstime fields 16 and 17, in clock ticks (100 a second on Linux).
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

/**
 * How many of each kind of resource keep the event loop alive now (Node's names: Timeout, TCPServerWrap...).
 * Not IntervalHistogram: Node 20 lists a histogram made and never enabled (server-metrics.test.ts makes one to
 * reach its prototype), though neither it nor an enabled one (its timer is unref'd) keeps a process alive.
 */
function activeResources() {
  const counts = new Map();
  for (const kind of process.getActiveResourcesInfo()) if (kind !== 'IntervalHistogram') counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return counts;
}

/** The kinds there are more of at the end than at the start, with how many more. */
function leftOver(atStart, atEnd) {
  return [...atEnd].filter(([kind, count]) => count > (atStart.get(kind) ?? 0)).map(([kind, count]) => `${kind} +${count - (atStart.get(kind) ?? 0)}`);
}

class TimeMarginsEnvironment extends LatchEnvironment {
  constructor(config, context) {
    super(config, context);
    // What the worker keeps from the files before: the heap as this file starts, after any collection.
    this.heapAtStartMb = Math.round(process.memoryUsage().heapUsed / 1e6);
    this.file = relative(config.globalConfig.rootDir, context.testPath);
    this.output = process.env.LATCH_TEST_TIMES;
    this.startedCpu = process.cpuUsage();
    this.startedChildCpuMs = childCpuMs();
    this.resourcesAtStart = activeResources();
    this.startedAt = performance.now();
    this.records = [];
    this.running = new Map();
    // LATCH_TEST_PROFILE=folder: V8's CPU profile of each file as it runs in its worker (jest's workers end
    // without writing node's own --cpu-prof), one .cpuprofile per file, named after it.
    this.profileFolder = process.env.LATCH_TEST_PROFILE;
    if (this.profileFolder) {
      this.profiler = new Session();
      this.profiler.connect();
      this.profiler.post('Profiler.enable');
      this.profiler.post('Profiler.start');
    }
  }

  handleTestEvent(event, state) {
    super.handleTestEvent(event, state);
    if (event.name === 'test_fn_start') this.running.set(event.test, { at: performance.now(), cpu: process.cpuUsage() });
    else if (event.name === 'hook_start') this.running.set(event.hook, { at: performance.now(), cpu: process.cpuUsage() });
    else if (event.name === 'test_fn_success' || event.name === 'test_fn_failure') this.record('test', event.test, fullName(event.test.parent, event.test.name), state);
    else if (event.name === 'hook_success' || event.name === 'hook_failure') this.record(event.hook.type, event.hook, fullName(event.hook.parent, event.hook.type), state);
  }

  record(kind, item, name, state) {
    const started = this.running.get(item);
    if (started === undefined) return;
    this.running.delete(item);
    const cpu = process.cpuUsage(started.cpu);
    this.records.push({ kind, name, ms: Math.round(performance.now() - started.at), cpuMs: Math.round((cpu.user + cpu.system) / 1000), limitMs: item.timeout || state.testTimeout });
  }

  async teardown() {
    const cpu = process.cpuUsage(this.startedCpu);
    if (this.output) {
      // The worker's pid and heap tell which files shared a worker and whether it kept memory from file to file:
      // the heap as the file started (after any collection of the earlier files' garbage) and as it ended.
      const line = { file: this.file, pid: process.pid, heapAtStartMb: this.heapAtStartMb, heapMb: Math.round(process.memoryUsage().heapUsed / 1e6), wallMs: Math.round(performance.now() - this.startedAt), cpuMs: Math.round((cpu.user + cpu.system) / 1000), childCpuMs: childCpuMs() - this.startedChildCpuMs, records: this.records };
      appendFileSync(this.output, JSON.stringify(line) + '\n');
    }
    if (this.profiler) await this.writeProfile();
    await super.teardown();
    // What the file left keeping the worker's event loop alive once it is torn down (a server, socket, timer or
    // child not closed): one such in the worker's last file and jest reports "A worker process has failed to
    // exit gracefully". Appended as a line of its own, as the file's line is written before the teardown.
    // A handle closed just now (a child's after its exit, a socket after its end) goes at the loop's next turns:
    // looked at again after a moment, only what stays is reported.
    // jest gives a worker 500 ms to end once its files are done: what stays past 600 ms is reported as left,
    // what had gone by then as closing (a file that leaves those last is not held, but the list shows what
    // closes late).
    const closing = leftOver(this.resourcesAtStart, activeResources());
    let left = closing;
    if (closing.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 600));
      left = leftOver(this.resourcesAtStart, activeResources());
    }
    if (this.output && closing.length > 0) appendFileSync(this.output, JSON.stringify({ leftBy: this.file, pid: process.pid, left, closing }) + '\n');
  }

  writeProfile() {
    return new Promise((resolve) => {
      this.profiler.post('Profiler.stop', (error, result) => {
        if (!error) {
          mkdirSync(this.profileFolder, { recursive: true });
          writeFileSync(join(this.profileFolder, `${this.file.replace(/[\\/]/g, '+')}.cpuprofile`), JSON.stringify(result.profile));
        }
        this.profiler.disconnect();
        resolve();
      });
    });
  }
}

module.exports = TimeMarginsEnvironment;
