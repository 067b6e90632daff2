// Test runner configuration: Node environment, tests beside the code, and a closing
// "N passed, N failed" line for CI (src/test-reporter.ts). Runs in a fresh clone with nothing beside it.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{src,extract,graph,viewer}/**/*.test.ts'],
    // Checks that need ../shared run in `npm run check:shared` (vitest.shared.config.ts); tests that
    // need Java and a live server run through their own commands (npm run test:neo4j, test:gephi).
    exclude: ['**/node_modules/**', 'extract/quality.test.ts', '**/*.shared.test.ts', 'graph/*-live.test.ts'],
    environment: 'node',
    reporters: ['default', './src/test-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and CLI tests spawn processes; two workers match the machine's two cores.
    maxWorkers: 2,
  },
});
