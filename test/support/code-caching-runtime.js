// jest's runtime, keeping V8's compiled code of each module in the worker from one test file to the next.
// jest gives every test file a fresh module registry, so each file compiled latch's modules (some 150) and
// its libraries' (a thousand more for botbuilder) from their source again, and compiled every function the
// file called again as it was first called. Here a module's code is compiled as a script wrapped in the same
// function jest's own compile makes (same parameters, nothing added to its lines), and when a test file ends,
// V8's cached data is taken from each script it compiled afresh: by then it holds every function that file
// ran. A later file in the worker compiles the same code from that data and skips parsing and compiling what
// it holds. Only compiling changes: each file still runs every module afresh in its own context, so nothing a
// module does is shared between files. Code that differs (a changed file) is compiled afresh; data V8
// refuses is dropped; what this cannot compile goes to jest's own compile (for jest's own errors).
// Plain JavaScript: jest loads the runtime before any transform applies.
'use strict';
const { setFlagsFromString } = require('node:v8');
const { runInNewContext, Script } = require('node:vm');
const Runtime = require('jest-runtime').default;

// Each test file leaves some 15-50 MB of garbage (its modules, its engine) that V8, with room to grow, did
// not collect: a worker's heap climbed past jest's workerIdleMemoryLimit (1 GB, jest.config.js) within some
// thirty files and jest replaced the worker, which then started cold (a second or so, and every module
// compiled afresh again). Past this size, once a file is done, the garbage is collected instead: one full
// collection of a heap that is mostly garbage, some 0.1 s.
const collectAboveBytes = 600e6;
let collectGarbage;
function collectAllGarbage() {
  if (!collectGarbage) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc');
  }
  collectGarbage();
}

/** filename → the transformed code last compiled from it and V8's cached data for that code. */
const compiledCode = new Map();

class CodeCachingRuntime extends Runtime {
  constructor(...parameters) {
    super(...parameters);
    /** The scripts this test file compiled without cached data, whose data is taken when it ends. */
    this.compiledAfresh = [];
    const executor = this.executor;
    const compileAsJestDoes = executor.compile.bind(executor);
    executor.compile = (source, filename) => {
      const context = executor.environment.getVmContext();
      if (context == null || executor.resolution.isCoreModule(filename)) return compileAsJestDoes(source, filename);
      const earlier = compiledCode.get(filename);
      const cachedData = earlier !== undefined && earlier.source === source ? earlier.data : undefined;
      let script;
      let compiled;
      try {
        // The wrapper is on the code's first line, so line numbers (and source maps by line) stay as they are.
        script = new Script(`(function (${executor.injectedModuleParameters.join(', ')}) {${source}\n})`, {
          filename,
          cachedData,
          importModuleDynamically: (specifier, _script, importAttributes, ...rest) => executor.dynamicImport(specifier, filename, context, importAttributes, rest[0]),
        });
        compiled = script.runInContext(context);
      } catch {
        return compileAsJestDoes(source, filename);
      }
      if (cachedData === undefined || script.cachedDataRejected) {
        compiledCode.delete(filename);
        this.compiledAfresh.push({ filename, source, script });
      }
      return compiled;
    };
  }

  teardown() {
    for (const { filename, source, script } of this.compiledAfresh) compiledCode.set(filename, { source, data: script.createCachedData() });
    this.compiledAfresh = [];
    super.teardown();
    if (process.memoryUsage().heapUsed > collectAboveBytes) collectAllGarbage();
  }
}

module.exports = CodeCachingRuntime;
