// The per-document view: an article's sentences that produced relations, in text order, each with
// every relation read from it. Built from the evidence in graph.json. Pure.
import type { Evidence, GraphMeta, RelationType } from '../../src/schema';
import type { KgGraph } from './graph-model';

export interface DocRelation {
  edge: string;
  relation: RelationType;
  subject: string;
  object: string;
  evidence: Evidence;
}

export interface DocSentence {
  index: number;
  text: string;
  relations: DocRelation[];
}

export interface DocView {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  sentences: DocSentence[];
}

/** Evidence by document, collected once: a document's view is then a lookup. */
export class DocumentIndex {
  private byDoc: Map<string, DocRelation[]> | null = null;

  constructor(
    private readonly graph: KgGraph,
    private readonly meta: GraphMeta,
  ) {}

  private index(): Map<string, DocRelation[]> {
    if (this.byDoc !== null) return this.byDoc;
    const out = new Map<string, DocRelation[]>();
    this.graph.forEachEdge((edge, a, s, t) => {
      for (const ev of a.evidence) {
        const list = out.get(ev.doc) ?? [];
        list.push({ edge, relation: a.relation, subject: s, object: t, evidence: ev });
        out.set(ev.doc, list);
      }
    });
    this.byDoc = out;
    return out;
  }

  /** Null for a document the graph knows nothing of. */
  view(doc: string): DocView | null {
    const info = this.meta.documents.find((d) => d.id === doc);
    const rels = this.index().get(doc);
    if (info === undefined && rels === undefined) return null;
    const sentences = new Map<number, DocSentence>();
    for (const r of rels ?? []) {
      const s = sentences.get(r.evidence.sentence) ?? {
        index: r.evidence.sentence,
        text: r.evidence.text,
        relations: [],
      };
      s.relations.push(r);
      sentences.set(r.evidence.sentence, s);
    }
    const list = [...sentences.values()].sort((a, b) => a.index - b.index);
    for (const s of list) s.relations.sort((a, b) => (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
    const view: DocView = { id: doc, sentences: list };
    if (info?.title !== undefined) view.title = info.title;
    if (info?.date !== undefined) view.date = info.date;
    if (info?.url !== undefined) view.url = info.url;
    return view;
  }
}
