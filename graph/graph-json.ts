// graph.json: the graphology export plus build metadata, the file the viewer reads with
// GraphFileSchema. One node or edge a line, so diffs between builds stay readable.
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { KgError } from '../src/errors';
import {
  type EdgeAttrs,
  type GraphFile,
  GraphFileSchema,
  type GraphMeta,
  type NodeAttrs,
} from '../src/schema';
import type { KgGraph } from './model';

export function graphToJson(graph: KgGraph, meta: GraphMeta): string {
  const exported = graph.export();
  const lines: string[] = [];
  lines.push(`{"meta":${JSON.stringify(meta)},`);
  lines.push(`"graph":{"options":${JSON.stringify(exported.options)},`);
  if (exported.attributes && Object.keys(exported.attributes).length > 0) {
    lines.push(`"attributes":${JSON.stringify(exported.attributes)},`);
  }
  const nodes = exported.nodes.map((n) => JSON.stringify({ key: n.key, attributes: n.attributes }));
  const edges = exported.edges.map((e) => {
    const o: Record<string, unknown> = {
      key: e.key,
      source: e.source,
      target: e.target,
      attributes: e.attributes,
    };
    if (e.undirected) o.undirected = true;
    return JSON.stringify(o);
  });
  lines.push(`"nodes":[${nodes.length ? '\n' : ''}${nodes.join(',\n')}],`);
  lines.push(`"edges":[${edges.length ? '\n' : ''}${edges.join(',\n')}]}}`);
  return `${lines.join('\n')}\n`;
}

/** Reads and validates graph.json; errors name the file and the first bad field. */
export function readGraphFile(path: string): GraphFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new KgError('graph', `cannot read ${path} (${(err as Error).message}); run kg build first`);
  }
  const parsed = GraphFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KgError(
      'graph',
      `${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}; rebuild it with kg build`,
    );
  }
  return parsed.data;
}

/** The graph of a graph.json, as the typed graphology graph. */
export function graphFromFile(file: GraphFile): KgGraph {
  const g = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
  for (const n of file.graph.nodes) g.addNode(n.key, n.attributes as NodeAttrs);
  for (const e of file.graph.edges)
    g.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes as EdgeAttrs);
  return g;
}
