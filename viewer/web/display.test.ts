// How nodes and edges are drawn: hidden, faded, lit and selected states, appearance rules, and label
// placement that never overlaps and prefers the most central nodes.
import { describe, expect, it } from 'vitest';
import { COMMUNITY_COLORS, ENTITY_COLORS, RELATION_COLORS } from '../../graph/style';
import {
  type DisplayContext,
  edgeDisplay,
  FADED_EDGE,
  FADED_NODE,
  nodeDisplay,
  placeLabels,
} from './display';
import { tinyGraph } from './fixture';

const g = tinyGraph(
  ['a', 'b', 'c'],
  [
    ['a', 'URGED', 'b', ['2024-01-01']],
    ['b', 'MET', 'c'],
  ],
);
const ctx = (over: Partial<DisplayContext> = {}): DisplayContext => ({
  nodes: new Set(['a', 'b', 'c']),
  edges: new Set(g.edges()),
  litNodes: null,
  litEdges: null,
  labels: new Set(),
  selectedNode: null,
  hoveredNode: null,
  selectedEdge: null,
  colorBy: 'type',
  sizeBy: 'degree',
  maxima: { degree: 2, pagerank: 0.03, mentions: 1, documents: 0 },
  arrows: true,
  ...over,
});

describe('nodeDisplay', () => {
  it('colours by the chosen rule and hides what is not drawn', () => {
    const a = g.getNodeAttributes('a');
    expect(nodeDisplay('a', a, ctx()).color).toBe(ENTITY_COLORS.COUNTRY);
    expect(nodeDisplay('a', { ...a, community: 2 }, ctx({ colorBy: 'community' })).color).toBe(
      COMMUNITY_COLORS[2],
    );
    expect(nodeDisplay('a', a, ctx({ nodes: new Set(['b']) })).hidden).toBe(true);
    expect(nodeDisplay('b', g.getNodeAttributes('b'), ctx()).size).toBeGreaterThan(
      nodeDisplay('a', a, ctx()).size ?? 0,
    );
  });
  it('fades what is outside the lit neighbourhood and labels the selected node', () => {
    const c = ctx({ litNodes: new Set(['a', 'b']), selectedNode: 'a' });
    expect(nodeDisplay('c', g.getNodeAttributes('c'), c)).toMatchObject({
      color: FADED_NODE,
      label: '',
      forceLabel: false,
    });
    expect(nodeDisplay('a', g.getNodeAttributes('a'), c)).toMatchObject({
      highlighted: true,
      forceLabel: true,
      zIndex: 3,
    });
    expect(nodeDisplay('b', g.getNodeAttributes('b'), ctx({ labels: new Set(['b']) })).forceLabel).toBe(true);
  });
});

describe('edgeDisplay', () => {
  it('colours by relation, draws symmetric relations without arrow heads, hairlines when crowded', () => {
    const urged = g.getEdgeAttributes('a|URGED|b');
    expect(edgeDisplay('a|URGED|b', urged, false, ctx())).toMatchObject({
      color: RELATION_COLORS.URGED,
      type: 'arrow',
      hidden: false,
    });
    expect(edgeDisplay('b|MET|c', g.getEdgeAttributes('b|MET|c'), true, ctx()).type).toBe('line');
    expect(edgeDisplay('a|URGED|b', urged, false, ctx({ arrows: false })).type).toBe('hair');
    expect(edgeDisplay('a|URGED|b', urged, false, ctx({ edges: new Set() })).hidden).toBe(true);
  });
  it('keeps lit and selected edges thick with heads, fades the others', () => {
    const urged = g.getEdgeAttributes('a|URGED|b');
    const c = ctx({ arrows: false, litEdges: new Set(['a|URGED|b']), selectedEdge: 'a|URGED|b' });
    expect(edgeDisplay('a|URGED|b', urged, false, c)).toMatchObject({ type: 'litArrow', zIndex: 3 });
    expect(edgeDisplay('b|MET|c', g.getEdgeAttributes('b|MET|c'), true, c).color).toBe(FADED_EDGE);
  });
});

describe('placeLabels', () => {
  const opts = { width: 800, height: 600, fontSize: 14, max: 10 };
  it('keeps the first (most central) of two overlapping labels and drops the other', () => {
    const kept = placeLabels(
      [
        { key: 'big', label: 'Indonesia', x: 100, y: 100, radius: 10 },
        { key: 'near', label: 'Jakarta', x: 110, y: 104, radius: 4 },
        { key: 'far', label: 'Malaysia', x: 400, y: 300, radius: 4 },
      ],
      opts,
    );
    expect([...kept]).toEqual(['big', 'far']);
  });
  it('never keeps two labels whose boxes overlap, and stops at the maximum', () => {
    const cands = Array.from({ length: 400 }, (_, i) => ({
      key: `n${i}`,
      label: `Actor number ${i}`,
      x: (i * 37) % 800,
      y: (i * 53) % 600,
      radius: 3,
    }));
    const kept = placeLabels(cands, { ...opts, max: 1000, margin: 0 });
    const boxes = cands
      .filter((c) => kept.has(c.key))
      .map((c) => [c.x + c.radius + 3, c.y - 7, c.x + c.radius + 3 + c.label.length * 8.4, c.y + 7]);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i] ?? [], boxes[j] ?? []];
        const overlap =
          (a[0] ?? 0) < (b[2] ?? 0) &&
          (b[0] ?? 0) < (a[2] ?? 0) &&
          (a[1] ?? 0) < (b[3] ?? 0) &&
          (b[1] ?? 0) < (a[3] ?? 0);
        expect(overlap).toBe(false);
      }
    }
    expect(kept.size).toBeGreaterThan(10);
    expect(placeLabels(cands, opts).size).toBe(10);
  });
  it('skips labels off screen', () => {
    expect(placeLabels([{ key: 'x', label: 'Far', x: -500, y: 10, radius: 3 }], opts).size).toBe(0);
  });
});
