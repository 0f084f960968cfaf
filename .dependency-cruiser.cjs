// The layers of src/, checked by dependency-cruiser in `npm test` (npm run layers). Imports only
// point down:
//
//   core                 findings, errors, paths, guards: imports nothing of ours
//   util, i18n           small helpers and the messages: import only core
//   model                the one guideline model (openGuideline), schemas, records: core, util, i18n
//   git                  git access: below everything that commits or reads history
//   rules, analyze,      checks, analyses, review tracking, comment logic over the model
//   tracking, comments
//   ops                  every write: one apply-with-rollback, identity, commit messages
//   format, render       validate's output formats; the document model and its renderers
//   cli                  the command table, prompts, output: the only one that may import cli
//
// README "Layout" names each folder's one job.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two modules one; split what both need into a lower layer.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'only-cli-imports-cli',
      severity: 'error',
      comment: 'The command line sits on top: nothing below it may depend on it.',
      from: { path: '^src/(?!cli/)' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'core-imports-nothing-of-ours',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'util-and-i18n-import-only-core',
      severity: 'error',
      from: { path: '^src/(util|i18n)/' },
      to: { path: '^src/(?!core/|util/|i18n/)' },
    },
    {
      name: 'model-imports-only-core-util-i18n',
      severity: 'error',
      comment: 'The model is read by everything above it and knows none of it.',
      from: { path: '^src/model/' },
      to: { path: '^src/(?!core/|util/|i18n/|model/)' },
    },
    {
      name: 'git-stays-below-the-domain',
      severity: 'error',
      from: { path: '^src/git/' },
      to: { path: '^src/(?!core/|util/|i18n/|model/|git/)' },
    },
    {
      name: 'domain-layer-does-not-write-or-present',
      severity: 'error',
      comment: 'Checks, analyses, tracking and comment logic read the model; writing is ops, presenting is format/render/cli.',
      from: { path: '^src/(rules|analyze|tracking|comments)/' },
      to: { path: '^src/(ops|format|render|cli|bench)/' },
    },
    {
      name: 'analyses-run-no-rules',
      severity: 'error',
      comment: 'Rules ask the analyses (through their context); the analyses never ask the rules.',
      from: { path: '^src/analyze/' },
      to: { path: '^src/rules/' },
    },
    {
      name: 'ops-do-not-present',
      severity: 'error',
      from: { path: '^src/ops/' },
      to: { path: '^src/(format|render|cli|bench)/' },
    },
    {
      name: 'formatters-are-pure',
      severity: 'error',
      comment: 'A formatter turns findings into text: it imports no command, no model reading, no write.',
      from: { path: '^src/format/' },
      to: { path: '^src/(?!core/|i18n/|format/)' },
    },
    {
      name: 'render-does-not-write-or-command',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: '^src/(ops|cli|format|bench)/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|build)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
