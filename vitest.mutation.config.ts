import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The suite Stryker runs against each mutant (stryker.config.mjs): only the test files named
 * for the modules being mutated, which stryker.config.mjs passes in KESHER_MUTATION_TESTS.
 * With per-test coverage, Stryker then runs a mutant only against the tests that reach it.
 */
const named: unknown = JSON.parse(process.env.KESHER_MUTATION_TESTS ?? '[]');
if (!Array.isArray(named) || named.length === 0)
  throw new Error('Run through `npm run mutation -- --mutate <file>`: no test files were named for the module');

// Spread rather than mergeConfig, which would append these files to the base suite's globs.
export default defineConfig({ ...base, test: { ...base.test, include: named as string[], reporters: ['dot'] } });
