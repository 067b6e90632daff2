// The graphology graph of a graph.json: clear errors on broken files, visibility, relation groups.
import { describe, expect, it } from 'vitest';
import type { GraphFile } from '../../src/schema';
import { generateSyntheticGraph } from '../synthetic';
import { buildGraph, computeVisibility, neighbourhood, relationGroups, summarize } from './graph-model';
import { ALL_RELATION_TYPES, defaultViewState, type ViewState } from './model';

const file = generateSyntheticGraph({ nodes: 60, edges: 150, seed: 7 });

describe('buildGraph', () => {
  it('loads every node and edge', () => {
    const g = buildGraph(file);
    expect(g.order).toBe(file.graph.nodes.length);
    expect(g.size).toBe(file.graph.edges.length);
  });
  it('names an edge that points to a missing node', () => {
    const bad: GraphFile = structuredClone(file);
    const e = bad.graph.edges[0];
    if (e) e.target = 'nobody';
    expect(() => buildGraph(bad)).toThrow(/edge ".*" refers to unknown node "nobody".*kg build/);
  });
});

describe('computeVisibility', () => {
  const g = buildGraph(file);
  it('shows everything by default', () => {
    const v = computeVisibility(g, defaultViewState());
    expect(v.nodes.size).toBe(g.order);
    expect(v.edges.size).toBe(g.size);
  });
  it('drops the edges of a hidden relation type and of hidden entity types', () => {
    const s: ViewState = { ...defaultViewState(), hiddenRelations: new Set(['URGED']) };
    const urged = g.filterEdges((_e, a) => a.relation === 'URGED').length;
    expect(urged).toBeGreaterThan(0);
    expect(computeVisibility(g, s).edges.size).toBe(g.size - urged);
    const t: ViewState = { ...defaultViewState(), hiddenTypes: new Set(['PERSON']) };
    const v = computeVisibility(g, t);
    expect([...v.nodes].some((n) => g.getNodeAttribute(n, 'type') === 'PERSON')).toBe(false);
    for (const e of v.edges) expect(g.extremities(e).every((n) => v.nodes.has(n))).toBe(true);
  });
});

describe('node queries', () => {
  const g = buildGraph(file);
  it('groups relations by type with counterpart and count, symmetric ones both ways', () => {
    const groups = relationGroups(g, 'amerika-serikat', ALL_RELATION_TYPES);
    const urged = groups.find((x) => x.relation === 'URGED');
    expect(urged?.items.find((i) => i.other === 'israel')).toMatchObject({
      direction: 'out',
      otherLabel: 'Israel',
    });
    for (const grp of groups) {
      expect(grp.mentions).toBe(grp.items.reduce((n, i) => n + i.weight, 0));
      if (grp.relation === 'MET') expect(grp.items.every((i) => i.direction === 'both')).toBe(true);
    }
  });
  it('lights a node and its visible neighbours', () => {
    const all = new Set(g.edges());
    const hood = neighbourhood(g, 'israel', all);
    expect(hood.has('israel')).toBe(true);
    expect(hood.has('amerika-serikat')).toBe(true);
    expect(neighbourhood(g, 'israel', new Set()).size).toBe(1);
  });
  it('summarizes counts per type and the date range', () => {
    const s = summarize(g);
    expect([...s.nodesByType.values()].reduce((a, b) => a + b, 0)).toBe(g.order);
    expect(s.firstDate !== null && s.lastDate !== null && s.firstDate <= s.lastDate).toBe(true);
  });
});
