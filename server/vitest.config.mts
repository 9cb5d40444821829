import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Unit tests beside the code (src/**/*.test.ts). Vite 8 emits decorator metadata from tsconfig, so decorated
// classes load as they do under tsc. (.mts: the package is CommonJS, vitest/config is ESM-only.)
export default defineConfig({
  resolve: {
    // One graphql instance for type-graphql, Apollo and the tests, or "GraphQLSchema from another realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
