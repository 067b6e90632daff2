// Compiles the `kg` CLI to plain JavaScript in dist/ with esbuild, so runs do not pay for tsx
// compiling TypeScript at every start. `npm install` runs it (the `prepare` script); so does `npm test`.
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist');
const require = createRequire(join(root, 'package.json'));

/**
 * Packages stay external, but Node's ESM loader needs file extensions on deep imports that tsx and
 * bundlers resolve without ("graphology-metrics/centrality/pagerank"): add `.js` where that file exists.
 */
const deepImports = {
  name: 'kg-deep-imports',
  setup(b) {
    b.onResolve({ filter: /^(@[^/]+\/)?[^./@][^/]*\/[^.]+$/ }, (args) => {
      let resolved;
      try {
        resolved = require.resolve(args.path);
      } catch {
        return undefined;
      }
      return resolved.endsWith(`${args.path}.js`) && existsSync(resolved)
        ? { path: `${args.path}.js`, external: true }
        : undefined;
    });
  },
};

// A fresh folder each time, so no chunk of an earlier build lingers.
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts', 'src/extract-worker.ts'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // esbuild's table marks \p{…} as unsupported on Node, so it rewrote every such pattern to a
  // `new RegExp("…")` call, built again at each call in hot loops (isNameToken, splitLine, nameAt);
  // Node 20 has them, so they stay literals.
  supported: { 'regexp-unicode-property-escapes': true },
  // npm packages load from node_modules at run time; only the project's own code is compiled.
  packages: 'external',
  // Flat: every file sits in dist/, so src/paths.ts finds the project one folder up from any chunk.
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  plugins: [deepImports],
  logLevel: 'warning',
});
