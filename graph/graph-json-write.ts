// graph.json: the graphology export plus build metadata, the file the viewer reads with
// GraphFileSchema. One node or edge a line, so diffs between builds stay readable. No Node imports.
import type { GraphMeta } from '../src/schema';
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
