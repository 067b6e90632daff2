// Exploring from actors: the ego network (depth ring plus expanded nodes) and every shortest path
// between two actors, both over the edges the filters leave. Pure; graphology-shortest-path does BFS.
import { UndirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import type { KgGraph } from './graph-model';
import type { EgoState } from './model';

/** Who is linked to whom by the edges that pass the filters, whatever the direction or relation. */
export type Links = UndirectedGraph;

export function linksOf(graph: KgGraph, edges: ReadonlySet<string>): Links {
  const g = new UndirectedGraph();
  for (const e of edges) {
    const [s, t] = graph.extremities(e);
    if (s === t) continue;
    g.mergeEdge(s, t);
  }
  return g;
}

/** The ego network's nodes: within `depth` links of the centre, plus the neighbours of expanded nodes. */
export function egoNodes(links: Links, ego: EgoState): Set<string> {
  const out = new Set<string>([ego.node]);
  if (links.hasNode(ego.node)) {
    const dist = singleSourceLength(links, ego.node);
    for (const [n, d] of Object.entries(dist)) if (d <= ego.depth) out.add(n);
  }
  for (const x of ego.expanded) {
    out.add(x);
    if (links.hasNode(x)) for (const n of links.neighbors(x)) out.add(n);
  }
  return out;
}

export interface PathResult {
  /** Number of links on each shortest path; null when the two actors are not connected. */
  length: number | null;
  /** Nodes lying on at least one shortest path. */
  nodes: Set<string>;
  /** The shortest paths themselves, as node sequences (at most `limit`, in a stable order). */
  paths: string[][];
  /** True when there were more shortest paths than listed. */
  truncated: boolean;
  /** Distance from the start of every node on a shortest path. */
  step: Map<string, number>;
}

/**
 * Every shortest path from `from` to `to`: a node v lies on one when d(from, v) + d(v, to) equals the
 * distance between the ends. Paths are listed depth-first in code-unit order of the nodes.
 */
export function shortestPaths(links: Links, from: string, to: string, limit = 12): PathResult {
  const none: PathResult = { length: null, nodes: new Set(), paths: [], truncated: false, step: new Map() };
  if (!links.hasNode(from) || !links.hasNode(to)) return none;
  const da = singleSourceLength(links, from);
  const total = da[to];
  if (total === undefined) return none;
  const db = singleSourceLength(links, to);
  const on = new Set<string>();
  const step = new Map<string, number>();
  for (const [n, d] of Object.entries(da)) {
    if (d + (db[n] ?? Number.POSITIVE_INFINITY) !== total) continue;
    on.add(n);
    step.set(n, d);
  }
  const paths: string[][] = [];
  let truncated = false;
  const walk = (node: string, trail: string[]): void => {
    if (paths.length >= limit) {
      truncated = true;
      return;
    }
    if (node === to) {
      paths.push(trail);
      return;
    }
    const step = (da[node] ?? 0) + 1;
    const next = links.neighbors(node).filter((n) => on.has(n) && da[n] === step);
    next.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const n of next) walk(n, [...trail, n]);
  };
  walk(from, [from]);
  return { length: total, nodes: on, paths, truncated, step };
}

/** The edges (among `edges`) between two nodes, either direction: the relations of one path step. */
export function edgesBetween(graph: KgGraph, a: string, b: string, edges: ReadonlySet<string>): string[] {
  const out: string[] = [];
  graph.forEachEdge(a, (e, _attrs, s, t) => {
    if (((s === a && t === b) || (s === b && t === a)) && edges.has(e)) out.push(e);
  });
  return out.sort();
}

/** Edges (among `edges`) that lie on a shortest path: both ends on one, one step apart. */
export function pathEdges(graph: KgGraph, path: PathResult, edges: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const n of path.nodes) {
    const d = path.step.get(n) ?? -1;
    graph.forEachEdge(n, (e, _a, s, t) => {
      const other = s === n ? t : s;
      if (path.step.get(other) === d + 1 && edges.has(e)) out.add(e);
    });
  }
  return out;
}
