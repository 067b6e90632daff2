// The legend and filter controls: entity and relation rows with drawn / total counts, node colour
// legend, edge weight legend, modality, minimum weight, isolated nodes, colour and size pickers.
// Inputs dispatch actions; render() puts the state back into the inputs.
import {
  COLOR_BY,
  COMMUNITY_COLORS,
  type ColorBy,
  ENTITY_COLORS,
  OTHER_COLOR,
  RELATION_COLORS,
  SEQUENTIAL_RAMP,
} from '../../graph/style';
import type { EntityType, RelationType } from '../../src/schema';
import type { Derived } from './derive';
import { edgeWidth } from './display';
import { append, byId, clear, el, swatch } from './dom';
import type { DataSummary, KgGraph } from './graph-model';
import { ALL_ENTITY_TYPES, ALL_RELATION_TYPES, SIZE_METRICS, type SizeMetric, type ViewState } from './model';
import type { Store } from './store';

const COLOR_LABELS: Record<ColorBy, string> = {
  type: 'entity type',
  community: 'community (Louvain)',
  degree: 'degree',
  pagerank: 'PageRank',
  mentions: 'mentions',
  documents: 'documents',
};

interface Row {
  box: HTMLInputElement;
  count: HTMLElement;
  total: number;
}

export class Controls {
  private readonly typeRows = new Map<EntityType, Row>();
  private readonly relationRows = new Map<RelationType, Row>();
  private readonly modAsserted = byId('mod-asserted', HTMLInputElement);
  private readonly modPlanned = byId('mod-planned', HTMLInputElement);
  private readonly minWeight = byId('min-weight', HTMLInputElement);
  private readonly minWeightValue = byId('min-weight-value', HTMLOutputElement);
  private readonly showIsolated = byId('show-isolated', HTMLInputElement);
  private readonly showIsolatedLabel = byId('show-isolated-label', HTMLElement);
  private readonly sizeBy = byId('size-by', HTMLSelectElement);
  private readonly colorBy = byId('color-by', HTMLSelectElement);
  private readonly nodeLegend = byId('legend-nodes', HTMLUListElement);
  private shownColorBy: ColorBy | null = null;

  constructor(
    private readonly graph: KgGraph,
    store: Store,
    summary: DataSummary,
  ) {
    for (const t of ALL_ENTITY_TYPES) {
      const n = summary.nodesByType.get(t) ?? 0;
      if (n > 0)
        this.typeRows.set(
          t,
          this.legendRow('legend-types', t, ENTITY_COLORS[t], n, 'data-type', (shown) =>
            store.dispatch({ type: 'showType', entity: t, shown }),
          ),
        );
    }
    for (const r of ALL_RELATION_TYPES) {
      const n = summary.edgesByRelation.get(r) ?? 0;
      if (n > 0)
        this.relationRows.set(
          r,
          this.legendRow('legend-relations', r, RELATION_COLORS[r], n, 'data-relation', (shown) =>
            store.dispatch({ type: 'showRelation', relation: r, shown }),
          ),
        );
    }
    this.weightLegend(summary.maxWeight);
    this.minWeight.max = String(summary.maxWeight);
    this.minWeight.disabled = summary.maxWeight <= 1;
    const modality = (): void =>
      store.dispatch({
        type: 'setModality',
        asserted: this.modAsserted.checked,
        planned: this.modPlanned.checked,
      });
    this.modAsserted.addEventListener('change', modality);
    this.modPlanned.addEventListener('change', modality);
    this.minWeight.addEventListener('input', () =>
      store.dispatch({ type: 'setMinWeight', minWeight: Number(this.minWeight.value) }),
    );
    this.showIsolated.addEventListener('change', () =>
      store.dispatch({ type: 'setShowIsolated', show: this.showIsolated.checked }),
    );
    for (const m of SIZE_METRICS)
      append(this.sizeBy, el('option', { attrs: { value: m } }, m === 'pagerank' ? 'PageRank' : m));
    for (const m of COLOR_BY) append(this.colorBy, el('option', { attrs: { value: m } }, COLOR_LABELS[m]));
    this.sizeBy.addEventListener('change', () => {
      const m = SIZE_METRICS.find((x): x is SizeMetric => x === this.sizeBy.value);
      if (m !== undefined) store.dispatch({ type: 'setSizeBy', sizeBy: m });
    });
    this.colorBy.addEventListener('change', () => {
      const m = COLOR_BY.find((x): x is ColorBy => x === this.colorBy.value);
      if (m !== undefined) store.dispatch({ type: 'setColorBy', colorBy: m });
    });
    byId('reset-filters', HTMLButtonElement).addEventListener('click', () =>
      store.dispatch({ type: 'resetFilters' }),
    );
  }

