// The synthetic graphs used by the browser tests and the bench follow the graph.json contract.
import { describe, expect, it } from 'vitest';
import { GraphFileSchema } from '../src/schema';
import { generateSyntheticGraph, XSS_SENTENCE } from './synthetic';

describe('generateSyntheticGraph', () => {
  it('writes files that GraphFileSchema accepts, with the counts asked for', () => {
    const g = generateSyntheticGraph({ nodes: 500, edges: 2000, seed: 2 });
    expect(GraphFileSchema.safeParse(g).success).toBe(true);
    expect(g.graph.nodes).toHaveLength(500);
    expect(g.graph.edges.length).toBeGreaterThanOrEqual(2000);
    expect(g.meta.counts.edges).toBe(g.graph.edges.length);
    const keys = new Set(g.graph.nodes.map((n) => n.key));
    for (const e of g.graph.edges) expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
  });
  it('is deterministic for a seed', () => {
    const a = generateSyntheticGraph({ nodes: 50, edges: 100, seed: 9 });
    const b = generateSyntheticGraph({ nodes: 50, edges: 100, seed: 9 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
  it('puts the XSS sentence on the AS → Israel edge when asked', () => {
    const g = generateSyntheticGraph({ nodes: 30, edges: 60, xss: true });
    const e = g.graph.edges.find((x) => x.key === 'amerika-serikat|URGED|israel');
    expect(e?.attributes.evidence[0]?.text).toBe(XSS_SENTENCE);
  });
});
