// `kg build`: extraction results → graph → metrics → layout → every output file, written atomically.
// renderOutputs is pure (results in, file contents out); buildFromResults adds writing. Extraction
// runs in the CLI layer (src/run-build.ts), never here.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { type InputProblem, KgError } from '../src/errors';
import { writeFileAtomic } from '../src/io';
import { lockOutputDir, stageOutputDir } from '../src/outdir';
import { PROJECT_ROOT } from '../src/paths';
import { relationsToJsonl } from '../src/relations-jsonl';
import type { DocumentResult, GraphMeta } from '../src/schema';
import { graphToGexf } from './gexf';
import { readGraphFile } from './graph-json';
import { graphToJson } from './graph-json-write';
import { assignLayout, type LayoutOptions } from './layout';
import { buildLexicalLayer } from './lexical';
import { assignMetrics } from './metrics';
import { buildGraph, cmp, type KgGraph } from './model';
import { importCypher, neo4jCsv, neo4jRows } from './neo4j';
import { mergeResults, readResultsJsonl, resultsToJsonl, sortResults } from './state';

/** Output files, relative to the output folder, in the order they are written. */
export const OUTPUT_FILES = [
  'relations.jsonl',
  'documents.jsonl',
  'graph.json',
  'graph.gexf',
  'neo4j/import.cypher',
  'neo4j/entities.csv',
  'neo4j/documents.csv',
  'neo4j/sentences.csv',
  'neo4j/relations.csv',
  'neo4j/has_sentence.csv',
  'neo4j/mentions.csv',
] as const;
export type OutputFile = (typeof OUTPUT_FILES)[number];

export interface RenderInfo {
  corpus: readonly string[];
  builtAt: string;
  version: string;
  layout?: LayoutOptions;
  /** Called as each stage starts, for progress bars and timings. */
  onStage?: (stage: string) => void;
}

export interface Rendered {
  graph: KgGraph;
  meta: GraphMeta;
  files: Record<OutputFile, string>;
}

export function toolVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  return pkg && typeof pkg === 'object' && 'version' in pkg && typeof pkg.version === 'string'
    ? pkg.version
    : '0.0.0';
}

/**
 * The build time written into meta.builtAt: KG_BUILD_TIME (ISO 8601) or SOURCE_DATE_EPOCH (seconds)
 * when set, so builds can be reproduced byte for byte; the current time otherwise.
 */
export function resolveBuildTime(
  env: NodeJS.ProcessEnv = process.env,
  now: () => Date = () => new Date(),
): string {
  const fixed = env.KG_BUILD_TIME;
  if (fixed !== undefined && fixed !== '') {
    const d = new Date(fixed);
    if (Number.isNaN(d.getTime())) {
      throw new KgError(
        'build',
        `KG_BUILD_TIME="${fixed}" is not a date; use ISO 8601, e.g. 2024-01-01T00:00:00Z`,
      );
    }
    return d.toISOString();
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) {
      throw new KgError('build', `SOURCE_DATE_EPOCH="${epoch}" must be whole seconds since 1970`);
    }
    return new Date(Number(epoch) * 1000).toISOString();
  }
  return now().toISOString();
}

/** Every output file of a list of results. Pure, apart from the stage callback. */
export function renderOutputs(results: readonly DocumentResult[], info: RenderInfo): Rendered {
  const stage = info.onStage ?? (() => {});
  const sorted = sortResults(results);
  stage('graph');
  const graph = buildGraph(sorted);
  stage('metrics');
  assignMetrics(graph);
  stage('layout');
  assignLayout(graph, info.layout);
  const meta: GraphMeta = {
    tool: 'kabar-graph',
    version: info.version,
    corpus: [...new Set(info.corpus)].sort(cmp),
    builtAt: info.builtAt,
    counts: {
      documents: sorted.length,
      sentences: sorted.reduce((n, r) => n + r.sentences.length, 0),
      relationMentions: sorted.reduce((n, r) => n + r.relations.length, 0),
      nodes: graph.order,
      edges: graph.size,
    },
    documents: sorted.map((r) => {
      const d: GraphMeta['documents'][number] = { id: r.doc.id };
      if (r.doc.title !== undefined) d.title = r.doc.title;
      if (r.doc.date !== undefined) d.date = r.doc.date;
      if (r.doc.url !== undefined) d.url = r.doc.url;
      return d;
    }),
  };
  stage('relations.jsonl');
  const relations = relationsToJsonl(sorted);
  stage('documents.jsonl');
  const documents = resultsToJsonl(sorted);
  stage('graph.json');
  const graphJson = graphToJson(graph, meta);
  stage('graph.gexf');
  const gexf = graphToGexf(graph, meta);
  stage('neo4j');
  const rows = neo4jRows(graph, buildLexicalLayer(sorted));
  const header = [
    `kabar-graph ${meta.version}: ${meta.counts.nodes} entities, ${meta.counts.edges} relations, ${meta.counts.documents} documents.`,
    'For Neo4j 5: cypher-shell -u neo4j -p <password> -f import.cypher (or paste into Neo4j Browser).',
    'Neo4j 4.4: write the three constraints as CREATE CONSTRAINT <name> IF NOT EXISTS ON (n:<Label>) ASSERT n.id IS UNIQUE.',
    'Idempotent: every statement MERGEs, so running it again changes nothing.',
  ].join('\n');
  const csv = neo4jCsv(rows);
  return {
    graph,
    meta,
    files: {
      'relations.jsonl': relations,
      'documents.jsonl': documents,
      'graph.json': graphJson,
      'graph.gexf': gexf,
      'neo4j/import.cypher': importCypher(rows, header),
      'neo4j/entities.csv': csv['entities.csv'],
      'neo4j/documents.csv': csv['documents.csv'],
      'neo4j/sentences.csv': csv['sentences.csv'],
      'neo4j/relations.csv': csv['relations.csv'],
      'neo4j/has_sentence.csv': csv['has_sentence.csv'],
      'neo4j/mentions.csv': csv['mentions.csv'],
    },
  };
}

