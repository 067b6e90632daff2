// Appearance of nodes and edges: palettes and the pure colour/size rules, shared by graph/ (graph.json,
// GEXF) and viewer/ (canvas, legends, subgraph export). No Node imports: the browser bundle uses it.
import type { EdgeAttrs, EntityType, NodeAttrs, RelationType } from '../src/schema';

/**
 * The 15 entity and relation colours were picked together from Okabe–Ito and Paul Tol's palettes so
 * that every pair stays apart (CIELAB ΔE ≥ 12) for normal vision and simulated protanopia,
 * deuteranopia and tritanopia; style.test.ts checks it. Relations never reuse a node colour.
 */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  PERSON: '#6699cc',
  COUNTRY: '#d55e00',
  ORGANIZATION: '#117733',
  LOCATION: '#ddaa33',
  CONFLICT: '#aa4499',
};

/** Edge colour by relation type: cooperative acts cool, hostile acts warm and dark, ties grey. */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  MET: '#88ccee',
  URGED: '#ee8866',
  MEDIATES: '#999933',
  NEGOTIATES_WITH: '#332288',
  VISITED: '#777777',
  CRITICIZED: '#cc79a7',
  REJECTED: '#882255',
  SUPPORTS: '#eecc66',
  ATTACKED: '#663333',
  AFFILIATED_WITH: '#bbbbbb',
};

/** Louvain communities beyond the largest ones share this colour. */
export const OTHER_COLOR = '#cfd3d8';

/** Categorical colours for communities (Paul Tol's "light" and "bright" sets, colour-blind safe). */
export const COMMUNITY_COLORS: readonly string[] = [
  '#4477aa',
  '#ee6677',
  '#228833',
  '#ccbb44',
  '#66ccee',
  '#aa3377',
  '#77aadd',
  '#ee8866',
  '#44bb99',
  '#bbcc33',
  '#99ddff',
  '#ffaabb',
];

/** A sequential ramp for numeric attributes (Tol's "YlOrBr"-like, readable in every colour vision). */
export const SEQUENTIAL_RAMP: readonly string[] = [
  '#fee391',
  '#fec44f',
  '#fb9a29',
  '#ec7014',
  '#cc4c02',
  '#8c2d04',
];

export const NODE_SIZE_MIN = 3;
export const NODE_SIZE_MAX = 20;

/** What node colour can follow: the entity type, the Louvain community, or a numeric attribute. */
export const COLOR_BY = ['type', 'community', 'degree', 'pagerank', 'mentions', 'documents'] as const;
export type ColorBy = (typeof COLOR_BY)[number];
/** What node size can follow. */
export const SIZE_BY = ['degree', 'pagerank', 'mentions'] as const;
export type SizeBy = (typeof SIZE_BY)[number];

/** A node's value for a numeric attribute (documents counts the articles naming it). */
export function nodeMetric(a: NodeAttrs, m: SizeBy | 'documents'): number {
  if (m === 'documents') return a.documents.length;
  return m === 'degree' ? a.degree : m === 'pagerank' ? a.pagerank : a.mentions;
}

/** Largest value of each numeric attribute, the scale's top. */
export type Maxima = Record<SizeBy | 'documents', number>;

/** Node colour under a colouring rule; numeric rules use a square-root scale over the ramp. */
export function nodeColor(a: NodeAttrs, by: ColorBy, max: Maxima): string {
  if (by === 'type') return ENTITY_COLORS[a.type];
  if (by === 'community') return COMMUNITY_COLORS[a.community] ?? OTHER_COLOR;
  const top = max[by];
  const v = nodeMetric(a, by);
  if (!(top > 0) || !(v > 0)) return SEQUENTIAL_RAMP[0] ?? OTHER_COLOR;
  const i = Math.min(SEQUENTIAL_RAMP.length - 1, Math.floor(Math.sqrt(v / top) * SEQUENTIAL_RAMP.length));
  return SEQUENTIAL_RAMP[i] ?? OTHER_COLOR;
}

/** Node radius for a metric value: square-root scale so area tracks the value. */
export function scaledSize(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return NODE_SIZE_MIN;
  return round(NODE_SIZE_MIN + (NODE_SIZE_MAX - NODE_SIZE_MIN) * Math.sqrt(Math.min(value, max) / max), 2);
}

/** Node size from its PageRank relative to the largest (the size written into graph.json and GEXF). */
export function nodeSize(pagerank: number, maxPagerank: number): number {
  return scaledSize(pagerank, maxPagerank);
}

/** Edge colour: its relation type, whatever the node colouring. */
export function edgeColor(a: Pick<EdgeAttrs, 'relation'>): string {
  return RELATION_COLORS[a.relation];
}

/** Edge thickness from its number of supporting mentions; logarithmic so one loud edge cannot dominate. */
export function edgeSize(weight: number): number {
  return round(1 + Math.log2(Math.max(1, weight)), 2);
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  // -0 prints as 0 in JSON but not in every writer; normalise it.
  return r === 0 ? 0 : r;
}
