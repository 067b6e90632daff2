// The store's actions are pure: same state and action, same next state; untouched parts are shared.
import { describe, expect, it } from 'vitest';
import { defaultViewState } from './model';
import { reduce, Store } from './store';

describe('reduce', () => {
  const s0 = defaultViewState();

  it('does not mutate the state it is given and returns the same object for a no-op', () => {
    const frozen = Object.freeze({ ...s0 });
    const next = reduce(frozen, { type: 'showType', entity: 'PERSON', shown: false });
    expect([...next.hiddenTypes]).toEqual(['PERSON']);
    expect(frozen.hiddenTypes.size).toBe(0);
    expect(reduce(next, { type: 'showType', entity: 'PERSON', shown: false })).toBe(next);
    expect(reduce(s0, { type: 'egoDepth', depth: 2 })).toBe(s0);
  });

  it('grows an ego network one expanded node at a time, never twice, and clears paths', () => {
    let s = reduce({ ...s0, pathFrom: 'x', pathTo: 'y' }, { type: 'egoStart', node: 'a', depth: 1 });
    expect(s.pathFrom).toBeNull();
    s = reduce(s, { type: 'egoExpand', node: 'b' });
    s = reduce(s, { type: 'egoExpand', node: 'b' });
    s = reduce(s, { type: 'egoExpand', node: 'a' });
    s = reduce(s, { type: 'egoDepth', depth: 3 });
    expect(s.ego).toEqual({ node: 'a', depth: 3, expanded: ['b'] });
    expect(reduce(s, { type: 'pathEnd', end: 'to', node: 'z' }).ego).toBeNull();
  });

  it('toggles the sort direction on the same column and starts numbers descending, names ascending', () => {
    let s = reduce(s0, { type: 'tableOpen', tab: 'nodes' });
    expect(s.table).toMatchObject({ tab: 'nodes', sort: 'degree', desc: true });
    s = reduce(s, { type: 'tableSort', column: 'degree' });
    expect(s.table.desc).toBe(false);
    s = reduce(s, { type: 'tableSort', column: 'label' });
    expect(s.table).toMatchObject({ sort: 'label', desc: false });
    s = reduce(s, { type: 'tableOpen', tab: 'edges' });
    expect(s.table).toMatchObject({ tab: 'edges', sort: 'weight', desc: true });
  });

  it('keeps a date range ordered and the minimum weight a whole number of at least 1', () => {
    expect(reduce(s0, { type: 'setDates', from: '2024-02-01', to: '2024-01-01' }).to).toBe('2024-02-01');
    expect(reduce(s0, { type: 'setMinWeight', minWeight: 0 }).minWeight).toBe(1);
    expect(reduce(s0, { type: 'setMinWeight', minWeight: 3.7 }).minWeight).toBe(3);
  });

  it('reset clears filters and exploration but keeps selection and appearance', () => {
    const busy = {
      ...s0,
      node: 'a',
      colorBy: 'community' as const,
      minWeight: 4,
      showIsolated: true,
      ego: { node: 'a', depth: 2 as const, expanded: [] },
    };
    const r = reduce(busy, { type: 'resetFilters' });
    expect(r).toMatchObject({
      node: 'a',
      colorBy: 'community',
      minWeight: 1,
      showIsolated: false,
      ego: null,
    });
  });
});

describe('Store', () => {
  it('tells subscribers the new and previous state, and nothing for a no-op', () => {
    const store = new Store(defaultViewState());
    const seen: string[] = [];
    store.subscribe((s, prev, a) => seen.push(`${a.type}:${prev.node}->${s.node}`));
    store.dispatch({ type: 'selectNode', node: 'a' });
    store.dispatch({ type: 'egoDepth', depth: 2 });
    store.dispatch({ type: 'clearSelection' });
    expect(seen).toEqual(['selectNode:null->a', 'clearSelection:a->null']);
  });
});
