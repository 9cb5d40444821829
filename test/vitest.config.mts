import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Cross-process tests: real server processes, real PostgreSQL, real HTTP and WebSocket. They need the compiled
// server (`npm run build -w shared && npm run build -w server`); the root `npm test` builds first.
// (.mts: this package is CommonJS, vitest/config is ESM-only.)
export default defineConfig({
  resolve: {
    // One graphql instance, or "Cannot use GraphQLSchema from another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['integration/**/*.test.ts', 'e2e/**/*.test.ts'],
    // The default output, then the hardening summary (issue 8) at the end of the run.
    reporters: ['default', './support/hardening-reporter.ts'],
    environment: 'node',
    // One throw-away PostgreSQL for the whole run; files get their own databases in it.
    globalSetup: ['./support/global-setup.ts'],
    // Stops any server or cluster a failed test left running.
    setupFiles: ['./support/cleanup.setup.ts'],
    pool: 'forks',
    // A 2-core machine: each file starts server processes (and some their own PostgreSQL).
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
  },
});
