// Test runner configuration of the live checks (npm run test:neo4j): the *-live tests only, one at a
// time, against the server that graph/neo4j-live-run.ts started.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: `${import.meta.dirname}/..`,
    include: ['graph/*-live.test.ts'],
    environment: 'node',
    reporters: ['default', './src/test-reporter.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    maxWorkers: 1,
  },
});
