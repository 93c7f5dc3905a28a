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
const { Script } = require('node:vm');
const Runtime = require('jest-runtime').default;

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
      const compileWith = (parameters) => {
        // The wrapper is on the code's first line, so line numbers (and source maps by line) stay as they are.
        const made = new Script(`(function (${parameters.join(', ')}) {${source}\n})`, {
          filename,
          cachedData,
          importModuleDynamically: (specifier, _script, importAttributes, ...rest) => executor.dynamicImport(specifier, filename, context, importAttributes, rest[0]),
        });
        return { made, compiled: made.runInContext(context) };
      };
      let script;
      let compiled;
      try {
        ({ made: script, compiled } = compileWith(executor.injectedModuleParameters));
      } catch {
        // A module that declares one of the injected built-ins (jest.config.js's sandboxInjectedGlobals) with
        // const, let or class cannot take it as a parameter: it gets jest's own parameters alone (jest's call
        // passes the built-ins after them, which such a function ignores) and reads the rest from the global.
        try {
          ({ made: script, compiled } = compileWith(executor.injectedModuleParameters.slice(0, executor.injectedModuleParameters.length - sandboxInjectedCount(executor))));
        } catch {
          return compileAsJestDoes(source, filename);
        }
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
  }
}

/** How many of jest's module parameters are the configuration's sandboxInjectedGlobals (they come last). */
function sandboxInjectedCount(executor) {
  return executor.config.sandboxInjectedGlobals?.length ?? 0;
}

module.exports = CodeCachingRuntime;
