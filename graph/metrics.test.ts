// Tests of metrics and layout: degrees, PageRank, seeded Louvain and ForceAtlas2 give the same
// numbers on every run; positions are finite and distinct; sizes follow PageRank.
import { describe, expect, it } from 'vitest';
import { assignLayout } from './layout';
import { assignMetrics, communities } from './metrics';
import { buildGraph, type KgGraph } from './model';
import { E, fixtureResults } from './test-fixtures';

function built(): KgGraph {
  const g = buildGraph(fixtureResults());
  assignMetrics(g);
  assignLayout(g);
  return g;
}

describe('metrics', () => {
  const g = built();

  it('counts degree and weighted degree over every relation edge', () => {
    // Blinken: AFFILIATED_WITH us, MET netanyahu (2 mentions), URGED israel, VISITED jordan, REJECTED by netanyahu.
    expect(g.getNodeAttribute(E.blinken.id, 'degree')).toBe(5);
    expect(g.getNodeAttribute(E.blinken.id, 'weightedDegree')).toBe(6);
    expect(g.getNodeAttribute(E.gaza.id, 'degree')).toBe(0);
  });

  it('gives PageRank summing to one, and sizes that grow with it', () => {
    let sum = 0;
    g.forEachNode((_n, a) => {
      sum += a.pagerank;
    });
    expect(sum).toBeCloseTo(1, 4);
    const israel = g.getNodeAttributes(E.israel.id);
    const gaza = g.getNodeAttributes(E.gaza.id);
    expect(israel.pagerank).toBeGreaterThan(gaza.pagerank);
    expect(israel.size).toBeGreaterThan(gaza.size);
  });

  it('numbers communities by size, the same on every run', () => {
    const c = communities(g);
    expect(c).toEqual(communities(buildGraph(fixtureResults())));
    const sizes = new Map<number, number>();
    for (const v of c.values()) sizes.set(v, (sizes.get(v) ?? 0) + 1);
    const ordered = [...sizes.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));
    // The isolated node is its own community.
    expect([...c.values()].filter((v) => v === c.get(E.gaza.id))).toHaveLength(1);
  });
});

describe('layout', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(built().export())).toBe(JSON.stringify(built().export()));
  });

  it('places every node at a finite, distinct position', () => {
    const g = built();
    const seen = new Set<string>();
    g.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      seen.add(`${a.x},${a.y}`);
    });
    expect(seen.size).toBe(g.order);
  });

  it('keeps nodes without relations on a ring outside the related ones', () => {
    const g = built();
    const r = (n: string): number => Math.hypot(g.getNodeAttribute(n, 'x'), g.getNodeAttribute(n, 'y'));
    const related = g.filterNodes((n) => g.degree(n) > 0);
    const isolated = g.filterNodes((n) => g.degree(n) === 0);
    expect(isolated.length).toBeGreaterThan(0);
    const core = Math.max(...related.map(r));
    for (const n of isolated) expect(r(n)).toBeGreaterThan(core);
  });
});
