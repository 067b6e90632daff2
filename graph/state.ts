// documents.jsonl: every document's extraction result (doc, sentences, entities, relations), the
// state that `kg build --merge` and `kg neo4j push` read back. One result a line, sorted by doc id.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { KgError } from '../src/errors';
import { orderedRelation } from '../src/relations-jsonl';
import {
  type DocumentResult,
  EntityTypeSchema,
  type RelationRecord,
  RelationRecordSchema,
} from '../src/schema';
import { cmp } from './model';

const DocumentResultSchema = z.object({
  doc: z.object({
    id: z.string(),
    title: z.string().optional(),
    date: z.string().optional(),
    url: z.string().optional(),
    source: z.string().optional(),
  }),
  sentences: z.array(
    z.object({ index: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string() }),
  ),
  entities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: EntityTypeSchema,
      aliases: z.array(z.string()),
      sentences: z.array(z.number().int()),
      mentions: z.number().int(),
    }),
  ),
  relations: z.array(RelationRecordSchema),
});

/** Results in doc-id order: the order every output is written in, whatever order the inputs came in. */
export function sortResults(results: readonly DocumentResult[]): DocumentResult[] {
  return [...results].sort((a, b) => cmp(a.doc.id, b.doc.id));
}

/**
 * Merges a new run into an earlier one: a document read again replaces its earlier result (so
 * rebuilding the same corpus changes nothing), other documents are added.
 */
export function mergeResults(
  previous: readonly DocumentResult[],
  next: readonly DocumentResult[],
): DocumentResult[] {
  const byId = new Map<string, DocumentResult>();
  for (const r of previous) byId.set(r.doc.id, r);
  for (const r of next) byId.set(r.doc.id, r);
  return sortResults([...byId.values()]);
}

/** Keys in one fixed order, so documents.jsonl after --merge (read back by zod) equals a one-shot build's. */
function orderedResult(r: DocumentResult): DocumentResult {
  const doc: DocumentResult['doc'] = { id: r.doc.id };
  if (r.doc.title !== undefined) doc.title = r.doc.title;
  if (r.doc.date !== undefined) doc.date = r.doc.date;
  if (r.doc.url !== undefined) doc.url = r.doc.url;
  if (r.doc.source !== undefined) doc.source = r.doc.source;
  return {
    doc,
    sentences: r.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text })),
    entities: r.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      sentences: e.sentences,
      mentions: e.mentions,
    })),
    relations: r.relations.map((x) => orderedRelation(x) as RelationRecord),
  };
}

export function resultsToJsonl(results: readonly DocumentResult[]): string {
  let out = '';
  for (const r of sortResults(results)) out += `${JSON.stringify(orderedResult(r))}\n`;
  return out;
}

/** Reads documents.jsonl; a bad line is an error naming file:line, since a half-read state would silently drop documents. */
export function readResultsJsonl(path: string): DocumentResult[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new KgError(
      'build',
      `cannot read ${path}; --merge and neo4j push need the documents.jsonl of an earlier kg build (run kg build first)`,
    );
  }
  const out: DocumentResult[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new KgError(
        'build',
        `${path}:${i + 1}: invalid JSON (${(err as Error).message}); rebuild without --merge`,
      );
    }
    const parsed = DocumentResultSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new KgError(
        'build',
        `${path}:${i + 1}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}; rebuild without --merge`,
      );
    }
    out.push(parsed.data as DocumentResult);
  }
  return out;
}
