// The view state in the page's URL fragment, so a view can be shared as a link. Only what differs
// from the defaults is written; unknown or malformed values are ignored when reading.
import { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from '../../src/schema';
import { type CameraView, defaultViewState, SIZE_METRICS, type SizeMetric, type ViewState } from './model';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function round(n: number): string {
  return String(Math.round(n * 10_000) / 10_000);
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
  if (s.hideIsolated) p.set('iso', '0');
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

/** Reads a fragment (with or without the leading '#') into a full view state. */
export function decodeViewState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const s = defaultViewState();
  s.node = p.get('node');
  s.edge = p.get('edge');
  s.hiddenTypes = listOf<EntityType>(p.get('xt'), ENTITY_TYPES);
  s.hiddenRelations = listOf<RelationType>(p.get('xr'), RELATION_TYPES);
  const mod = p.get('mod');
  if (mod === 'asserted' || mod === 'planned' || mod === 'none') {
    s.asserted = mod === 'asserted';
    s.planned = mod === 'planned';
  }
  const from = p.get('from');
  const to = p.get('to');
  if (from !== null && DATE.test(from)) s.from = from;
  if (to !== null && DATE.test(to)) s.to = to;
  const minw = Number(p.get('minw'));
  if (Number.isInteger(minw) && minw > 1) s.minWeight = minw;
  const size = SIZE_METRICS.find((m): m is SizeMetric => m === p.get('size'));
  if (size !== undefined) s.sizeBy = size;
  s.hideIsolated = p.get('iso') === '0';
  s.camera = parseCamera(p.get('cam'));
  return s;
}
