// The lexical layer of the Neo4j model: documents, their sentences that name an entity or carry
// evidence, and which entities each sentence mentions. Pure, from extraction results.
import type { DocumentResult } from '../src/schema';
import { cmp, sentenceId } from './model';

export interface LexDocument {
  id: string;
  title?: string;
  date?: string;
  url?: string;
}

export interface LexSentence {
  id: string;
  doc: string;
  index: number;
  text: string;
}

export interface LexicalLayer {
  documents: LexDocument[];
  /** Only sentences that mention an entity: the others can never be reached from the graph. */
  sentences: LexSentence[];
  mentions: { sentence: string; entity: string }[];
}

export function buildLexicalLayer(results: readonly DocumentResult[]): LexicalLayer {
  const documents: LexDocument[] = [];
  const sentences: LexSentence[] = [];
  const mentions: { sentence: string; entity: string }[] = [];
  const sorted = [...results].sort((a, b) => cmp(a.doc.id, b.doc.id));
  for (const res of sorted) {
    const doc: LexDocument = { id: res.doc.id };
    if (res.doc.title !== undefined) doc.title = res.doc.title;
    if (res.doc.date !== undefined) doc.date = res.doc.date;
    if (res.doc.url !== undefined) doc.url = res.doc.url;
    documents.push(doc);

    const text = new Map<number, string>();
    for (const s of res.sentences) text.set(s.index, s.text);
    const pairs = new Map<number, Set<string>>();
    const add = (index: number, entity: string): void => {
      let set = pairs.get(index);
      if (!set) {
        set = new Set();
        pairs.set(index, set);
      }
      set.add(entity);
    };
    for (const e of res.entities) for (const i of e.sentences) add(i, e.id);
    for (const r of res.relations) {
      add(r.sentence, r.subject.id);
      add(r.sentence, r.object.id);
      if (!text.has(r.sentence)) text.set(r.sentence, r.text);
    }
    for (const index of [...pairs.keys()].sort((a, b) => a - b)) {
      const id = sentenceId(res.doc.id, index);
      sentences.push({ id, doc: res.doc.id, index, text: text.get(index) ?? '' });
      for (const entity of [...(pairs.get(index) ?? [])].sort(cmp)) mentions.push({ sentence: id, entity });
    }
  }
  return { documents, sentences, mentions };
}
