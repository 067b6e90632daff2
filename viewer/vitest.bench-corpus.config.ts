// `npm run test:viewer-bench`: the viewer on the shared bench corpus. Not part of `npm test`, which
// must pass in a fresh clone without ../shared; .ci/run calls it where ../shared is present.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['viewer/bench-corpus.check.ts'],
    environment: 'node',
    reporters: ['default', './src/test-reporter.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
