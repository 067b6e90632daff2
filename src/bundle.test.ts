// The compiled CLI (dist/, built by `npm test` before vitest): checks on what esbuild emits that
// cost run time without changing any output, so only a look at the bundle catches them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';

const DIST = join(PROJECT_ROOT, 'dist');

describe('the bundle', () => {
  // A regex built by `new RegExp("…")` inside a function is looked up again at every call; esbuild
  // wrote every \p{…} pattern that way until src/bundle-cli.mjs said Node supports them.
  it.skipIf(!existsSync(DIST))('keeps \\p{…} regular expressions as literals', () => {
    const rewritten = readdirSync(DIST)
      .filter((f) => f.endsWith('.mjs'))
      .flatMap((f) => readFileSync(join(DIST, f), 'utf8').match(/new RegExp\("[^"]*\\\\p\{/g) ?? []);
    expect(rewritten).toEqual([]);
  });
});
