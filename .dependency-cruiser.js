/**
 * The layers of src/ (each the folder src/<name>/), top to bottom: a file may import from its own layer and from layers below it, never
 * from one above (DESIGN.md's direction). The app shell (command line, composition) sits on top; the model
 * client (llm/) sits below the engine, which owns the personalise step. Any import that points up would be
 * listed, one by one, in .dependency-cruiser-known-violations.json (empty now); a new one fails test/architecture.
 * Folders of one layer may import each other one way only (no-folder-cycle).
 */
const layers = ['app', 'server', 'stores', 'channels', 'evaluation', 'config', 'engine', 'llm', 'dialog', 'safety', 'nlu', 'knowledge'].map(
  (name) => ({ name, path: `^src/${name}/` }),
);

const upwardImports = layers.slice(1).map((layer, index) => ({
  name: `${layer.name}-imports-upward`,
  comment: `${layer.name} may not import from ${layers.slice(0, index + 1).map((above) => above.name).join(', ')}, which sit above it`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: layers.slice(0, index + 1).map((above) => `(${above.path})`).join('|') },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Two files that import each other (directly or round a loop) cannot be read, tested or moved apart.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      comment:
        'Two folders whose files import each other (channels/web and channels/botbuilder did) cannot be read or replaced apart, even within one layer; make the arrows point one way, e.g. through an interface the lower folder owns.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'unlayered-file',
      comment: 'Every file of src/ belongs to a layer in .dependency-cruiser.js; add its folder to the list.',
      severity: 'error',
      from: { path: '^src/', pathNot: layers.map((layer) => `(${layer.path})`).join('|') },
      to: {},
    },
    {
      name: 'botbuilder-outside-its-folder',
      comment: 'Only src/channels/botbuilder/ may use the Bot Framework SDK, so moving to its successor (the Microsoft 365 Agents SDK) replaces one folder.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/channels/botbuilder/' },
      to: { path: '^node_modules/(botbuilder[^/]*|botframework-(connector|schema))/' },
    },
    ...upwardImports,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // node_modules is not followed but kept, so the rule on botbuilder imports can see them.
    exclude: { path: '^dist/' },
    // Type-only imports count: they tie the files together just as much for reading and moving.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
