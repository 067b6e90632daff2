// Tests of the graph model: merged entities, deterministic edge keys, symmetric orientation,
// evidence deduplication, modality and date aggregation, affiliations.
import { describe, expect, it } from 'vitest';
import { buildGraph, edgeKey, MAX_EVIDENCE_PER_EDGE } from './model';
import { ENTITY_COLORS } from './style';
import { docA, docB, E, fixtureResults } from './test-fixtures';

describe('buildGraph', () => {
  const g = buildGraph(fixtureResults());

  it('makes one node per canonical entity with merged aliases, mentions and documents', () => {
    expect(g.order).toBe(10);
    const b = g.getNodeAttributes(E.blinken.id);
    expect(b.label).toBe('Antony Blinken');
    expect(b.type).toBe('PERSON');
    expect(b.aliases).toEqual(['Antony Blinken', 'Blinken']);
    expect(b.documents).toEqual(['a1.txt', 'b1.txt']);
    expect(b.mentions).toBe(3 + 2);
    expect(b.color).toBe(ENTITY_COLORS.PERSON);
  });

  it('keys edges by subject|relation|object and stores symmetric relations once, in id order', () => {
    const met = edgeKey(E.blinken.id, 'MET', E.netanyahu.id);
    expect(g.hasEdge(met)).toBe(true);
    expect(g.hasEdge(edgeKey(E.netanyahu.id, 'MET', E.blinken.id))).toBe(false);
    const a = g.getEdgeAttributes(met);
    expect(a.weight).toBe(2);
    expect(g.source(met)).toBe(E.blinken.id);
    // The mention words follow the stored orientation, also where the sentence named them the other way.
    const fromB = a.evidence.find((e) => e.doc === 'b1.txt');
    expect(fromB?.subjectMention).toBe('Blinken');
    expect(fromB?.objectMention).toBe('Netanyahu');
    expect(a.firstDate).toBe('2023-11-03');
    expect(a.lastDate).toBe('2023-11-05');
  });

  it('keeps a directed relation directed and counts modality', () => {
    const visit = g.getEdgeAttributes(edgeKey(E.blinken.id, 'VISITED', E.jordan.id));
    expect(visit).toMatchObject({ weight: 1, asserted: 0, planned: 1, cameo: '042' });
    expect(g.hasEdge(edgeKey(E.netanyahu.id, 'REJECTED', E.blinken.id))).toBe(true);
  });

  it('fills affiliations and edge roles from AFFILIATED_WITH', () => {
    expect(g.getNodeAttribute(E.blinken.id, 'affiliations')).toEqual([
      { id: 'country:us', label: 'Amerika Serikat', role: 'Menteri Luar Negeri' },
    ]);
    expect(g.getEdgeAttribute(edgeKey(E.netanyahu.id, 'AFFILIATED_WITH', E.israel.id), 'role')).toBe(
      'Perdana Menteri',
    );
  });

  it('counts a document given twice once', () => {
    const twice = buildGraph([docA(), docB(), docA()]);
    expect(twice.export()).toEqual(g.export());
  });

  it('deduplicates evidence by (doc, sentence, span, rule)', () => {
    const a = docA();
    const first = a.relations[0];
    if (first) a.relations.push({ ...first }, { ...first, rule: 'affiliated_with.other' });
    const key = edgeKey(E.blinken.id, 'AFFILIATED_WITH', E.us.id);
    expect(buildGraph([a]).getEdgeAttribute(key, 'weight')).toBe(2);
  });

  it('gives the same graph whatever the order of the documents', () => {
    expect(JSON.stringify(buildGraph([docB(), docA()]).export())).toBe(JSON.stringify(g.export()));
  });

  it('adds mentions of a new document to existing nodes and edges instead of duplicating them', () => {
    const onlyA = buildGraph([docA()]);
    expect(onlyA.getEdgeAttribute(edgeKey(E.qatar.id, 'MEDIATES', E.war.id), 'weight')).toBe(1);
    expect(g.getEdgeAttribute(edgeKey(E.qatar.id, 'MEDIATES', E.war.id), 'weight')).toBe(2);
    expect(g.edges(E.qatar.id, E.war.id)).toHaveLength(1);
  });
});

describe('evidence cap', () => {
  it('keeps at most MAX_EVIDENCE_PER_EDGE sentences on an edge, counting every mention', () => {
    const a = docA();
    const met = a.relations.find((r) => r.relation === 'MET');
    if (!met) throw new Error('fixture has no MET');
    const n = MAX_EVIDENCE_PER_EDGE + 50;
    a.relations = Array.from({ length: n }, (_, i) => ({
      ...met,
      sentence: i,
      span: [i, i + 1] as [number, number],
    }));
    const g = buildGraph([a]);
    const e = g.getEdgeAttributes(edgeKey(E.blinken.id, 'MET', E.netanyahu.id));
    expect(e.evidence).toHaveLength(MAX_EVIDENCE_PER_EDGE);
    expect(e.weight).toBe(n);
    expect(e.asserted + e.planned).toBe(n);
    expect(e.evidence[0]?.sentence).toBe(0);
  });
});
