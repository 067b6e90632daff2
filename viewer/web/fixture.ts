// Small hand-made graphs for the Node tests of the page logic: nodes named by letter, edges given
// as [source, relation, target, mention dates].
import Graph from 'graphology';
import type { EdgeAttrs, EntityType, Evidence, NodeAttrs, RelationType } from '../../src/schema';
import type { KgGraph } from './graph-model';

export type EdgeSpec = [string, RelationType, string, string[]?];

export function node(label: string, over: Partial<NodeAttrs> = {}): NodeAttrs {
  return {
    label,
    type: 'COUNTRY' as EntityType,
    aliases: [],
    mentions: 1,
    documents: [],
    degree: 0,
    weightedDegree: 0,
    pagerank: 0,
    community: 0,
    x: 0,
    y: 0,
    size: 3,
    color: '#000000',
    affiliations: [],
    ...over,
  };
}

export function evidence(doc: string, sentence: number, date?: string): Evidence {
  const ev: Evidence = {
    doc,
    sentence,
    text: `Sentence ${sentence} of ${doc}.`,
    span: [0, 10],
    rule: 'test',
    modality: 'asserted',
    subjectMention: 'Sentence',
    objectMention: doc,
  };
  if (date !== undefined) ev.date = date;
  return ev;
}

export function tinyGraph(nodes: string[], edges: EdgeSpec[]): KgGraph {
  const g: KgGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: 'directed', multi: true, allowSelfLoops: true });
  nodes.forEach((n, i) => {
    g.addNode(n, node(n.toUpperCase(), { pagerank: (nodes.length - i) / 100, degree: 0, x: i, y: i % 3 }));
  });
  edges.forEach(([s, relation, t, dates], i) => {
    const ev = (dates ?? [undefined]).map((d, k) => evidence(`doc${i}`, k, d));
    const sorted = (dates ?? []).slice().sort();
    const attrs: EdgeAttrs = {
      relation,
      cameo: '',
      weight: ev.length,
      asserted: ev.length,
      planned: 0,
      color: '#000000',
      size: 1,
      evidence: ev,
    };
    if (sorted[0] !== undefined) attrs.firstDate = sorted[0];
    if (sorted.length > 0) attrs.lastDate = sorted[sorted.length - 1];
    g.addDirectedEdgeWithKey(`${s}|${relation}|${t}`, s, t, attrs);
  });
  g.forEachNode((n) => {
    g.setNodeAttribute(n, 'degree', g.degree(n));
  });
  return g;
}