  private legendRow(
    listId: string,
    value: string,
    color: string,
    total: number,
    attr: string,
    onChange: (shown: boolean) => void,
  ): Row {
    const box = el('input', { attrs: { type: 'checkbox', [attr]: value } });
    box.addEventListener('change', () => onChange(box.checked));
    const count = el('span', { className: 'count' }, String(total));
    append(
      byId(listId, HTMLUListElement),
      el('li', {}, el('label', {}, box, swatch(color), el('span', { className: 'name' }, value), count)),
    );
    return { box, count, total };
  }

  /** Thickness samples at powers of two up to the heaviest edge: the rule the canvas draws with. */
  private weightLegend(maxWeight: number): void {
    const box = byId('legend-weight', HTMLDivElement);
    for (let w = 1; w <= maxWeight; w *= 4) {
      const line = el('span', { className: 'weight-line' });
      line.style.height = `${Math.max(1, edgeWidth(w))}px`;
      append(
        box,
        el('div', { className: 'weight-row' }, line, el('span', {}, `${w} mention${w === 1 ? '' : 's'}`)),
      );
    }
  }

  /** Node colour legend for the current rule: communities by size, or the numeric ramp. */
  private renderNodeLegend(by: ColorBy): void {
    if (by === this.shownColorBy) return;
    this.shownColorBy = by;
    clear(this.nodeLegend);
    this.nodeLegend.hidden = by === 'type';
    if (by === 'community') {
      const sizes = new Map<number, number>();
      this.graph.forEachNode((_n, a) => {
        sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1);
      });
      COMMUNITY_COLORS.forEach((c, i) => {
        const n = sizes.get(i);
        if (n !== undefined)
          append(
            this.nodeLegend,
            el('li', {}, swatch(c), `community ${i}`, el('span', { className: 'count' }, String(n))),
          );
      });
      if (sizes.size > COMMUNITY_COLORS.length)
        append(this.nodeLegend, el('li', {}, swatch(OTHER_COLOR), 'smaller communities'));
    } else if (by !== 'type') {
      const ramp = el('li', { className: 'ramp' });
      for (const c of SEQUENTIAL_RAMP) append(ramp, swatch(c));
      append(this.nodeLegend, ramp, el('li', { className: 'hint' }, `low → high ${COLOR_LABELS[by]}`));
    }
  }

  render(s: ViewState, d: Derived): void {
    for (const [t, row] of this.typeRows) {
      row.box.checked = !s.hiddenTypes.has(t);
      row.count.textContent = `${(d.nodesByType.get(t) ?? 0).toLocaleString('en')} / ${row.total.toLocaleString('en')}`;
    }
    for (const [r, row] of this.relationRows) {
      row.box.checked = !s.hiddenRelations.has(r);
      row.count.textContent = `${(d.edgesByRelation.get(r) ?? 0).toLocaleString('en')} / ${row.total.toLocaleString('en')}`;
    }
    this.modAsserted.checked = s.asserted;
    this.modPlanned.checked = s.planned;
    this.minWeight.value = String(s.minWeight);
    this.minWeightValue.value = String(s.minWeight);
    this.showIsolated.checked = s.showIsolated;
    // Inside an ego network or a path, the other nodes are hidden by it, not for lacking relations.
    const isolated = d.filtered.nodes.size - d.nodes.size;
    const exploring = d.ego !== null || d.path !== null;
    this.showIsolatedLabel.textContent =
      s.showIsolated || exploring
        ? 'show nodes without a drawn relation'
        : `show ${isolated.toLocaleString('en')} nodes without a drawn relation`;
    this.sizeBy.value = s.sizeBy;
    this.colorBy.value = s.colorBy;
    this.renderNodeLegend(s.colorBy);
  }
}
