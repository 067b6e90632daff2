// Derived state: what is drawn for a view state. Filters first, then the ego network or the paths,
// then nodes without a drawn relation are dropped unless asked for. Pure, memoised on the inputs.
import type { EntityType, RelationType } from '../../src/schema';
import { egoNodes, type Links, linksOf, type PathResult, pathEdges, shortestPaths } from './explore';
import { computeVisibility, type KgGraph, type Visibility } from './graph-model';
import type { ViewState } from './model';

export interface Derived {
  /** What the filters alone keep. */
  filtered: Visibility;
  /** What is drawn. */
  nodes: Set<string>;
  edges: Set<string>;
  ego: Set<string> | null;
  path: PathResult | null;
  nodesByType: Map<EntityType, number>;
  edgesByRelation: Map<RelationType, number>;
}

/** Whether two states differ in anything that changes what is drawn. */
export function visibilityChanged(a: ViewState, b: ViewState): boolean {
  return (
    filtersChanged(a, b) ||
    a.showIsolated !== b.showIsolated ||
    a.ego !== b.ego ||
    a.pathFrom !== b.pathFrom ||
    a.pathTo !== b.pathTo ||
    // An isolated node stays drawn while selected, so selection can change what is drawn.
    a.node !== b.node
  );
}

function filtersChanged(a: ViewState, b: ViewState): boolean {
  return (
    a.hiddenTypes !== b.hiddenTypes ||
    a.hiddenRelations !== b.hiddenRelations ||
    a.asserted !== b.asserted ||
    a.planned !== b.planned ||
    a.from !== b.from ||
    a.to !== b.to ||
    a.minWeight !== b.minWeight
  );
}

/** Derives what to draw; keeps the filter result and the link graph while only exploration changes. */
export class Deriver {
  private last: { state: ViewState; filtered: Visibility } | null = null;
  private links: Links | null = null;

  constructor(private readonly graph: KgGraph) {}

  derive(s: ViewState): Derived {
    if (this.last === null || filtersChanged(this.last.state, s)) {
      this.last = { state: s, filtered: computeVisibility(this.graph, s) };
      this.links = null;
    } else {
      this.last = { state: s, filtered: this.last.filtered };
    }
    return deriveFrom(this.graph, s, this.last.filtered, () => {
      this.links ??= linksOf(this.graph, this.last?.filtered.edges ?? new Set());
      return this.links;
    });
  }
}

/** The drawn part of the graph, from the filter result (links are built only for ego and paths). */
export function deriveFrom(graph: KgGraph, s: ViewState, filtered: Visibility, links: () => Links): Derived {
  let edges = filtered.edges;
  let keep: Set<string> | null = null;
  let ego: Set<string> | null = null;
  let path: PathResult | null = null;
  if (s.ego !== null && graph.hasNode(s.ego.node)) {
    ego = egoNodes(links(), s.ego);
    keep = ego;
    // Through the ego nodes' own edges: an ego network is small next to the graph.
    const inside = new Set<string>();
    for (const n of ego) {
      graph.forEachEdge(n, (e, _a, src, tgt) => {
        if (filtered.edges.has(e) && ego?.has(src === n ? tgt : src)) inside.add(e);
      });
    }
    edges = inside;
  } else if (
    s.pathFrom !== null &&
    s.pathTo !== null &&
    graph.hasNode(s.pathFrom) &&
    graph.hasNode(s.pathTo)
  ) {
    path = shortestPaths(links(), s.pathFrom, s.pathTo);
    keep = new Set([...path.nodes, s.pathFrom, s.pathTo]);
    edges = pathEdges(graph, path, filtered.edges);
  }
  const nodes = new Set<string>();
  if (s.showIsolated) {
    for (const n of keep ?? filtered.nodes) if (filtered.nodes.has(n)) nodes.add(n);
  } else {
    for (const e of edges) for (const n of graph.extremities(e)) nodes.add(n);
    // The actors the user is looking at stay drawn even without a relation left.
    for (const n of [s.node, s.ego?.node, s.pathFrom, s.pathTo]) {
      if (n !== null && n !== undefined && filtered.nodes.has(n) && (keep === null || keep.has(n)))
        nodes.add(n);
    }
  }
  const nodesByType = new Map<EntityType, number>();
  for (const n of nodes) {
    const t = graph.getNodeAttribute(n, 'type');
    nodesByType.set(t, (nodesByType.get(t) ?? 0) + 1);
  }
  const edgesByRelation = new Map<RelationType, number>();
  for (const e of edges) {
    const r = graph.getEdgeAttribute(e, 'relation');
    edgesByRelation.set(r, (edgesByRelation.get(r) ?? 0) + 1);
  }
  return { filtered, nodes, edges, ego, path, nodesByType, edgesByRelation };
}
