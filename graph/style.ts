// Colours and sizes of nodes and edges, shared by graph/ (writes them into graph.json and GEXF)
// and viewer/ (legends, highlights). No Node imports: the browser bundle imports this module.
import type { EntityType, RelationType } from '../src/schema';

/** Node colour by entity type (colour-blind-safe Okabe–Ito hues). */
export const ENTITY_COLORS: Readonly<Record<EntityType, string>> = {
  PERSON: '#0072b2',
  COUNTRY: '#d55e00',
  ORGANIZATION: '#009e73',
  LOCATION: '#e69f00',
  CONFLICT: '#cc79a7',
};

/** Edge colour by relation type: cooperative acts cool, hostile acts warm, affiliation grey. */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  MET: '#56b4e9',
  URGED: '#e69f00',
  MEDIATES: '#009e73',
  NEGOTIATES_WITH: '#0072b2',
  VISITED: '#8c8c8c',
  CRITICIZED: '#d55e00',
  REJECTED: '#b2182b',
  SUPPORTS: '#4daf4a',
  ATTACKED: '#67001f',
  AFFILIATED_WITH: '#bdbdbd',
};

export const NODE_SIZE_MIN = 3;
export const NODE_SIZE_MAX = 20;

/** Node size from its PageRank relative to the largest: square root so area tracks rank. */
export function nodeSize(pagerank: number, maxPagerank: number): number {
  const r = maxPagerank > 0 ? Math.sqrt(pagerank / maxPagerank) : 0;
  return round(NODE_SIZE_MIN + (NODE_SIZE_MAX - NODE_SIZE_MIN) * r, 2);
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
