// The article view: sentences that produced relations, in text order, each with its relations.
import { describe, expect, it } from 'vitest';
import type { GraphMeta } from '../../src/schema';
import { DocumentIndex } from './documents';
import { evidence, tinyGraph } from './fixture';

const g = tinyGraph(
  ['a', 'b', 'c'],
  [
    ['a', 'URGED', 'b', ['2024-01-01', '2024-01-02']],
    ['b', 'MET', 'c', ['2024-01-03']],
  ],
);
// The URGED edge cites sentences 0 and 1 of doc0; the MET edge also cites sentence 0 of doc0.
g.updateEdgeAttribute('b|MET|c', 'evidence', (ev) => [...(ev ?? []), evidence('doc0', 0)]);
const meta: GraphMeta = {
  tool: 'kabar-graph',
  version: '0',
  corpus: [],
  builtAt: '2024-01-01T00:00:00Z',
  counts: { documents: 1, sentences: 2, relationMentions: 3, nodes: 3, edges: 2 },
  documents: [
    { id: 'doc0', title: 'Judul <b>artikel</b>', date: '2024-01-01', url: 'https://example.org/a' },
  ],
};

describe('DocumentIndex', () => {
  const docs = new DocumentIndex(g, meta);
  it('lists the sentences of an article in order with every relation they produced', () => {
    const v = docs.view('doc0');
    expect(v?.title).toBe('Judul <b>artikel</b>');
    expect(v?.sentences.map((s) => s.index)).toEqual([0, 1]);
    expect(v?.sentences[0]?.relations.map((r) => r.edge)).toEqual(['a|URGED|b', 'b|MET|c']);
    expect(v?.sentences[1]?.relations.map((r) => r.relation)).toEqual(['URGED']);
  });
  it('knows documents cited only by evidence, and none it has never seen', () => {
    expect(docs.view('doc1')?.sentences).toHaveLength(1);
    expect(docs.view('nope')).toBeNull();
  });
});
