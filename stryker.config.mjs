import process from 'node:process';

// Mutation testing of the security- and rule-critical modules; scores in docs/mutation.md.
// Slow (minutes per module on two cores), so it is not part of CI or `npm test`: run it by
// hand, one module at a time:
//   npm run mutation -- --mutate electron/domain/israeli-id.ts

/**
 * Each module and the tests that exercise it. vitest's own `related` would follow every
 * import chain, and since the store runtime imports every service, nearly every integration
 * test "relates" to every module: the dry run alone then took over five minutes. Naming the
 * tests keeps a module's run to the tests written for it.
 */
const testsOf = {
  'electron/api/permissions.ts': ['test/unit/api/permissions.test.ts', 'test/unit/api/role-matrix.test.ts'],
  // Over a fake dispatcher: the integration tests (real dispatch and app state, still in `npm test`)
  // load the whole store runtime per mutant and kill nothing these do not.
  'electron/api/transports/http.ts': [
    'test/unit/api/http-transport-rules.test.ts',
    'test/unit/api/http-transport-bodies.test.ts',
  ],
  'electron/api/dispatch.ts': [
    'test/unit/api/dispatch.test.ts',
    'test/unit/api/dispatch-edges.test.ts',
    // The caller's scope, the activity mark and each refusal in words, on a fake runtime: the
    // role matrix (permissions.test.ts, ~1,500 calls) and the store-backed session-activity test
    // reached every mutant too and made the run take hours on the shared cores.
    'test/unit/api/dispatch-scope.test.ts',
    'test/unit/api/storage-errors.test.ts',
  ],
  'db/repositories/audit.ts': ['test/integration/audit.test.ts', 'test/unit/db/audit-chain.test.ts'],
  'electron/services/auth/keyring.ts': [
    'test/unit/auth/keyring.test.ts',
    'test/unit/auth/keyring-unknown-account.test.ts',
    'test/unit/auth/keyring-edges.test.ts',
    // Key hygiene: each password, recovery key and derived key zeroed once used (the fill(0) calls).
    'test/unit/auth/keyring-wipes.test.ts',
    // A keyring file as this version writes it: how a username is filed and what a key is bound to.
    'test/unit/auth/keyring-compat.test.ts',
    'test/integration/keyring-unlock.test.ts',
  ],
  'electron/services/auth/keyring-file.ts': [
    'test/unit/auth/keyring-file.test.ts',
    'test/unit/auth/keyring-file-edges.test.ts',
    'test/unit/auth/keyring.test.ts',
  ],
  'electron/domain/israeli-id.ts': ['test/unit/domain/israeli-id.test.ts'],
  'electron/domain/hebrew-normalise.ts': [
    'test/unit/domain/hebrew-normalise.test.ts',
    'test/unit/domain/name-search-forms.test.ts',
  ],
  'electron/domain/lifecycle.ts': ['test/unit/domain/lifecycle.test.ts'],
  'electron/domain/plans.ts': ['test/unit/domain/plans.test.ts'],
  'electron/domain/follow-ups.ts': ['test/unit/domain/follow-ups.test.ts', 'test/unit/domain/follow-ups-edges.test.ts'],
  'electron/domain/exit-proposals.ts': [
    'test/unit/domain/exit-proposals.test.ts',
    'test/unit/domain/exit-proposals-edges.test.ts',
  ],
  'electron/domain/completion.ts': ['test/unit/domain/completion.test.ts'],
  'electron/domain/schedule.ts': [
    'test/unit/domain/schedule.test.ts',
    'test/unit/domain/schedule-edges.test.ts',
    'test/unit/domain/schedule-calendar.test.ts',
  ],
  'electron/domain/crf1/dates.ts': ['test/unit/domain/crf1/dates.test.ts', 'test/unit/domain/crf1/dates-agree.test.ts'],
  'electron/domain/wait-list.ts': ['test/unit/domain/schedule.test.ts', 'test/unit/domain/wait-list.test.ts'],
  // The §5 formulas on built records; the golden export test (test/integration/crf1-golden) checks
  // them too, but through an encrypted store and the export service per mutant.
  'electron/domain/crf1/indicators.ts': [
    'test/unit/domain/crf1/indicators-people.test.ts',
    'test/unit/domain/crf1/indicators-employment.test.ts',
    'test/unit/domain/crf1/indicators-workshops-coaches.test.ts',
    'test/unit/domain/crf1/indicators-edges.test.ts',
  ],
};

// `--mutate a.ts,b.ts` on the command line picks the modules (and so the tests) of this run.
const at = process.argv.indexOf('--mutate');
// A line range (`http.ts:118-121`, Stryker's own syntax) runs the whole module's tests.
const chosen = at >= 0 ? process.argv[at + 1].split(',').map((m) => m.replace(/:[\d:-]+$/, '')) : Object.keys(testsOf);
// Read by vitest.mutation.config.ts, in this process and in the test runners Stryker forks.
process.env.KESHER_MUTATION_TESTS = JSON.stringify([...new Set(chosen.flatMap((file) => testsOf[file] ?? []))]);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  // Each mutant runs only against the tests that reached its code in the first (dry) run.
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 15,
  ignoreStatic: true,
  mutate: Object.keys(testsOf),
  // Anchored to the project root (gitignore syntax): a bare 'reports' also dropped
  // electron/services/reports from the sandbox, so every test importing the runtime failed to load.
  ignorePatterns: [
    '/dist',
    '/release',
    '/reports',
    '/coverage',
    '/test-results',
    '/screenshots',
    '.bench-build-*',
    // Another module's run going on beside this one keeps its sandbox here.
    '.stryker-tmp*',
    'test/e2e',
    'test/bench',
  ],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
