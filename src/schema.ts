// Shared types and zod schemas of the pipeline's data: articles in, relation records out, and the
// graph.json contract between graph/ (writer) and viewer/ (reader). No Node imports: the viewer uses it.
import { z } from 'zod';

import {
  ENTITY_TYPES,
  type EntityType,
  MODALITIES,
  type Modality,
  RELATION_TYPES,
  type RelationType,
} from './ontology';

// The ontology's constants live in src/ontology.ts (no zod); re-exported here for existing importers.
export { DEFAULT_CAMEO, ENTITY_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS } from './ontology';
export type { EntityType, Modality, RelationType };

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export const ModalitySchema = z.enum(MODALITIES);

/** One article as read from a .txt file or a JSONL line. JSONL corpora use null for absent fields. */
export const ArticleSchema = z.object({
  id: z.string().min(1, 'id must be a non-empty string'),
  text: z.string(),
  title: z.string().nullish(),
  date: z.string().nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
});
export type ArticleInput = z.infer<typeof ArticleSchema>;

/** An article after reading: where it came from, for error messages and the lexical layer. */
export interface Article {
  id: string;
  text: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  /** File (and line, for JSONL) it was read from. */
  origin: string;
}

export const EntityRefSchema = z.object({
  id: z.string(),
  name: z.string(),
  mention: z.string(),
  type: EntityTypeSchema,
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

/** One relation mention: a line of relations.jsonl (the extraction contract). */
export const RelationRecordSchema = z.object({
  doc: z.string(),
  sentence: z.number().int().nonnegative(),
  text: z.string(),
  span: z.tuple([z.number().int(), z.number().int()]),
  subject: EntityRefSchema,
  relation: RelationTypeSchema,
  object: EntityRefSchema,
  modality: ModalitySchema,
  cameo: z.string(),
  rule: z.string(),
  date: z.string().optional(),
  role: z.string().optional(),
});
export type RelationRecord = z.infer<typeof RelationRecordSchema>;

/** A sentence of an article's cleaned text; offsets index the original text. */
export interface SentenceInfo {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A resolved entity of one document, with every surface name the document used. */
export interface DocEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Indexes of the sentences that mention it. */
  sentences: number[];
  mentions: number;
}

/** Everything extraction learns from one article; graph/ builds from a list of these. */
export interface DocumentResult {
  doc: { id: string; title?: string; date?: string; url?: string; source?: string };
  sentences: SentenceInfo[];
  entities: DocEntity[];
  relations: RelationRecord[];
}

// ---- graph.json: written by graph/, read by viewer/ ----

export const EvidenceSchema = z.object({
  doc: z.string(),
  sentence: z.number().int(),
  text: z.string(),
  span: z.tuple([z.number().int(), z.number().int()]),
  rule: z.string(),
  modality: ModalitySchema,
  date: z.string().optional(),
  /** Surface words of subject and object in this sentence, for highlighting. */
  subjectMention: z.string(),
  objectMention: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const NodeAttrsSchema = z.object({
  label: z.string(),
  type: EntityTypeSchema,
  aliases: z.array(z.string()),
  mentions: z.number().int(),
  documents: z.array(z.string()),
  degree: z.number(),
  weightedDegree: z.number(),
  pagerank: z.number(),
  community: z.number().int(),
  x: z.number(),
  y: z.number(),
  size: z.number(),
  color: z.string(),
  /** AFFILIATED_WITH targets with role, for the side panel. */
  affiliations: z.array(z.object({ id: z.string(), label: z.string(), role: z.string().optional() })),
});
export type NodeAttrs = z.infer<typeof NodeAttrsSchema>;

export const EdgeAttrsSchema = z.object({
  relation: RelationTypeSchema,
  cameo: z.string(),
  weight: z.number().int(),
  asserted: z.number().int(),
  planned: z.number().int(),
  firstDate: z.string().optional(),
  lastDate: z.string().optional(),
  role: z.string().optional(),
  color: z.string(),
  size: z.number(),
  evidence: z.array(EvidenceSchema),
});
export type EdgeAttrs = z.infer<typeof EdgeAttrsSchema>;

export const GraphMetaSchema = z.object({
  tool: z.literal('kabar-graph'),
  version: z.string(),
  corpus: z.array(z.string()),
  builtAt: z.string(),
  counts: z.object({
    documents: z.number().int(),
    sentences: z.number().int(),
    relationMentions: z.number().int(),
    nodes: z.number().int(),
    edges: z.number().int(),
  }),
  /** Documents of the lexical layer (title/date/url), by id. */
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string().optional(),
      date: z.string().optional(),
      url: z.string().optional(),
    }),
  ),
});
export type GraphMeta = z.infer<typeof GraphMetaSchema>;

export const GraphFileSchema = z.object({
  meta: GraphMetaSchema,
  graph: z.object({
    options: z.object({ type: z.string(), multi: z.boolean(), allowSelfLoops: z.boolean() }),
    attributes: z.record(z.string(), z.unknown()).optional(),
    nodes: z.array(z.object({ key: z.string(), attributes: NodeAttrsSchema })),
    edges: z.array(
      z.object({
        key: z.string(),
        source: z.string(),
        target: z.string(),
        attributes: EdgeAttrsSchema,
        undirected: z.boolean().optional(),
      }),
    ),
  }),
});
export type GraphFile = z.infer<typeof GraphFileSchema>;
