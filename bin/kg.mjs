#!/usr/bin/env node
// Entry point for `npx kg`: runs the compiled CLI in dist/ (built by `npm install` / `npm run build`
// from src/; `npm run kg` runs the TypeScript through tsx while developing).
import { setFlagsFromString } from 'node:v8';

// A run of `kg` is one cold pass, and most of its CPU went to V8's optimising compiler, not to the
// extraction: the pipeline's functions were compiled again and again, each time with large callees
// inlined (300 compiles, ~2 CPU s beside ~2 s of extraction on the bench corpus). Inlining only
// small functions (bytecode ≤ 100 bytes, V8's default is 460) cut the whole process's CPU by ~30 %
// with no slower steady state (npm run bench). Set before any of the CLI is loaded; V8 flags are
// per process, so the extraction workers get it too.
setFlagsFromString('--max-inlined-bytecode-size=100');

await import('../dist/cli.mjs').catch((err) => {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli.mjs')) throw err;
  process.stderr.write('kg: the compiled CLI is missing; run `npm install` or `npm run build` first\n');
  process.exitCode = 1;
});
