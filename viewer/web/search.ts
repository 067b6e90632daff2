// The search box: names and aliases ranked as you type, arrow keys to move, Enter to select the
// actor (which centres the camera on it).
import { ENTITY_COLORS } from '../../graph/style';
import { append, byId, clear, el, swatch } from './dom';
import type { KgGraph } from './graph-model';
import { type SearchHit, searchEntry, searchNodes } from './model';

export function wireSearch(graph: KgGraph, choose: (node: string) => void): void {
  const entries = graph.mapNodes((n, a) => searchEntry(n, a));
  const input = byId('search-input', HTMLInputElement);
  const list = byId('search-results', HTMLDivElement);
  let hits: SearchHit[] = [];
  let active = -1;
  const pick = (h: SearchHit): void => {
    input.value = h.label;
    hits = [];
    active = -1;
    render();
    choose(h.key);
  };
  function render(): void {
    clear(list);
    hits.forEach((h, i) => {
      const li = el(
        'div',
        { className: i === active ? 'active' : '', attrs: { role: 'option', 'data-node': h.key } },
        swatch(ENTITY_COLORS[h.type]),
        el('span', { className: 'name' }, h.label),
        h.via !== null ? el('span', { className: 'via' }, h.via) : null,
      );
      // mousedown fires before the input's blur hides the list.
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        pick(h);
      });
      append(list, li);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
  }
  input.addEventListener('input', () => {
    hits = searchNodes(entries, input.value, 12);
    active = hits.length > 0 ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (hits.length === 0) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Enter') {
      const h = hits[active] ?? hits[0];
      if (h !== undefined) pick(h);
    } else if (ev.key === 'Escape') {
      hits = [];
      render();
    }
  });
  input.addEventListener('blur', () => {
    hits = [];
    render();
  });
}
