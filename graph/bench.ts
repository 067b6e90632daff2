// `npm run bench`, graph part: times each `kg build` stage (graph, metrics, layout, each export,
// writing) on a seeded synthetic 10k-node / 100k-edge corpus and on the bench corpus; medians of
// several runs, wall and CPU time, and the peak resident memory. Nothing here is asserted by tests.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/io';
import { PROJECT_ROOT } from '../src/paths';
import { runExtraction } from '../src/pipeline';
import { relationsToJsonl } from '../src/relations-jsonl';
import type { DocumentResult, GraphMeta } from '../src/schema';
import { OUTPUT_FILES, type OutputFile, renderOutputs } from './build';
import { graphToGexf } from './gexf';
import { graphToJson } from './graph-json-write';
import { assignLayout, defaultIterations } from './layout';
import { buildLexicalLayer } from './lexical';
import { assignMetrics } from './metrics';
import { buildGraph } from './model';
import { CSV_FILES, importCypher, neo4jCsv, neo4jRows } from './neo4j';
import { resultsToJsonl } from './state';
import { syntheticResults } from './synthetic';

const RUNS = Number(process.env.KG_BENCH_RUNS ?? 3) || 3;
const BENCH_CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'bench', 'news.jsonl');
const OUT = join(PROJECT_ROOT, 'bench-output', 'graph');

interface Lap {
  wall: number;
  cpu: number;
}
type Timings = Map<string, Lap[]>;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function timer(t: Timings): <T>(stage: string, f: () => T) => T {
  return (stage, f) => {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const out = f();
    const c = process.cpuUsage(c0);
    const lap = { wall: performance.now() - w0, cpu: (c.user + c.system) / 1000 };
    const list = t.get(stage);
    if (list) list.push(lap);
    else t.set(stage, [lap]);
    return out;
  };
}

/** One build, stage by stage, as renderOutputs does it, writing into dir. */
function timedBuild(results: readonly DocumentResult[], dir: string, t: Timings): string {
  const time = timer(t);
  const graph = time('graph', () => buildGraph(results));
  time('metrics', () => assignMetrics(graph));
  time('layout', () => assignLayout(graph));
  const meta: GraphMeta = {
    tool: 'kabar-graph',
    version: 'bench',
    corpus: ['bench'],
    builtAt: '2024-01-01T00:00:00.000Z',
    counts: {
      documents: results.length,
      sentences: 0,
      relationMentions: 0,
      nodes: graph.order,
      edges: graph.size,
    },
    documents: [],
  };
  const files: Partial<Record<OutputFile, string>> = {};
  files['relations.jsonl'] = time('relations.jsonl', () => relationsToJsonl(results));
  files['documents.jsonl'] = time('documents.jsonl', () => resultsToJsonl(results));
  files['graph.json'] = time('graph.json', () => graphToJson(graph, meta));
  files['graph.gexf'] = time('graph.gexf', () => graphToGexf(graph, meta));
  time('neo4j (rows, cypher, csv)', () => {
    const rows = neo4jRows(graph, buildLexicalLayer(results));
    files['neo4j/import.cypher'] = importCypher(rows, 'bench');
    const csv = neo4jCsv(rows);
    for (const f of CSV_FILES) files[`neo4j/${f}`] = csv[f];
  });
  time('write files', () => {
    for (const f of OUTPUT_FILES) writeFileAtomic(join(dir, f), files[f] ?? '');
  });
  return `${graph.order} nodes, ${graph.size} edges`;
}

function table(title: string, t: Timings, note: string): string {
  const rows = [...t.entries()].map(([stage, laps]) => {
    const wall = median(laps.map((l) => l.wall));
    const cpu = median(laps.map((l) => l.cpu));
    return `| ${stage} | ${wall.toFixed(0)} | ${cpu.toFixed(0)} |`;
  });
  const core = ['graph', 'metrics', 'layout'].map((s) => median((t.get(s) ?? []).map((l) => l.wall)));
  const sum = core.reduce((a, b) => a + b, 0);
  return [
    `\n### ${title}`,
    note,
    '',
    '| stage | wall ms (median) | cpu ms (median) |',
    '|---|---:|---:|',
    ...rows,
    `| **graph + metrics + layout** | **${sum.toFixed(0)}** | |`,
    '',
  ].join('\n');
}

export async function runGraphBench(): Promise<void> {
  const out: string[] = [`## kg build stages (graph/), ${RUNS} runs each, Node ${process.version}`];

  const synT: Timings = new Map();
  const time = timer(synT);
  let shape = '';
  for (let i = 0; i < RUNS; i++) {
    const results = time('synthesise corpus (not part of a build)', () =>
      syntheticResults({ nodes: 10_000, edges: 100_000, seed: 7 }),
    );
    shape = timedBuild(results, join(OUT, 'synthetic'), synT);
  }
  const mentions = 120_000;
  out.push(
    table('Synthetic 10k / 100k', synT, `${shape}; ${mentions} relation mentions in 6,000 documents.`),
  );
  process.stdout.write(`${out.join('\n')}\n`);
  out.length = 0;

  // Layout on 100k nodes, once: iterations scaled to the size keep it bounded (graph/layout.ts).
  const big = buildGraph(syntheticResults({ nodes: 100_000, edges: 200_000, seed: 7 }));
  assignMetrics(big);
  const l0 = performance.now();
  assignLayout(big);
  process.stdout.write(
    `\nLayout of a synthetic graph of ${big.order} nodes / ${big.size} edges: ${((performance.now() - l0) / 1000).toFixed(1)} s (${defaultIterations(big.order, big.size)} ForceAtlas2 iterations, Barnes–Hut)\n`,
  );

  if (existsSync(BENCH_CORPUS)) {
    // Extraction is the extractor's figure and takes long on 3,463 articles: timed once here; the
    // build stages that follow run RUNS times over its results.
    const benchT: Timings = new Map();
    const btime = timer(benchT);
    const run = btime('extract (1 run)', () => runExtraction([BENCH_CORPUS]));
    const mentionsN = run.results.reduce((n, r) => n + r.relations.length, 0);
    let note = '';
    for (let i = 0; i < RUNS; i++) note = timedBuild(run.results, join(OUT, 'bench-corpus'), benchT);
    note = `${run.results.length} documents, ${mentionsN} relation mentions → ${note}`;
    const w0 = performance.now();
    // A whole renderOutputs as `kg build` runs it, to catch a stage the table misses.
    renderOutputs(run.results, { corpus: ['bench'], builtAt: '2024-01-01T00:00:00.000Z', version: 'bench' });
    note += `; one whole renderOutputs: ${(performance.now() - w0).toFixed(0)} ms`;
    out.push(table('Bench corpus (shared/corpus/bench/news.jsonl)', benchT, note));
  } else {
    out.push(`\n(bench corpus not found at ${BENCH_CORPUS}; skipped)`);
  }
  out.push(`Peak RSS of the process so far: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
  process.stdout.write(`${out.join('\n')}\n`);
  rmSync(OUT, { recursive: true, force: true });
}
