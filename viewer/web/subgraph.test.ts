// Export of what is drawn: a graph.json the viewer reads back and a GEXF that parses, holding only
// the drawn nodes and edges, coloured as on screen, with the documents their evidence cites.

import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { COMMUNITY_COLORS } from '../../graph/style';
import { generateSyntheticGraph } from '../synthetic';
import { Deriver } from './derive';
import { buildGraph, metricMaxima } from './graph-model';
import { defaultViewState, parseGraphFile } from './model';
import { subgraphGexf, subgraphJson, subgraphOf } from './subgraph';

const file = generateSyntheticGraph({ nodes: 80, edges: 200, seed: 5 });
const g = buildGraph(file);

describe('subgraph export', () => {
  const s = {
    ...defaultViewState(),
    hiddenRelations: new Set(['MET', 'URGED'] as const),
    colorBy: 'community' as const,
  };
  const d = new Deriver(g).derive(s);
  const sub = subgraphOf(g, d.nodes, d.edges, {
    colorBy: s.colorBy,
    sizeBy: 'pagerank',
    maxima: metricMaxima(g),
  });

  it('writes a graph.json of only the drawn part that the viewer accepts', () => {
    const parsed = parseGraphFile(JSON.parse(subgraphJson(sub, file.meta)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const out = parsed.file;
    expect(out.graph.nodes.map((n) => n.key).sort()).toEqual([...d.nodes].sort());
    expect(out.graph.edges.map((e) => e.key).sort()).toEqual([...d.edges].sort());
    expect(out.graph.edges.some((e) => e.attributes.relation === 'MET')).toBe(false);
    expect(out.meta.counts).toMatchObject({ nodes: d.nodes.size, edges: d.edges.size });
    const cited = new Set(out.graph.edges.flatMap((e) => e.attributes.evidence.map((ev) => ev.doc)));
    expect(out.meta.documents.every((doc) => cited.has(doc.id))).toBe(true);
    const first = out.graph.nodes[0]?.attributes;
    expect(first?.color).toBe(COMMUNITY_COLORS[first?.community ?? 0] ?? '#cfd3d8');
  });

  it('writes a GEXF of the same nodes and edges', () => {
    const back = parse(MultiGraph, subgraphGexf(sub, file.meta));
    expect(back.order).toBe(d.nodes.size);
    expect(back.size).toBe(d.edges.size);
  });

  it('is byte-identical for the same view', () => {
    const again = subgraphOf(g, new Set([...d.nodes].reverse()), d.edges, {
      colorBy: s.colorBy,
      sizeBy: 'pagerank',
      maxima: metricMaxima(g),
    });
    expect(subgraphJson(again, file.meta)).toBe(subgraphJson(sub, file.meta));
  });
});
