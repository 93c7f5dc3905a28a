// The tests' environment (latch-environment.js) forgets a file's tests once its results are made, so what a
// timer or socket left running keeps of a test (jest's async context of it) no longer reaches the file's modules.
const { forgetTests } = jest.requireActual<{ forgetTests(block: unknown): void }>('./latch-environment.js');

describe('forgetTests', () => {
  it('empties every describe block, test and hook, so a test kept elsewhere reaches nothing of the file', () => {
    const fileModules = { engine: 'what the file built' };
    const test: Record<string, unknown> = { type: 'test', name: 'a test', fn: () => fileModules, asyncError: new Error('where it was declared'), errors: [] };
    const hook: Record<string, unknown> = { type: 'beforeAll', fn: () => fileModules, asyncError: new Error('where it was declared') };
    const inner: Record<string, unknown> = { type: 'describeBlock', name: 'inner', children: [test], hooks: [hook] };
    const root: Record<string, unknown> = { type: 'describeBlock', name: 'ROOT_DESCRIBE_BLOCK', children: [inner], hooks: [] };
    test.parent = inner;
    hook.parent = inner;
    inner.parent = root;
    // What jest's async context of the test is: an object holding it, kept by whatever the test started.
    const keptByATimer = { test };

    forgetTests(root);

    expect(keptByATimer.test).toEqual({});
    for (const item of [hook, inner, root]) expect(Object.keys(item)).toEqual([]);
  });

  it('leaves a run without jest-circus state alone', () => {
    expect(() => forgetTests(undefined)).not.toThrow();
  });
});
