// Node positions: ForceAtlas2 with settings inferred for the size of the connected part, from seeded
// start positions (grouped by community), then noverlap; nodes without relations go on a ring
// outside, so the core gets the room. Same graph, same positions.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { undirectedProjection } from './metrics';
import { cmp, type KgGraph } from './model';
import { hashString, mulberry32 } from './rng';
import { NODE_SIZE_MAX, round } from './style';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer on large graphs so 100k nodes stay within seconds. */
  iterations?: number;
  noverlapIterations?: number;
  /** Called after each step of ForceAtlas2 on large graphs, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** Graphs above this size are laid out one iteration a call, so progress can be shown. */
const LARGE = 5000;
/**
 * Iteration budget of large graphs in node+edge visits: ForceAtlas2 with Barnes–Hut (inferSettings
 * turns it on above 2000 nodes) costs about (nodes·log nodes + edges) an iteration, so a fixed budget
 * keeps the layout time about flat as graphs grow: 30 iterations up to 40k nodes+edges, 4 at 300k.
 */
const BUDGET = 1_200_000;

/** Fewer iterations as graphs grow; on large graphs, as many as the budget allows (at least 2). */
export function defaultIterations(order: number, size = 0): number {
  if (order <= 500) return 500;
  if (order <= 2000) return 200;
  if (order <= LARGE) return 80;
  return Math.max(2, Math.min(30, Math.round(BUDGET / (order + size))));
}

/** Noverlap stops early once nothing overlaps; on large graphs a few passes remove most overlaps. */
export function defaultNoverlapIterations(order: number): number {
  return order <= 2000 ? 100 : order <= 5000 ? 20 : order <= 50_000 ? 3 : 1;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Seeded start positions: each Louvain community gets a disc on a sunflower spiral (largest in the
 * middle) and its nodes a hashed spot inside it. Starting near the final shape lets a few
 * ForceAtlas2 iterations do on large graphs what hundreds would do from random positions.
 */
export function startPositions(graph: KgGraph): Map<string, { x: number; y: number }> {
  const sizes = new Map<number, number>();
  graph.forEachNode((_n, a) => {
    sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1);
  });
  const spread = Math.sqrt(graph.order) * 10;
  const out = new Map<string, { x: number; y: number }>();
  graph.forEachNode((n, a) => {
    const c = a.community;
    const r = spread * Math.sqrt(c / Math.max(1, sizes.size));
    const cx = r * Math.cos(c * GOLDEN_ANGLE);
    const cy = r * Math.sin(c * GOLDEN_ANGLE);
    const disc = spread * Math.sqrt((sizes.get(c) ?? 1) / graph.order) * 0.5;
    const rnd = mulberry32(hashString(n));
    const angle = rnd() * 2 * Math.PI;
    const dist = disc * Math.sqrt(rnd());
    out.set(n, { x: cx + dist * Math.cos(angle), y: cy + dist * Math.sin(angle) });
  });
  return out;
}

/**
 * ForceAtlas2 in one call on small graphs; on large ones one iteration a call (whatever the progress
 * callback), so the positions do not depend on whether a bar is shown.
 */
function runForceAtlas2(
  g: ReturnType<typeof undirectedProjection>,
  iterations: number,
  onProgress?: (done: number, total: number) => void,
): void {
  const settings = forceAtlas2.inferSettings(g);
  if (g.order <= LARGE) {
    forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
    return;
  }
  for (let done = 1; done <= iterations; done++) {
    forceAtlas2.assign(g, { iterations: 1, settings, getEdgeWeight: 'weight' });
    onProgress?.(done, iterations);
  }
}

/** Sunflower ring just outside the core: isolated nodes, in key order, never between related ones. */
function ringPositions(
  keys: readonly string[],
  radius: number,
  spacing: number,
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const inner = radius * 1.15 + spacing;
  // Area per node of about spacing², filled outwards from the inner radius.
  keys.forEach((k, i) => {
    const r = Math.sqrt(inner * inner + (i * spacing * spacing) / Math.PI);
    const a = i * GOLDEN_ANGLE;
    out.set(k, { x: r * Math.cos(a), y: r * Math.sin(a) });
  });
  return out;
}

/** Fills x and y of every node; run after assignMetrics, whose communities and sizes it uses. */
export function assignLayout(graph: KgGraph, opts: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const projection = undirectedProjection(graph);
  const related = projection.filterNodes((n) => projection.degree(n) > 0);
  // The isolated nodes only push the others apart: they are laid out on their own, outside.
  const g = related.length === projection.order ? projection : subgraph(projection, related);
  const start = startPositions(graph);
  g.forEachNode((n) => {
    const p = start.get(n) ?? { x: 0, y: 0 };
    g.mergeNodeAttributes(n, { x: p.x, y: p.y, size: graph.getNodeAttribute(n, 'size') });
  });
  if (g.order > 0) {
    runForceAtlas2(g, opts.iterations ?? defaultIterations(g.order, g.size), opts.onProgress);
    noverlap.assign(g, {
      maxIterations: opts.noverlapIterations ?? defaultNoverlapIterations(g.order),
      // A finer grid on large graphs: with the default 20×20 cells, 100k nodes give noverlap more
      // candidate pairs than a JavaScript Set can hold.
      settings: { margin: 2, ratio: 1, gridSize: Math.max(20, Math.round(Math.sqrt(g.order) / 2)) },
    });
  }
  let radius = 0;
  g.forEachNode((_n, a) => {
    radius = Math.max(radius, Math.hypot(a.x ?? 0, a.y ?? 0));
  });
  const isolated = projection.filterNodes((n) => projection.degree(n) === 0).sort(cmp);
  const ring = ringPositions(isolated, radius, NODE_SIZE_MAX);
  graph.forEachNode((n) => {
    const p = g.hasNode(n) ? g.getNodeAttributes(n) : ring.get(n);
    const x = p?.x ?? 0;
    const y = p?.y ?? 0;
    graph.mergeNodeAttributes(n, {
      x: Number.isFinite(x) ? round(x, 2) : 0,
      y: Number.isFinite(y) ? round(y, 2) : 0,
    });
  });
}

/** A copy of some nodes of the projection with the edges among them (positions are set on it). */
function subgraph(
  g: ReturnType<typeof undirectedProjection>,
  nodes: readonly string[],
): ReturnType<typeof undirectedProjection> {
  const keep = new Set(nodes);
  const out = g.nullCopy();
  for (const n of nodes) out.addNode(n);
  g.forEachEdge((_e, a, s, t) => {
    if (keep.has(s) && keep.has(t)) out.addUndirectedEdge(s, t, { ...a });
  });
  return out;
}
