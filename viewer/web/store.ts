// The page's one source of truth: a typed store of the view state, changed only by pure actions
// (reduce), with subscribers (canvas, controls, panel, URL, test mirror) told of each change.
import type { ColorBy } from '../../graph/style';
import type { EntityType, RelationType } from '../../src/schema';
import {
  type CameraView,
  defaultViewState,
  EDGE_COLUMNS,
  type EdgeColumn,
  type EgoDepth,
  NODE_COLUMNS,
  type NodeColumn,
  type SizeMetric,
  type TableTab,
  type ViewState,
} from './model';

export type Action =
  | { type: 'selectNode'; node: string }
  /** keepNode: the node to keep selected (an end of the edge, for the panel's back link), or null. */
  | { type: 'selectEdge'; edge: string; keepNode: string | null }
  | { type: 'clearSelection' }
  | { type: 'showType'; entity: EntityType; shown: boolean }
  | { type: 'showRelation'; relation: RelationType; shown: boolean }
  | { type: 'setModality'; asserted: boolean; planned: boolean }
  | { type: 'setDates'; from: string | null; to: string | null }
  | { type: 'setMinWeight'; minWeight: number }
  | { type: 'setShowIsolated'; show: boolean }
  | { type: 'resetFilters' }
  | { type: 'setSizeBy'; sizeBy: SizeMetric }
  | { type: 'setColorBy'; colorBy: ColorBy }
  | { type: 'egoStart'; node: string; depth: EgoDepth }
  | { type: 'egoDepth'; depth: EgoDepth }
  | { type: 'egoExpand'; node: string }
  | { type: 'egoClear' }
  | { type: 'pathEnd'; end: 'from' | 'to'; node: string }
  | { type: 'pathClear' }
  | { type: 'tableOpen'; tab: TableTab | null }
  | { type: 'tableSort'; column: NodeColumn | EdgeColumn }
  | { type: 'tableQuery'; query: string }
  | { type: 'openDoc'; doc: string }
  | { type: 'closeDoc' }
  | { type: 'setCamera'; camera: CameraView }
  | { type: 'replace'; state: ViewState };

/** Text columns sort A→Z first; numbers and dates largest or latest first. */
const ASCENDING_FIRST = new Set<string>(['label', 'type', 'source', 'relation', 'target', 'modality']);

function withSet<T>(set: ReadonlySet<T>, value: T, present: boolean): ReadonlySet<T> {
  if (set.has(value) === present) return set;
  const next = new Set(set);
  if (present) next.add(value);
  else next.delete(value);
  return next;
}

/** The pure transition function: the same state and action always give the same next state. */
export function reduce(s: ViewState, a: Action): ViewState {
  switch (a.type) {
    case 'selectNode':
      return { ...s, node: a.node, edge: null, doc: null };
    case 'selectEdge':
      return { ...s, node: a.keepNode, edge: a.edge, doc: null };
    case 'clearSelection':
      return { ...s, node: null, edge: null, doc: null };
    case 'showType': {
      const hiddenTypes = withSet(s.hiddenTypes, a.entity, !a.shown);
      return hiddenTypes === s.hiddenTypes ? s : { ...s, hiddenTypes };
    }
    case 'showRelation': {
      const hiddenRelations = withSet(s.hiddenRelations, a.relation, !a.shown);
      return hiddenRelations === s.hiddenRelations ? s : { ...s, hiddenRelations };
    }
    case 'setModality':
      return { ...s, asserted: a.asserted, planned: a.planned };
    case 'setDates':
      return { ...s, from: a.from, to: a.to !== null && a.from !== null && a.to < a.from ? a.from : a.to };
    case 'setMinWeight':
      return { ...s, minWeight: Math.max(1, Math.floor(a.minWeight) || 1) };
    case 'setShowIsolated':
      return { ...s, showIsolated: a.show };
    case 'resetFilters': {
      const d = defaultViewState();
      return {
        ...s,
        hiddenTypes: d.hiddenTypes,
        hiddenRelations: d.hiddenRelations,
        asserted: d.asserted,
        planned: d.planned,
        from: d.from,
        to: d.to,
        minWeight: d.minWeight,
        showIsolated: d.showIsolated,
        ego: null,
        pathFrom: null,
        pathTo: null,
      };
    }
    case 'setSizeBy':
      return { ...s, sizeBy: a.sizeBy };
    case 'setColorBy':
      return { ...s, colorBy: a.colorBy };
    default:
      return reduceExplore(s, a);
  }
}

/** Ego network, paths, tables, documents and camera. */
function reduceExplore(s: ViewState, a: Action): ViewState {
  switch (a.type) {
    case 'egoStart':
      return { ...s, ego: { node: a.node, depth: a.depth, expanded: [] }, pathFrom: null, pathTo: null };
    case 'egoDepth':
      return s.ego === null ? s : { ...s, ego: { ...s.ego, depth: a.depth } };
    case 'egoExpand':
      if (s.ego === null || s.ego.node === a.node || s.ego.expanded.includes(a.node)) return s;
      return { ...s, ego: { ...s.ego, expanded: [...s.ego.expanded, a.node] } };
    case 'egoClear':
      return { ...s, ego: null };
    case 'pathEnd': {
      const next = { ...s, ego: null };
      return a.end === 'from' ? { ...next, pathFrom: a.node } : { ...next, pathTo: a.node };
    }
    case 'pathClear':
      return { ...s, pathFrom: null, pathTo: null };
    case 'tableOpen': {
      if (a.tab === s.table.tab) return s;
      // Each table has its own columns: a sort that does not exist in the new one falls back.
      const cols: readonly string[] = a.tab === 'edges' ? EDGE_COLUMNS : NODE_COLUMNS;
      const keep = a.tab === null || cols.includes(s.table.sort);
      const sort = keep ? s.table.sort : a.tab === 'edges' ? 'weight' : 'degree';
      return { ...s, table: { ...s.table, tab: a.tab, sort, desc: keep ? s.table.desc : true } };
    }
    case 'tableSort': {
      const desc = s.table.sort === a.column ? !s.table.desc : !ASCENDING_FIRST.has(a.column);
      return { ...s, table: { ...s.table, sort: a.column, desc } };
    }
    case 'tableQuery':
      return { ...s, table: { ...s.table, query: a.query } };
    case 'openDoc':
      return { ...s, doc: a.doc };
    case 'closeDoc':
      return { ...s, doc: null };
    case 'setCamera':
      return { ...s, camera: a.camera };
    case 'replace':
      return a.state;
    default:
      return s;
  }
}

export type Listener = (state: ViewState, prev: ViewState, action: Action) => void;

/** Holds the state; dispatch runs reduce and tells every subscriber, in subscription order. */
export class Store {
  private current: ViewState;
  private readonly listeners: Listener[] = [];

  constructor(initial: ViewState) {
    this.current = initial;
  }

  get state(): ViewState {
    return this.current;
  }

  dispatch(action: Action): void {
    const prev = this.current;
    const next = reduce(prev, action);
    if (next === prev) return;
    this.current = next;
    for (const l of this.listeners) l(next, prev, action);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}
