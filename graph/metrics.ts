// Node metrics of the graph: degree, weighted degree, PageRank, Louvain community (seeded), and the
// size that viewers draw from PageRank.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import { SYMMETRIC_RELATIONS } from '../src/schema';
import { cmp, type KgGraph } from './model';
import { mulberry32 } from './rng';
import { nodeSize, round } from './style';

export const LOUVAIN_SEED = 20231103;

type Weighted = { weight: number };
type Projection = UndirectedGraph<Record<string, number>, Weighted>;

const projections = new WeakMap<KgGraph, { order: number; size: number; projection: Projection }>();

/**
 * One weighted undirected edge per connected pair, whatever the relation types between them:
 * communities and layout are about who is tied to whom, not how.
 */
export function undirectedProjection(graph: KgGraph): UndirectedGraph<Record<string, number>, Weighted> {
  // Metrics and layout both need it; on 100k edges building it twice costs half a second. Shared:
  // users may set node attributes (the layout's x, y) but must not change edges.
  const cached = projections.get(graph);
  if (cached && cached.order === graph.order && cached.size === graph.size) return cached.projection;
  const g = new UndirectedGraph<Record<string, number>, Weighted>();
  graph.forEachNode((n) => {
    g.addNode(n);
  });
  // Summing in a Map first is several times faster than graphology's per-edge merge on 100k edges.
  const pairs = new Map<string, { s: string; t: string; w: number }>();
  graph.forEachEdge((_e, attrs, s, t) => {
    if (s === t) return;
    const [a, b] = cmp(s, t) < 0 ? [s, t] : [t, s];
    const k = `${a}\u0000${b}`;
    const p = pairs.get(k);
    if (p) p.w += attrs.weight;
    else pairs.set(k, { s: a, t: b, w: attrs.weight });
  });
  for (const p of pairs.values()) g.addUndirectedEdge(p.s, p.t, { weight: p.w });
  projections.set(graph, { order: graph.order, size: graph.size, projection: g });
  return g;
}

/** Directed pair weights; symmetric relations count both ways so PageRank does not favour the id order. */
function directedProjection(graph: KgGraph): DirectedGraph<Record<string, never>, Weighted> {
  const g = new DirectedGraph<Record<string, never>, Weighted>();
  graph.forEachNode((n) => {
    g.addNode(n);
  });
  const pairs = new Map<string, { s: string; t: string; w: number }>();
  const add = (s: string, t: string, w: number): void => {
    const k = `${s}\u0000${t}`;
    const p = pairs.get(k);
    if (p) p.w += w;
    else pairs.set(k, { s, t, w });
  };
  graph.forEachEdge((_e, attrs, s, t) => {
    if (s === t) return;
    add(s, t, attrs.weight);
    if (SYMMETRIC_RELATIONS.has(attrs.relation)) add(t, s, attrs.weight);
  });
  for (const p of pairs.values()) g.addDirectedEdge(p.s, p.t, { weight: p.w });
  return g;
}

/**
 * Louvain communities on the undirected projection, seeded, then renumbered by size (largest is 0,
 * ties by smallest member key) so the numbers mean something and survive unrelated changes.
 */
export function communities(graph: KgGraph, seed = LOUVAIN_SEED): Map<string, number> {
  const g = undirectedProjection(graph);
  const raw = louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  const members = new Map<number, string[]>();
  g.forEachNode((n) => {
    const c = raw[n] ?? -1;
    const list = members.get(c);
    if (list) list.push(n);
    else members.set(c, [n]);
  });
  const groups = [...members.values()].map((m) => m.sort(cmp));
  groups.sort((a, b) => b.length - a.length || cmp(a[0] ?? '', b[0] ?? ''));
  const out = new Map<string, number>();
  groups.forEach((m, i) => {
    for (const n of m) out.set(n, i);
  });
  return out;
}

/** Fills degree, weightedDegree, pagerank, community and size on every node. */
export function assignMetrics(graph: KgGraph): void {
  const pr =
    graph.order === 0
      ? {}
      : pagerank(directedProjection(graph), {
          getEdgeWeight: 'weight',
          maxIterations: 1000,
          tolerance: 1e-10,
        });
  const comm = communities(graph);
  let maxPr = 0;
  graph.forEachNode((n) => {
    // Rounded so the files do not carry float noise in their last digits.
    const p = round(pr[n] ?? 0, 8);
    maxPr = Math.max(maxPr, p);
    graph.mergeNodeAttributes(n, {
      degree: graph.degree(n),
      weightedDegree: weightedDegree(graph, n, 'weight'),
      pagerank: p,
      community: comm.get(n) ?? 0,
    });
  });
  graph.forEachNode((n, attrs) => {
    graph.setNodeAttribute(n, 'size', nodeSize(attrs.pagerank, maxPr));
  });
}
