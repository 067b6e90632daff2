// The graph behind the page: graphology built from a validated graph.json, and the queries the
// page asks of it (visibility under filters, neighbourhoods, relations of a node). No DOM, no sigma.
import Graph from 'graphology';
import { type Maxima, nodeMetric, SIZE_BY } from '../../graph/style';
import {
  type EdgeAttrs,
  type GraphFile,
  type NodeAttrs,
  type RelationType,
  SYMMETRIC_RELATIONS,
} from '../../src/schema';
import { edgePasses, nodeTypePasses, type ViewState } from './model';

export type KgGraph = Graph<NodeAttrs, EdgeAttrs>;

/** Builds the graphology graph; throws an Error whose message says which entry is wrong and what to do. */
export function buildGraph(file: GraphFile): KgGraph {
  const { options } = file.graph;
  const type = options.type;
  if (type !== 'mixed' && type !== 'directed' && type !== 'undirected') {
    throw new Error(
      `kg/viewer: graph.json has graph type "${type}"; expected mixed, directed or undirected. Rebuild it with \`kg build\`.`,
    );
  }
  const graph: KgGraph = new Graph<NodeAttrs, EdgeAttrs>({
    type,
    multi: options.multi,
    allowSelfLoops: options.allowSelfLoops,
  });
  for (const n of file.graph.nodes) {
    if (graph.hasNode(n.key)) {
      throw new Error(`kg/viewer: graph.json lists node "${n.key}" twice. Rebuild it with \`kg build\`.`);
    }
    graph.addNode(n.key, n.attributes);
  }
  for (const e of file.graph.edges) {
    for (const end of [e.source, e.target]) {
      if (!graph.hasNode(end)) {
        throw new Error(
          `kg/viewer: graph.json edge "${e.key}" refers to unknown node "${end}". Rebuild it with \`kg build\`.`,
        );
      }
    }
    if (graph.hasEdge(e.key)) {
      throw new Error(`kg/viewer: graph.json lists edge "${e.key}" twice. Rebuild it with \`kg build\`.`);
    }
    const undirected = e.undirected === true || type === 'undirected';
    if (undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  }
  return graph;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * What the filters keep, before exploration and isolation: nodes of shown types, and edges that pass
 * their own filters with both ends shown.
 */
export function computeVisibility(graph: KgGraph, s: ViewState): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((n, a) => {
    if (nodeTypePasses(a, s)) nodes.add(n);
  });
  const edges = new Set<string>();
  graph.forEachEdge((e, a, src, tgt) => {
    if (nodes.has(src) && nodes.has(tgt) && edgePasses(a, s)) edges.add(e);
  });
  return { nodes, edges };
}

/** A node and the counterparts it is linked to by visible edges: what stays lit on hover. */
export function neighbourhood(graph: KgGraph, node: string, visibleEdges: ReadonlySet<string>): Set<string> {
  const out = new Set<string>([node]);
  graph.forEachEdge(node, (e, _a, src, tgt) => {
    if (visibleEdges.has(e)) out.add(src === node ? tgt : src);
  });
  return out;
}

/** Symmetric relations (MET, NEGOTIATES_WITH) read both ways even when graph.json stores them directed. */
export function isTwoWay(graph: KgGraph, edge: string): boolean {
  return graph.isUndirected(edge) || SYMMETRIC_RELATIONS.has(graph.getEdgeAttribute(edge, 'relation'));
}

export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
  direction: 'out' | 'in' | 'both';
  weight: number;
}

export interface RelationGroup {
  relation: RelationType;
  /** Sum of edge weights: how many mentions in the corpus. */
  mentions: number;
  items: RelationItem[];
}

/** A node's relations grouped by type (in schema order), heaviest counterpart first. */
export function relationGroups(
  graph: KgGraph,
  node: string,
  order: readonly RelationType[],
): RelationGroup[] {
  const groups = new Map<RelationType, RelationGroup>();
  graph.forEachEdge(node, (edge, a, src, tgt, _sa, _ta, undirected) => {
    const other = src === node ? tgt : src;
    const g = groups.get(a.relation) ?? { relation: a.relation, mentions: 0, items: [] };
    g.mentions += a.weight;
    g.items.push({
      edge,
      other,
      otherLabel: graph.getNodeAttribute(other, 'label'),
      direction: undirected || SYMMETRIC_RELATIONS.has(a.relation) ? 'both' : src === node ? 'out' : 'in',
      weight: a.weight,
    });
    groups.set(a.relation, g);
  });
  const out: RelationGroup[] = [];
  for (const r of order) {
    const g = groups.get(r);
    if (!g) continue;
    g.items.sort((x, y) => y.weight - x.weight || x.otherLabel.localeCompare(y.otherLabel));
    out.push(g);
  }
  return out;
}

export function metricMaxima(graph: KgGraph): Maxima {
  const max: Maxima = { degree: 0, pagerank: 0, mentions: 0, documents: 0 };
  graph.forEachNode((_n, a) => {
    for (const m of [...SIZE_BY, 'documents'] as const) max[m] = Math.max(max[m], nodeMetric(a, m));
  });
  return max;
}

export interface DataSummary {
  nodesByType: Map<string, number>;
  edgesByRelation: Map<string, number>;
  maxWeight: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** Counts and bounds the legend and filter controls show. */
export function summarize(graph: KgGraph): DataSummary {
  const nodesByType = new Map<string, number>();
  const edgesByRelation = new Map<string, number>();
  let maxWeight = 1;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  graph.forEachNode((_n, a) => {
    nodesByType.set(a.type, (nodesByType.get(a.type) ?? 0) + 1);
  });
  graph.forEachEdge((_e, a) => {
    edgesByRelation.set(a.relation, (edgesByRelation.get(a.relation) ?? 0) + 1);
    maxWeight = Math.max(maxWeight, a.weight);
    const f = a.firstDate?.slice(0, 10);
    const l = a.lastDate?.slice(0, 10);
    if (f !== undefined && (firstDate === null || f < firstDate)) firstDate = f;
    if (l !== undefined && (lastDate === null || l > lastDate)) lastDate = l;
  });
  return { nodesByType, edgesByRelation, maxWeight, firstDate, lastDate };
}
