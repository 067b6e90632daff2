// Checks that need ../shared (the gold and its scorer, the GEXF 1.3 schema, the bad-input corpus
// run through the CLI): `npm run check:shared`, which CI runs after `npm test`.
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

export default defineConfig({
  test: {
    ...base.test,
    include: ['extract/quality.test.ts', '{src,extract,graph,viewer}/**/*.shared.test.ts'],
    exclude: ['**/node_modules/**'],
  },
});
