// Serialises relation records as JSON Lines in a stable order with stable key order.
import type { DocumentResult, RelationRecord } from './schema';

/** A relation record with its keys in the one order every output uses, however it was built or read. */
export function orderedRelation(r: RelationRecord): Record<string, unknown> {
  const o: Record<string, unknown> = {
    doc: r.doc,
    sentence: r.sentence,
    text: r.text,
    span: r.span,
    subject: { id: r.subject.id, name: r.subject.name, mention: r.subject.mention, type: r.subject.type },
    relation: r.relation,
    object: { id: r.object.id, name: r.object.name, mention: r.object.mention, type: r.object.type },
    modality: r.modality,
    cameo: r.cameo,
    rule: r.rule,
  };
  if (r.date !== undefined) o.date = r.date;
  if (r.role !== undefined) o.role = r.role;
  return o;
}

export function relationsToJsonl(results: readonly DocumentResult[]): string {
  let out = '';
  for (const res of results) for (const r of res.relations) out += `${JSON.stringify(orderedRelation(r))}\n`;
  return out;
}