export interface BuildOptions {
  /** Add to the graph already in outDir (its documents.jsonl) instead of rebuilding from scratch. */
  merge?: boolean;
  /** meta.builtAt; default from KG_BUILD_TIME / SOURCE_DATE_EPOCH / now. */
  builtAt?: string;
  layout?: LayoutOptions;
  /** Extraction progress, one call per document. */
  onProgress?: (done: number, total: number) => void;
  onStage?: (stage: string) => void;
  /** Seconds one document may take before it is skipped (see runExtraction). */
  budgetSeconds?: number;
  /** The bytes of standard input, for the path "-". */
  stdin?: () => Uint8Array;
  /** Adds files to the new build before it is switched in (the viewer page), so they are part of the set. */
  beforeCommit?: (dir: string) => void;
}

export interface BuildSummary {
  outDir: string;
  /** False when no document could be read: nothing was written and the earlier build is as it was. */
  built: boolean;
  /** Documents skipped; the CLI exits with 2 when there are any. */
  problems: InputProblem[];
  counts: GraphMeta['counts'];
  files: string[];
}

/**
 * How a path is named in meta.corpus: relative to the project when inside it (the default corpus is
 * "seeds"), else as given; forward slashes, so the name does not depend on the machine.
 */
export function corpusLabel(p: string): string {
  if (p === '-') return '<stdin>';
  const rel = relative(PROJECT_ROOT, resolve(p));
  const label = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : normalize(p);
  return label.split(sep).join('/');
}

/** Reads the earlier build in outDir for --merge; a fresh folder is an empty earlier build. */
function previousBuild(outDir: string): { results: DocumentResult[]; corpus: string[] } {
  const docs = join(outDir, 'documents.jsonl');
  const graphJson = join(outDir, 'graph.json');
  if (!existsSync(docs)) {
    if (existsSync(graphJson)) {
      throw new KgError(
        'build',
        `${graphJson} exists but ${docs} does not, so there is nothing to merge into; rebuild all inputs without --merge`,
      );
    }
    return { results: [], corpus: [] };
  }
  const corpus = existsSync(graphJson) ? readGraphFile(graphJson).meta.corpus : [];
  return { results: readResultsJsonl(docs), corpus };
}

/** Writes every output file of results into outDir, atomically, file by file, after all are rendered. */
export function writeOutputs(
  results: readonly DocumentResult[],
  outDir: string,
  info: RenderInfo,
): { rendered: Rendered; files: string[] } {
  const rendered = renderOutputs(results, info);
  const files: string[] = [];
  for (const name of OUTPUT_FILES) {
    const path = join(outDir, name);
    try {
      writeFileAtomic(path, rendered.files[name]);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      throw new KgError('build', `cannot write ${path} (${code}); choose a writable folder with --out`);
    }
    files.push(path);
  }
  return { rendered, files };
}

export interface ResultsBuildOptions extends BuildOptions {
  /** meta.corpus entries of these results. */
  corpus: readonly string[];
}

/**
 * Writes the build of already extracted results into outDir, merged into the earlier build with
 * `merge`: all or nothing, under the folder's lock (see src/outdir.ts).
 */
export function buildFromResults(
  results: readonly DocumentResult[],
  outDir: string,
  opts: ResultsBuildOptions,
): { meta: GraphMeta; files: string[] } {
  const unlock = lockOutputDir(outDir);
  try {
    return buildLocked(results, outDir, opts);
  } finally {
    unlock();
  }
}

/**
 * buildFromResults once the lock is held (src/run-build.ts takes it before extracting): the whole set
 * goes to a new folder, then one rename.
 */
export function buildLocked(
  results: readonly DocumentResult[],
  outDir: string,
  opts: ResultsBuildOptions,
): { meta: GraphMeta; files: string[] } {
  const builtAt = opts.builtAt ?? resolveBuildTime();
  // Read through the output folder's symlink: only a complete, committed build is ever merged into.
  const prev = opts.merge ? previousBuild(outDir) : { results: [], corpus: [] };
  const all = opts.merge ? mergeResults(prev.results, results) : results;
  const info: RenderInfo = { corpus: [...prev.corpus, ...opts.corpus], builtAt, version: toolVersion() };
  if (opts.layout) info.layout = opts.layout;
  if (opts.onStage) info.onStage = opts.onStage;
  const staged = stageOutputDir(outDir);
  try {
    const { rendered } = writeOutputs(all, staged.dir, info);
    opts.beforeCommit?.(staged.dir);
    staged.commit();
    return { meta: rendered.meta, files: OUTPUT_FILES.map((name) => join(outDir, name)) };
  } catch (err) {
    staged.abort();
    throw err;
  }
}
