// The URL fragment round-trips every part of the view state and shrugs off malformed values.
import { describe, expect, it } from 'vitest';
import { defaultViewState, type ViewState } from './model';
import { decodeViewState, encodeViewState } from './url-state';

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
  });
  it('round-trips selection, filters, appearance, ego, path, table, document and camera', () => {
    const s: ViewState = {
      ...defaultViewState(),
      node: 'country:us',
      edge: 'country:us|URGED|country:il',
      hiddenTypes: new Set(['LOCATION', 'PERSON']),
      hiddenRelations: new Set(['MET']),
      planned: false,
      from: '2023-10-07',
      to: '2024-01-31',
      minWeight: 3,
      sizeBy: 'pagerank',
      colorBy: 'community',
      showIsolated: true,
      ego: { node: 'country:us', depth: 2, expanded: ['org:un,1', 'country:il'] },
      pathFrom: 'a',
      pathTo: 'b&c',
      table: { tab: 'edges', sort: 'firstDate', desc: false, query: 'Gaza =1' },
      doc: 'doc#7',
      camera: { x: 0.5123, y: 0.4, ratio: 0.25, angle: 0 },
    };
    expect(decodeViewState(`#${encodeViewState(s)}`)).toEqual(s);
  });
  it('ignores unknown types, bad dates, bad numbers and a broken expansion list', () => {
    const s = decodeViewState(
      'xt=PERSON,ALIEN&xr=HUGGED&from=yesterday&minw=-2&size=age&cam=1,2,x,0&mod=maybe&color=mood&ego=x&depth=9&exp=[1,&sort=-nope',
    );
    expect([...s.hiddenTypes]).toEqual(['PERSON']);
    expect(s.hiddenRelations.size).toBe(0);
    expect(s.from).toBeNull();
    expect(s.minWeight).toBe(1);
    expect(s.sizeBy).toBe('degree');
    expect(s.colorBy).toBe('type');
    expect(s.camera).toBeNull();
    expect(s.asserted && s.planned).toBe(true);
    expect(s.ego).toEqual({ node: 'x', depth: 1, expanded: [] });
    expect(s.table).toEqual(defaultViewState().table);
  });
});
