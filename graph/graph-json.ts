// Reading graph.json back in Node: validated with GraphFileSchema, errors naming the file, and the
// typed graph it describes. Writing it is graph-json-write.ts (pure, so the viewer can use it too).
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { KgError } from '../src/errors';
import { type EdgeAttrs, type GraphFile, GraphFileSchema, type NodeAttrs } from '../src/schema';
import type { KgGraph } from './model';

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
