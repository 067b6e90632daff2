#!/usr/bin/env node
// Entry point for `npx kg`: runs the compiled CLI in dist/ (built by `npm install` / `npm run build`
// from src/; `npm run kg` runs the TypeScript through tsx while developing).
await import('../dist/cli.mjs').catch((err) => {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli.mjs')) throw err;
  process.stderr.write('kg: the compiled CLI is missing; run `npm install` or `npm run build` first\n');
  process.exitCode = 1;
});
