// The URL fragment round-trips every part of the view state and shrugs off malformed values.
import { describe, expect, it } from 'vitest';
import { defaultViewState } from './model';
import { decodeViewState, encodeViewState } from './url-state';

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(defaultViewState())).toBe('');
  });
  it('round-trips selection, filters, size metric and camera', () => {
    const s = defaultViewState();
    s.node = 'country:us';
    s.edge = 'country:us|URGED|country:il';
    s.hiddenTypes = new Set(['LOCATION', 'PERSON']);
    s.hiddenRelations = new Set(['MET']);
    s.planned = false;
    s.from = '2023-10-07';
    s.to = '2024-01-31';
    s.minWeight = 3;
    s.sizeBy = 'pagerank';
    s.hideIsolated = true;
    s.camera = { x: 0.5123, y: 0.4, ratio: 0.25, angle: 0 };
    const back = decodeViewState(`#${encodeViewState(s)}`);
    expect(back).toEqual(s);
  });
  it('ignores unknown types, bad dates and bad numbers', () => {
    const s = decodeViewState(
      'xt=PERSON,ALIEN&xr=HUGGED&from=yesterday&minw=-2&size=age&cam=1,2,x,0&mod=maybe',
    );
    expect([...s.hiddenTypes]).toEqual(['PERSON']);
    expect(s.hiddenRelations.size).toBe(0);
    expect(s.from).toBeNull();
    expect(s.minWeight).toBe(1);
    expect(s.sizeBy).toBe('degree');
    expect(s.camera).toBeNull();
    expect(s.asserted && s.planned).toBe(true);
  });
});
