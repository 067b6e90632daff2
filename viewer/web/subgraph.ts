// Export of what is drawn: the filtered subgraph as graph.json (reopens in this viewer) or GEXF 1.3
// (Gephi), through the same writers as `kg build`, coloured and sized as on screen. Pure.
import { MultiDirectedGraph } from 'graphology';
import { graphToGexf } from '../../graph/gexf';
import { graphToJson } from '../../graph/graph-json-write';
import type { KgGraph as BuildGraph } from '../../graph/model';
import {
  type ColorBy,
  edgeColor,
  edgeSize,
  type Maxima,
  nodeColor,
  nodeMetric,
  scaledSize,
} from '../../graph/style';
import type { EdgeAttrs, GraphMeta, NodeAttrs } from '../../src/schema';
import type { KgGraph } from './graph-model';
import type { SizeMetric } from './model';

export interface Appearance {
  colorBy: ColorBy;
  sizeBy: SizeMetric;
  maxima: Maxima;
}

/** A copy of the drawn nodes and edges, in key order, with the colours and sizes of the view. */
export function subgraphOf(
  graph: KgGraph,
  nodes: ReadonlySet<string>,
  edges: ReadonlySet<string>,
  look: Appearance,
): BuildGraph {
  const sub: BuildGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
  for (const n of [...nodes].sort()) {
    const a = graph.getNodeAttributes(n);
    sub.addNode(n, {
      ...a,
      color: nodeColor(a, look.colorBy, look.maxima),
      size: scaledSize(nodeMetric(a, look.sizeBy), look.maxima[look.sizeBy]),
    });
  }
  for (const e of [...edges].sort()) {
    const [s, t] = graph.extremities(e);
    if (!sub.hasNode(s) || !sub.hasNode(t)) continue;
    const a = graph.getEdgeAttributes(e);
    sub.addDirectedEdgeWithKey(e, s, t, { ...a, color: edgeColor(a), size: edgeSize(a.weight) });
  }
  return sub;
}

/** Build metadata of the subgraph: its own counts, and only the documents its evidence cites. */
export function subgraphMeta(sub: BuildGraph, meta: GraphMeta): GraphMeta {
  const cited = new Set<string>();
  let mentions = 0;
  sub.forEachEdge((_e, a) => {
    mentions += a.evidence.length;
    for (const ev of a.evidence) cited.add(ev.doc);
  });
  const documents = meta.documents.filter((d) => cited.has(d.id));
  return {
    ...meta,
    counts: {
      ...meta.counts,
      documents: documents.length,
      relationMentions: mentions,
      nodes: sub.order,
      edges: sub.size,
    },
    documents,
  };
}

export function subgraphJson(sub: BuildGraph, meta: GraphMeta): string {
  return graphToJson(sub, subgraphMeta(sub, meta));
}

export function subgraphGexf(sub: BuildGraph, meta: GraphMeta): string {
  return graphToGexf(sub, subgraphMeta(sub, meta));
}
