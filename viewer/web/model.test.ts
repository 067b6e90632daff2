// Pure page logic: graph.json validation messages, filters, search ranking, highlighting, links.
import { describe, expect, it } from 'vitest';
import type { EdgeAttrs, Evidence, NodeAttrs } from '../../src/schema';
import { generateSyntheticGraph } from '../synthetic';
import {
  defaultViewState,
  edgePasses,
  highlightSegments,
  parseGraphFile,
  safeHttpUrl,
  searchEntry,
  searchNodes,
} from './model';

const file = generateSyntheticGraph({ nodes: 40, edges: 80, seed: 3 });

function edge(over: Partial<EdgeAttrs> = {}): EdgeAttrs {
  return {
    relation: 'URGED',
    cameo: '020',
    weight: 2,
    asserted: 2,
    planned: 0,
    firstDate: '2024-01-10',
    lastDate: '2024-02-01',
    color: '#000',
    size: 1,
    evidence: [],
    ...over,
  };
}

describe('parseGraphFile', () => {
  it('accepts a graph.json that follows the schema', () => {
    expect(parseGraphFile(JSON.parse(JSON.stringify(file))).ok).toBe(true);
  });
  it('names the bad field and says how to fix it', () => {
    const bad = JSON.parse(JSON.stringify(file));
    bad.graph.edges[2].attributes.weight = 'many';
    const res = parseGraphFile(bad);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.message).toMatch(/^kg\/viewer: graph\.json does not match/);
    expect(res.message).toContain('graph.edges[2].attributes.weight');
    expect(res.message).toContain('kg build');
  });
});

describe('edgePasses', () => {
  it('hides hidden relation types and edges under the minimum weight', () => {
    expect(edgePasses(edge(), defaultViewState())).toBe(true);
    expect(edgePasses(edge(), { ...defaultViewState(), hiddenRelations: new Set(['URGED']) })).toBe(false);
    const w = defaultViewState();
    w.minWeight = 3;
    expect(edgePasses(edge(), w)).toBe(false);
  });
  it('keeps an edge while any of its mentions has a shown modality', () => {
    const s = defaultViewState();
    s.asserted = false;
    expect(edgePasses(edge(), s)).toBe(false);
    expect(edgePasses(edge({ asserted: 1, planned: 1 }), s)).toBe(true);
  });
  it('keeps an edge when one of its mentions falls in the range, not merely its date span', () => {
    const ev = (date: string): Evidence => ({
      doc: 'd',
      sentence: 0,
      text: 't',
      span: [0, 1],
      rule: 'r',
      modality: 'asserted',
      date,
      subjectMention: 's',
      objectMention: 'o',
    });
    const e = edge({ evidence: [ev('2024-01-10'), ev('2024-02-01')] });
    const s = { ...defaultViewState(), from: '2024-01-15', to: '2024-01-25' };
    expect(edgePasses(e, s)).toBe(false);
    expect(edgePasses(e, { ...s, to: '2024-02-01' })).toBe(true);
    expect(edgePasses(e, { ...s, from: '2024-01-10', to: '2024-01-10' })).toBe(true);
  });
  it('keeps edges whose date span overlaps the range, and drops undated ones', () => {
    const s = defaultViewState();
    s.from = '2024-01-20';
    s.to = '2024-03-01';
    expect(edgePasses(edge(), s)).toBe(true);
    s.from = '2024-02-02';
    expect(edgePasses(edge(), s)).toBe(false);
    const undated = edge();
    delete undated.firstDate;
    delete undated.lastDate;
    expect(edgePasses(undated, s)).toBe(false);
  });
});

describe('searchNodes', () => {
  const entries = file.graph.nodes.map((n) => searchEntry(n.key, n.attributes));
  it('finds Amerika Serikat by its alias AS, first, saying which alias matched', () => {
    const hits = searchNodes(entries, 'as');
    expect(hits[0]).toMatchObject({ key: 'amerika-serikat', label: 'Amerika Serikat', via: 'AS' });
  });
  it('ranks prefixes before substrings and ignores case', () => {
    const hits = searchNodes(entries, 'ISR');
    expect(hits[0]?.label).toBe('Israel');
    expect(searchNodes(entries, '   ')).toEqual([]);
  });
  it('matches within words of a name', () => {
    const a: NodeAttrs = {
      ...(file.graph.nodes[0]?.attributes as NodeAttrs),
      label: 'Antony Blinken',
      aliases: [],
    };
    expect(searchNodes([searchEntry('b', a)], 'blink')[0]?.key).toBe('b');
  });
});

describe('highlightSegments', () => {
  it('marks subject and object in sentence order, case-insensitively', () => {
    const segs = highlightSegments('Kemudian Blinken bertemu Netanyahu.', 'netanyahu', 'Blinken');
    expect(segs).toEqual([
      { text: 'Kemudian ', role: null },
      { text: 'Blinken', role: 'object' },
      { text: ' bertemu ', role: null },
      { text: 'Netanyahu', role: 'subject' },
      { text: '.', role: null },
    ]);
  });
  it('prefers a whole word to letters inside another word', () => {
    const segs = highlightSegments('Qatar, tuan rumah markas Hamas, membantu AS.', 'AS', 'Qatar');
    expect(segs.filter((x) => x.role === 'subject')).toEqual([{ text: 'AS', role: 'subject' }]);
    expect(segs.map((x) => x.text).join('')).toBe('Qatar, tuan rumah markas Hamas, membantu AS.');
    expect(highlightSegments('markas', 'as', '').filter((x) => x.role !== null)).toHaveLength(1);
  });
  it('does not mark the same words twice when subject and object share a name', () => {
    const segs = highlightSegments('AS dan AS', 'AS', 'AS');
    expect(segs.filter((s) => s.role !== null).map((s) => s.role)).toEqual(['subject', 'object']);
  });
  it('keeps markup as plain text', () => {
    const text = 'A <img src=x onerror=alert(1)> B';
    expect(
      highlightSegments(text, 'A', 'B')
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

describe('small helpers', () => {
  it('links only http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });
});
