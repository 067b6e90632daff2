// The layers, checked over every import statement: a base that imports nothing local, extraction,
// the file formats, graph, viewer, and the CLI on top. Each layer imports only from layers below it
// (so no folder cycles), extract/ never reaches graph/, graph/ never runs extraction, only viewer/
// imports sigma, and the `kg extract` run path never loads zod. Type-only imports are not counted.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';

const LAYERS = ['base', 'extract', 'formats', 'graph', 'viewer', 'cli'] as const;
type Layer = (typeof LAYERS)[number];

const BASE = [
  'src/errors.ts',
  'src/io.ts',
  'src/paths.ts',
  'src/schema.ts',
  'src/ontology.ts',
  'src/article.ts',
  'src/budget.ts',
  'src/outdir.ts',
];
const FORMATS = ['src/input.ts', 'src/input-stream.ts', 'src/relations-jsonl.ts'];
/** Modules that run extraction, register verbs or time them: the CLI layer, whatever their folder. */
const CLI =
  /^(src\/(cli|pipeline|run-build|extract-pool|extract-worker|bench[^/]*|test-reporter)|graph\/(commands|bench[^/]*)|viewer\/(commands|bench[^/]*))\.ts$/;

function layerOf(file: string): Layer | undefined {
  if (BASE.includes(file)) return 'base';
  if (FORMATS.includes(file)) return 'formats';
  if (CLI.test(file)) return 'cli';
  const top = file.split('/')[0];
  return top === 'extract' ? 'extract' : top === 'graph' ? 'graph' : top === 'viewer' ? 'viewer' : undefined;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(join(PROJECT_ROOT, dir), { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory() && e.name !== 'dist' && e.name !== 'node_modules') sources(p, out);
    else if (/\.ts$/.test(e.name) && !/\.test\.ts$|test-fixtures\.ts$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Value imports of a file (static, dynamic and re-exports), skipping `import type` and all-type braces. */
function importsOf(code: string): string[] {
  const out: string[] = [];
  const stat = /^\s*(?:import|export)\s+([^'";]*?)\s*from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm;
  for (const m of code.matchAll(stat)) {
    const clause = m[1] ?? '';
    const allTypes = /^type\s/.test(clause) || /^\{\s*(type\s+\w+\s*,?\s*)+\}$/.test(clause);
    if (!allTypes) out.push((m[2] ?? m[3]) as string);
  }
  for (const m of code.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) out.push(m[1] as string);
  return out;
}

const FILES = ['src', 'extract', 'graph', 'viewer'].flatMap((d) => sources(d));
const edges = FILES.flatMap((file) =>
  importsOf(readFileSync(join(PROJECT_ROOT, file), 'utf8')).map((spec) => {
    const local = spec.startsWith('.');
    const to = local ? relative(PROJECT_ROOT, join(PROJECT_ROOT, dirname(file), spec)) : spec;
    return { file, spec, local, to: local && !/\.\w+$/.test(to) ? `${to}.ts` : to };
  }),
);

describe('layers', () => {
  it('every source file has a layer', () => {
    expect(FILES.filter((f) => layerOf(f) === undefined)).toEqual([]);
  });
  it('each layer imports only from itself and the layers below it', () => {
    const bad = edges
      .filter((e) => e.local && e.to.endsWith('.ts'))
      .filter((e) => LAYERS.indexOf(layerOf(e.to) as Layer) > LAYERS.indexOf(layerOf(e.file) as Layer))
      .map((e) => `${e.file} (${layerOf(e.file)}) imports ${e.to} (${layerOf(e.to)})`);
    expect(bad).toEqual([]);
  });
  it('the base imports nothing local but the base', () => {
    const bad = edges.filter((e) => layerOf(e.file) === 'base' && e.local && layerOf(e.to) !== 'base');
    expect(bad.map((e) => `${e.file} imports ${e.spec}`)).toEqual([]);
  });
  it('only viewer/ imports sigma', () => {
    const bad = edges.filter((e) => /^(@sigma\/|sigma($|\/))/.test(e.spec) && !e.file.startsWith('viewer/'));
    expect(bad.map((e) => `${e.file} imports ${e.spec}`)).toEqual([]);
  });
  it('nothing `kg extract` loads imports zod', () => {
    const reach = new Set<string>();
    const walk = (f: string): void => {
      if (reach.has(f)) return;
      reach.add(f);
      for (const e of edges) if (e.file === f && e.local && e.to.endsWith('.ts')) walk(e.to);
    };
    for (const f of ['src/pipeline.ts', 'extract/index.ts']) walk(f);
    const bad = edges.filter((e) => reach.has(e.file) && e.spec === 'zod').map((e) => e.file);
    expect(bad).toEqual([]);
  });
  it('reads the import forms it checks', () => {
    const code = `import type { A } from './a';\nimport { type B, C } from './c';\nimport { type D } from './d';\nexport { E } from './e';\nimport './f';\nconst g = await import('./g');`;
    expect(importsOf(code)).toEqual(['./c', './e', './f', './g']);
  });
});
