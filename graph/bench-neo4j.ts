// `npm run bench:neo4j` (also the last part of `npm run bench`): times `kg neo4j push` on the project's
// own Neo4j server for the bench-corpus build and a seeded synthetic 100k-edge graph, at two batch sizes,
// into an empty database each time, after unreported warm-up pushes; the median of three. Nothing asserted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../src/paths';
import { runExtraction } from '../src/pipeline';
import type { DocumentResult } from '../src/schema';
import { serverMemoryArgs, startNeo4jServer } from './java-tools';
import { buildLexicalLayer } from './lexical';
import { assignMetrics } from './metrics';
import { buildGraph } from './model';
import { type Neo4jRows, neo4jRows } from './neo4j';
import { type Neo4jConnection, PUSH_BATCH, type PushSummary, pushToNeo4j } from './neo4j-push';
import { syntheticResults } from './synthetic';

const BENCH_CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'bench', 'news.jsonl');
const BATCH_SIZES = [5000, 20_000];

function rowsOf(results: readonly DocumentResult[]): Neo4jRows {
  const g = buildGraph(results);
  assignMetrics(g);
  return neo4jRows(g, buildLexicalLayer(results));
}

async function emptyDatabase(conn: Neo4jConnection): Promise<void> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
  const s = driver.session();
  try {
    // Relationships first, in small transactions: a hub's DETACH DELETE would hold all its
    // relationships in one transaction's memory.
    await s.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await s.run('MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await s.close();
    await driver.close();
  }
}

const REPEATS = 3;

/** Pushes `rows` into an emptied database REPEATS times; one table row with the median time. */
async function timedPush(
  name: string,
  rows: Neo4jRows,
  conn: Neo4jConnection,
  batch: number,
  repeats = REPEATS,
): Promise<string> {
  const runs: { secs: number; s: PushSummary }[] = [];
  for (let i = 0; i < repeats; i++) {
    await emptyDatabase(conn);
    const t0 = performance.now();
    const s = await pushToNeo4j(rows, { ...conn, batchSize: batch });
    runs.push({ secs: (performance.now() - t0) / 1000, s });
  }
  runs.sort((a, b) => a.secs - b.secs);
  const mid = runs[Math.floor(runs.length / 2)];
  if (mid === undefined) throw new Error('timedPush: no runs');
  const { secs, s } = mid;
  const range = `${runs[0]?.secs.toFixed(1)}–${runs[runs.length - 1]?.secs.toFixed(1)}`;
  const entityRels = rows.relations.reduce((n, g) => n + g.rows.length, 0);
  const rate = (n: number) => Math.round(n / secs).toLocaleString('en');
  return `| ${name} | ${batch} | ${s.nodesCreated} | ${s.relationshipsCreated} (${entityRels} entity edges) | ${secs.toFixed(1)} (${range}) | ${rate(s.relationshipsCreated)} | ${rate(s.rows)} | ${s.retries} |`;
}

export async function runNeo4jBench(): Promise<void> {
  const server = await startNeo4jServer();
  const conn = { uri: server.uri, user: server.user, password: server.password };
  const out = [
    `## kg neo4j push on Neo4j ${server.version} (the project's own server, 127.0.0.1, ${serverMemoryArgs().join(' ')}), median of ${REPEATS} after warm-up`,
    '',
    '| graph | batch | nodes created | relationships created | seconds (range) | relationships/s | rows/s | retried transactions |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  try {
    const synthetic = rowsOf(syntheticResults({ nodes: 10_000, edges: 100_000, seed: 7 }));
    const bench = existsSync(BENCH_CORPUS) ? rowsOf(runExtraction([BENCH_CORPUS]).results) : undefined;
    // Warm-up pushes compile the server's code paths, as on a long-running server: cold, the first
    // synthetic push takes ~2× and the first bench-corpus pushes 3–6× a warm one.
    await timedPush('warm-up', synthetic, conn, PUSH_BATCH, 1);
    if (bench !== undefined) await timedPush('warm-up', bench, conn, PUSH_BATCH, 3);
    for (const b of BATCH_SIZES) out.push(await timedPush('synthetic 10k / 100k', synthetic, conn, b));
    if (bench !== undefined) {
      for (const b of BATCH_SIZES) out.push(await timedPush('bench corpus', bench, conn, b));
    } else out.push(`\n(bench corpus not found at ${BENCH_CORPUS}; skipped)`);
  } finally {
    await server.stop();
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1]?.endsWith('bench-neo4j.ts')) {
  runNeo4jBench().catch((err: unknown) => {
    process.stderr.write(`kg/bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
