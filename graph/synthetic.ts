// A seeded synthetic corpus of extraction results for the bench: N entities, M distinct
// (subject, relation, object) triples with skewed degrees, some said more than once.
import {
  type DocEntity,
  type DocumentResult,
  ENTITY_TYPES,
  type EntityType,
  RELATION_TYPES,
  type RelationRecord,
  SYMMETRIC_RELATIONS,
} from '../src/schema';
import { mulberry32 } from './rng';

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  /** Relation mentions per document. */
  perDoc?: number;
  /** Share of extra mentions of already-seen triples. */
  repeat?: number;
  seed?: number;
}

export function syntheticResults(opts: SyntheticOptions): DocumentResult[] {
  const rnd = mulberry32(opts.seed ?? 7);
  const perDoc = opts.perDoc ?? 20;
  const ids: string[] = [];
  const types: EntityType[] = [];
  for (let i = 0; i < opts.nodes; i++) {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length] ?? 'PERSON';
    types.push(type);
    ids.push(`${type.toLowerCase()}:e${i}`);
  }
  // Squaring the uniform draw skews picks towards low indexes: a few hubs, a long tail.
  const pick = () => Math.floor(opts.nodes * rnd() ** 2);
  const triples: [number, number, number][] = [];
  const seen = new Set<string>();
  while (triples.length < opts.edges) {
    const s = pick();
    const o = pick();
    const r = Math.floor(rnd() * RELATION_TYPES.length);
    if (s === o) continue;
    // Symmetric relations are one edge per pair, so their key ignores the direction.
    const rel = RELATION_TYPES[r] ?? 'MET';
    const key = SYMMETRIC_RELATIONS.has(rel) ? `${Math.min(s, o)}|${r}|${Math.max(s, o)}` : `${s}|${r}|${o}`;
    if (seen.has(key)) continue;
    seen.add(key);
    triples.push([s, r, o]);
  }
  const mentions = [...triples];
  const extra = Math.floor(triples.length * (opts.repeat ?? 0.2));
  for (let i = 0; i < extra; i++) mentions.push(triples[Math.floor(rnd() * triples.length)] ?? [0, 0, 1]);

  const results: DocumentResult[] = [];
  for (let d = 0; d * perDoc < mentions.length; d++) {
    const docId = `syn-${String(d).padStart(6, '0')}`;
    const chunk = mentions.slice(d * perDoc, (d + 1) * perDoc);
    const ents = new Map<number, DocEntity>();
    const relations: RelationRecord[] = chunk.map(([s, r, o], i) => {
      const text = `Kalimat sintetis ${i}: e${s} dan e${o}.`;
      for (const e of [s, o]) {
        const ent = ents.get(e);
        if (ent) {
          ent.sentences.push(i);
          ent.mentions++;
        } else {
          const t = types[e] ?? 'PERSON';
          ents.set(e, {
            id: ids[e] ?? '',
            name: `Entitas ${e}`,
            type: t,
            aliases: [`e${e}`],
            sentences: [i],
            mentions: 1,
          });
        }
      }
      const ref = (e: number) => ({
        id: ids[e] ?? '',
        name: `Entitas ${e}`,
        mention: `e${e}`,
        type: types[e] ?? 'PERSON',
      });
      return {
        doc: docId,
        sentence: i,
        text,
        span: [0, text.length] as [number, number],
        subject: ref(s),
        relation: RELATION_TYPES[r] ?? 'MET',
        object: ref(o),
        modality: rnd() < 0.9 ? 'asserted' : 'planned',
        cameo: '000',
        rule: 'synthetic',
        date: `2023-${String(1 + (d % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      };
    });
    results.push({
      doc: { id: docId, title: `Dokumen ${d}` },
      sentences: chunk.map((_c, i) => ({ index: i, start: 0, end: 0, text: relations[i]?.text ?? '' })),
      entities: [...ents.values()],
      relations,
    });
  }
  return results;
}
