// What is drawn: isolated nodes hidden by default, the ego network with depth and expansion, and
// every shortest path between two actors, all over the edges the filters leave.
import { describe, expect, it } from 'vitest';
import { Deriver } from './derive';
import { linksOf, shortestPaths } from './explore';
import { tinyGraph } from './fixture';
import { defaultViewState, type ViewState } from './model';

// a–b–c–d is three steps; a–e–d and a–f–d are two; g is isolated; h–i is apart.
const g = tinyGraph(
  ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
  [
    ['a', 'MET', 'b', ['2024-01-01']],
    ['b', 'URGED', 'c', ['2024-01-02']],
    ['c', 'URGED', 'd', ['2024-01-03']],
    ['a', 'VISITED', 'e', ['2024-02-01']],
    ['d', 'CRITICIZED', 'e', ['2024-02-02']],
    ['a', 'SUPPORTS', 'f', ['2024-03-01']],
    ['f', 'SUPPORTS', 'd', ['2024-03-02']],
    ['h', 'MET', 'i', ['2024-04-01']],
  ],
);
const s0 = defaultViewState();

describe('derive', () => {
  it('draws only nodes with a drawn relation unless isolated nodes are asked for', () => {
    const d = new Deriver(g).derive(s0);
    expect(d.nodes.has('g')).toBe(false);
    expect(d.nodes.size).toBe(8);
    expect(d.filtered.nodes.size).toBe(9);
    expect(new Deriver(g).derive({ ...s0, showIsolated: true }).nodes.size).toBe(9);
    // Without MET, h–i goes and h and i with it; the counts follow.
    const f = new Deriver(g).derive({ ...s0, hiddenRelations: new Set(['MET']) });
    expect([...f.nodes].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(f.edgesByRelation.get('MET')).toBeUndefined();
    expect(f.nodesByType.get('COUNTRY')).toBe(6);
  });

  it('keeps a selected isolated node drawn, so search can reach it', () => {
    expect(new Deriver(g).derive({ ...s0, node: 'g' }).nodes.has('g')).toBe(true);
  });

  it('shows the ego network to the chosen depth, plus the neighbours of expanded nodes', () => {
    const dv = new Deriver(g);
    const ego = (over: Partial<NonNullable<ViewState['ego']>>): Set<string> =>
      dv.derive({ ...s0, ego: { node: 'b', depth: 1, expanded: [], ...over } }).nodes;
    expect([...ego({})].sort()).toEqual(['a', 'b', 'c']);
    expect([...ego({ depth: 2 })].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect([...ego({ expanded: ['c'] })].sort()).toEqual(['a', 'b', 'c', 'd']);
    const d = dv.derive({ ...s0, ego: { node: 'b', depth: 1, expanded: [] } });
    for (const e of d.edges) expect(g.extremities(e).every((n) => d.nodes.has(n))).toBe(true);
  });

  it('ego networks follow the filters: a hidden relation does not link', () => {
    const d = new Deriver(g).derive({
      ...s0,
      hiddenRelations: new Set(['MET']),
      ego: { node: 'b', depth: 1, expanded: [] },
    });
    expect([...d.nodes].sort()).toEqual(['b', 'c']);
  });

  it('draws every shortest path between two actors and only those', () => {
    const d = new Deriver(g).derive({ ...s0, pathFrom: 'a', pathTo: 'd' });
    expect(d.path?.length).toBe(2);
    expect(d.path?.paths).toEqual([
      ['a', 'e', 'd'],
      ['a', 'f', 'd'],
    ]);
    expect([...d.nodes].sort()).toEqual(['a', 'd', 'e', 'f']);
    expect([...d.edges].sort()).toEqual(['a|SUPPORTS|f', 'a|VISITED|e', 'd|CRITICIZED|e', 'f|SUPPORTS|d']);
    // Without SUPPORTS and VISITED the only way is the long one.
    const long = new Deriver(g).derive({
      ...s0,
      hiddenRelations: new Set(['SUPPORTS', 'VISITED']),
      pathFrom: 'a',
      pathTo: 'd',
    });
    expect(long.path?.paths).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('says when two actors are not connected, and caps the list of paths', () => {
    const d = new Deriver(g).derive({ ...s0, pathFrom: 'a', pathTo: 'h' });
    expect(d.path?.length).toBeNull();
    expect([...d.nodes].sort()).toEqual(['a', 'h']);
    const capped = shortestPaths(linksOf(g, new Set(g.edges())), 'a', 'd', 1);
    expect(capped.paths).toHaveLength(1);
    expect(capped.truncated).toBe(true);
  });

  it('a time window keeps only edges mentioned in it', () => {
    const d = new Deriver(g).derive({ ...s0, from: '2024-02-01', to: '2024-02-29' });
    expect([...d.edges].sort()).toEqual(['a|VISITED|e', 'd|CRITICIZED|e']);
  });
});
