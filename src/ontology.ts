// The ontology as plain data: entity and relation types, CAMEO codes, symmetric relations. No
// imports, so extraction reads it without loading zod; src/schema.ts builds its schemas from it.

export const ENTITY_TYPES = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'LOCATION', 'CONFLICT'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'MET',
  'URGED',
  'MEDIATES',
  'NEGOTIATES_WITH',
  'VISITED',
  'CRITICIZED',
  'REJECTED',
  'SUPPORTS',
  'ATTACKED',
  'AFFILIATED_WITH',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const MODALITIES = ['asserted', 'planned'] as const;
export type Modality = (typeof MODALITIES)[number];

/** The CAMEO code a relation type is given by default (the ontology's table); AFFILIATED_WITH has none. */
export const DEFAULT_CAMEO: Readonly<Record<RelationType, string>> = {
  MET: '040',
  URGED: '020',
  MEDIATES: '045',
  NEGOTIATES_WITH: '046',
  VISITED: '042',
  CRITICIZED: '111',
  REJECTED: '120',
  SUPPORTS: '050',
  ATTACKED: '190',
  AFFILIATED_WITH: '',
};

/** Relations that hold both ways: stored once per pair in a stable orientation. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['MET', 'NEGOTIATES_WITH']);

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);

export function isEntityType(s: string): s is EntityType {
  return ENTITY_TYPE_SET.has(s);
}
