// The view state in the page's URL fragment, so a view can be shared as a link. Only what differs
// from the defaults is written; unknown or malformed values are ignored when reading.
import { COLOR_BY, type ColorBy } from '../../graph/style';
import { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from '../../src/schema';
import {
  type CameraView,
  defaultViewState,
  EDGE_COLUMNS,
  type EgoDepth,
  type EgoState,
  NODE_COLUMNS,
  SIZE_METRICS,
  type SizeMetric,
  type TableState,
  type ViewState,
} from './model';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function round(n: number): string {
  return String(Math.round(n * 10_000) / 10_000);
}

function encodeExplore(s: ViewState, p: URLSearchParams): void {
  if (s.ego !== null) {
    p.set('ego', s.ego.node);
    if (s.ego.depth !== 1) p.set('depth', String(s.ego.depth));
    // Node keys may hold commas; the list is JSON so any key survives.
    if (s.ego.expanded.length > 0) p.set('exp', JSON.stringify(s.ego.expanded));
  }
  if (s.pathFrom !== null) p.set('pfrom', s.pathFrom);
  if (s.pathTo !== null) p.set('pto', s.pathTo);
  const d = defaultViewState().table;
  if (s.table.tab !== null) p.set('tab', s.table.tab);
  if (s.table.sort !== d.sort || s.table.desc !== d.desc)
    p.set('sort', `${s.table.desc ? '-' : ''}${s.table.sort}`);
  if (s.table.query !== '') p.set('q', s.table.query);
  if (s.doc !== null) p.set('doc', s.doc);
}

export function encodeViewState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.node !== null) p.set('node', s.node);
  if (s.edge !== null) p.set('edge', s.edge);
  if (s.hiddenTypes.size > 0) p.set('xt', ENTITY_TYPES.filter((t) => s.hiddenTypes.has(t)).join(','));
  if (s.hiddenRelations.size > 0) {
    p.set('xr', RELATION_TYPES.filter((r) => s.hiddenRelations.has(r)).join(','));
  }
  if (!(s.asserted && s.planned)) p.set('mod', s.asserted ? 'asserted' : s.planned ? 'planned' : 'none');
  if (s.from !== null) p.set('from', s.from);
  if (s.to !== null) p.set('to', s.to);
  if (s.minWeight > 1) p.set('minw', String(s.minWeight));
  if (s.sizeBy !== 'degree') p.set('size', s.sizeBy);
  if (s.colorBy !== 'type') p.set('color', s.colorBy);
  if (s.showIsolated) p.set('iso', '1');
  encodeExplore(s, p);
  if (s.camera !== null) {
    const c = s.camera;
    p.set('cam', [c.x, c.y, c.ratio, c.angle].map(round).join(','));
  }
  return p.toString();
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): Set<T> {
  const out = new Set<T>();
  for (const v of (value ?? '').split(',')) {
    const hit = allowed.find((a) => a === v);
    if (hit !== undefined) out.add(hit);
  }
  return out;
}

function parseCamera(value: string | null): CameraView | null {
  if (value === null) return null;
  const parts = value.split(',').map(Number);
  if (parts.length !== 4 || !parts.every(Number.isFinite)) return null;
  const [x, y, ratio, angle] = parts as [number, number, number, number];
  return ratio > 0 ? { x, y, ratio, angle } : null;
}

function parseList(value: string | null): string[] {
  if (value === null) return [];
  try {
    const v: unknown = JSON.parse(value);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function parseEgo(p: URLSearchParams): EgoState | null {
  const node = p.get('ego');
  if (node === null || node === '') return null;
  const d = Number(p.get('depth') ?? '1');
  const depth: EgoDepth = d === 2 ? 2 : d === 3 ? 3 : 1;
  return { node, depth, expanded: parseList(p.get('exp')) };
}

function parseTable(p: URLSearchParams): TableState {
  const t = defaultViewState().table;
  const tab = p.get('tab');
  if (tab === 'nodes' || tab === 'edges') t.tab = tab;
  const sort = p.get('sort') ?? '';
  const col = sort.replace(/^-/, '');
  const known = [...NODE_COLUMNS, ...EDGE_COLUMNS].find((c) => c === col);
  if (known !== undefined) {
    t.sort = known;
    t.desc = sort.startsWith('-');
  }
  t.query = p.get('q') ?? '';
  return t;
}

/** Reads a fragment (with or without the leading '#') into a full view state. */
export function decodeViewState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const s = defaultViewState();
  const mod = p.get('mod');
  const from = p.get('from');
  const to = p.get('to');
  const minw = Number(p.get('minw'));
  const size = SIZE_METRICS.find((m): m is SizeMetric => m === p.get('size'));
  const color = COLOR_BY.find((m): m is ColorBy => m === p.get('color'));
  return {
    ...s,
    node: p.get('node'),
    edge: p.get('edge'),
    hiddenTypes: listOf<EntityType>(p.get('xt'), ENTITY_TYPES),
    hiddenRelations: listOf<RelationType>(p.get('xr'), RELATION_TYPES),
    asserted: mod === 'asserted' || (mod !== 'planned' && mod !== 'none'),
    planned: mod === 'planned' || (mod !== 'asserted' && mod !== 'none'),
    from: from !== null && DATE.test(from) ? from : null,
    to: to !== null && DATE.test(to) ? to : null,
    minWeight: Number.isInteger(minw) && minw > 1 ? minw : 1,
    sizeBy: size ?? s.sizeBy,
    colorBy: color ?? s.colorBy,
    showIsolated: p.get('iso') === '1',
    ego: parseEgo(p),
    pathFrom: p.get('pfrom'),
    pathTo: p.get('pto'),
    table: parseTable(p),
    doc: p.get('doc'),
    camera: parseCamera(p.get('cam')),
  };
}
