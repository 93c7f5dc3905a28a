// The tests' environment (latch-environment.js), recording for each test file the worker's CPU time and, for every test and hook,
// how long it ran against its time limit (its own, jest.setTimeout's or jest's default). Used only when
// LATCH_TEST_TIMES names a file (see jest.config.js): each test file appends one JSON line to it, and
// scripts/test-time-margins.js reports the files' CPU and every test or hook within 2× of its limit.
// Plain JavaScript: jest loads the environment before any transform applies.
'use strict';
const { appendFileSync, mkdirSync, writeFileSync } = require('node:fs');
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

class TimeMarginsEnvironment extends LatchEnvironment {
  constructor(config, context) {
    super(config, context);
    // What the worker keeps from the files before: the heap as this file starts, after any collection.
    this.heapAtStartMb = Math.round(process.memoryUsage().heapUsed / 1e6);
    this.file = relative(config.globalConfig.rootDir, context.testPath);
    this.output = process.env.LATCH_TEST_TIMES;
    this.startedCpu = process.cpuUsage();
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
    if (event.name === 'test_fn_start') this.running.set(event.test, performance.now());
    else if (event.name === 'hook_start') this.running.set(event.hook, performance.now());
    else if (event.name === 'test_fn_success' || event.name === 'test_fn_failure') this.record('test', event.test, fullName(event.test.parent, event.test.name), state);
    else if (event.name === 'hook_success' || event.name === 'hook_failure') this.record(event.hook.type, event.hook, fullName(event.hook.parent, event.hook.type), state);
  }

  record(kind, item, name, state) {
    const started = this.running.get(item);
    if (started === undefined) return;
    this.running.delete(item);
    this.records.push({ kind, name, ms: Math.round(performance.now() - started), limitMs: item.timeout || state.testTimeout });
  }

  async teardown() {
    const cpu = process.cpuUsage(this.startedCpu);
    if (this.output) {
      // The worker's pid and heap tell which files shared a worker and whether it kept memory from file to file:
      // the heap as the file started (after any collection of the earlier files' garbage) and as it ended.
      const line = { file: this.file, pid: process.pid, heapAtStartMb: this.heapAtStartMb, heapMb: Math.round(process.memoryUsage().heapUsed / 1e6), wallMs: Math.round(performance.now() - this.startedAt), cpuMs: Math.round((cpu.user + cpu.system) / 1000), records: this.records };
      appendFileSync(this.output, JSON.stringify(line) + '\n');
    }
    if (this.profiler) await this.writeProfile();
    await super.teardown();
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
