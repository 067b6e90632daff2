// The table drawer: nodes or edges that are drawn, searchable and sortable by any column, rows
// linked to the graph selection both ways, and CSV download of every row the search leaves.
import type { Derived } from './derive';
import { append, byId, clear, el } from './dom';
import type { KgGraph } from './graph-model';
import { EDGE_COLUMNS, type EdgeColumn, NODE_COLUMNS, type NodeColumn, type ViewState } from './model';
import type { Store } from './store';
import {
  EDGE_CSV,
  EDGE_TEXT,
  type EdgeRow,
  edgeRows,
  NODE_CSV,
  NODE_TEXT,
  type NodeRow,
  nodeRows,
  tableView,
  toCsv,
} from './tables';

/** Rows put in the page at once; the CSV still has every row. */
const MAX_ROWS = 300;

const HEADINGS: Record<NodeColumn | EdgeColumn, string> = {
  label: 'Name',
  type: 'Type',
  degree: 'Degree',
  pagerank: 'PageRank',
  mentions: 'Mentions',
  community: 'Community',
  source: 'Source',
  relation: 'Relation',
  target: 'Target',
  weight: 'Weight',
  firstDate: 'First',
  lastDate: 'Last',
  modality: 'Modality',
};

export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { attrs: { href: url, download: name } });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function cell(v: string | number, column: string): string {
  if (typeof v !== 'number') return v;
  return column === 'pagerank' ? v.toFixed(4) : String(v);
}

export class TablesView {
  private readonly root = byId('tables', HTMLElement);
  private readonly head = byId('data-table', HTMLTableElement).tHead as HTMLTableSectionElement;
  private readonly body = byId('data-table', HTMLTableElement).tBodies[0] as HTMLTableSectionElement;
  private readonly search = byId('table-search', HTMLInputElement);
  private readonly count = byId('table-count', HTMLElement);
  private readonly button = byId('tables-btn', HTMLButtonElement);
  /** Rows of the last render, in display order, for CSV and the test mirror. */
  shown: (NodeRow | EdgeRow)[] = [];
  private lastKey: unknown[] = [];

  constructor(
    private readonly graph: KgGraph,
    private readonly store: Store,
  ) {
    this.button.addEventListener('click', () =>
      store.dispatch({ type: 'tableOpen', tab: store.state.table.tab === null ? 'nodes' : null }),
    );
    byId('tables-close', HTMLButtonElement).addEventListener('click', () =>
      store.dispatch({ type: 'tableOpen', tab: null }),
    );
    for (const tab of ['nodes', 'edges'] as const) {
      byId(`tab-${tab}`, HTMLButtonElement).addEventListener('click', () =>
        store.dispatch({ type: 'tableOpen', tab }),
      );
    }
    this.search.addEventListener('input', () =>
      store.dispatch({ type: 'tableQuery', query: this.search.value }),
    );
    byId('table-csv', HTMLButtonElement).addEventListener('click', () => this.exportCsv());
  }

  private exportCsv(): void {
    const tab = this.store.state.table.tab;
    if (tab === 'nodes')
      download('kabar-graph-nodes.csv', toCsv(this.shown as NodeRow[], NODE_CSV), 'text/csv');
    else if (tab === 'edges')
      download('kabar-graph-edges.csv', toCsv(this.shown as EdgeRow[], EDGE_CSV), 'text/csv');
  }

  render(s: ViewState, d: Derived): void {
    const t = s.table;
    this.root.hidden = t.tab === null;
    this.button.setAttribute('aria-pressed', String(t.tab !== null));
    if (t.tab === null) return;
    const key = [t.tab, t.sort, t.desc, t.query, d.nodes, d.edges];
    const same = key.every((k, i) => k === this.lastKey[i]);
    if (!same) {
      this.lastKey = key;
      this.shown =
        t.tab === 'nodes'
          ? tableView(nodeRows(this.graph, d.nodes), t, NODE_TEXT)
          : tableView(edgeRows(this.graph, d.edges), t, EDGE_TEXT);
      this.renderRows(s);
    }
    this.markSelection(s);
  }

  private renderRows(s: ViewState): void {
    const t = s.table;
    const tab = t.tab ?? 'nodes';
    for (const name of ['nodes', 'edges'] as const) {
      byId(`tab-${name}`, HTMLButtonElement).setAttribute('aria-selected', String(name === tab));
    }
    if (this.search.value !== t.query) this.search.value = t.query;
    const columns: readonly (NodeColumn | EdgeColumn)[] = tab === 'nodes' ? NODE_COLUMNS : EDGE_COLUMNS;
    clear(this.head);
    const tr = el('tr');
    for (const c of columns) {
      const arrow = c === t.sort ? (t.desc ? ' ▼' : ' ▲') : '';
      const th = el('th', {
        attrs: { 'data-col': c, 'aria-sort': c === t.sort ? (t.desc ? 'descending' : 'ascending') : 'none' },
      });
      append(
        th,
        el(
          'button',
          { className: 'link', onClick: () => this.store.dispatch({ type: 'tableSort', column: c }) },
          `${HEADINGS[c]}${arrow}`,
        ),
      );
      append(tr, th);
    }
    append(this.head, tr);
    clear(this.body);
    for (const row of this.shown.slice(0, MAX_ROWS)) {
      const r = el('tr', { attrs: { 'data-key': row.key } });
      for (const c of columns)
        append(r, el('td', {}, cell((row as unknown as Record<string, string | number>)[c] ?? '', c)));
      r.addEventListener('click', () =>
        this.store.dispatch(
          tab === 'nodes'
            ? { type: 'selectNode', node: row.key }
            : { type: 'selectEdge', edge: row.key, keepNode: null },
        ),
      );
      append(this.body, r);
    }
    const n = this.shown.length;
    this.count.textContent =
      n > MAX_ROWS
        ? `first ${MAX_ROWS} of ${n.toLocaleString('en')} rows (CSV: all)`
        : `${n.toLocaleString('en')} rows`;
  }

  private markSelection(s: ViewState): void {
    const selected = s.table.tab === 'nodes' ? s.node : s.edge;
    for (const r of this.body.rows) {
      const on = r.dataset.key === selected;
      r.classList.toggle('selected', on);
      if (on && !r.dataset.seen) r.scrollIntoView({ block: 'nearest' });
      r.dataset.seen = on ? '1' : '';
    }
  }
}
