// Table rows of what is drawn: search, stable sorting on any column, and CSV that a spreadsheet
// cannot run as formulas.
import { describe, expect, it } from 'vitest';
import { tinyGraph } from './fixture';
import {
  csvCell,
  EDGE_CSV,
  EDGE_TEXT,
  edgeRows,
  NODE_CSV,
  NODE_TEXT,
  nodeRows,
  tableView,
  toCsv,
} from './tables';

const g = tinyGraph(
  ['a', 'b', 'c', 'd'],
  [
    ['a', 'URGED', 'b', ['2024-01-01', '2024-01-05']],
    ['b', 'MET', 'c', ['2024-02-01']],
    ['c', 'ATTACKED', 'a'],
  ],
);

describe('tableView', () => {
  const nodes = nodeRows(g, ['a', 'b', 'c', 'd']);
  it('sorts by any column either way, ties by key', () => {
    expect(tableView(nodes, { sort: 'degree', desc: true, query: '' }, NODE_TEXT).map((r) => r.key)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(tableView(nodes, { sort: 'degree', desc: false, query: '' }, NODE_TEXT).map((r) => r.key)).toEqual(
      ['d', 'a', 'b', 'c'],
    );
    expect(tableView(nodes, { sort: 'label', desc: true, query: '' }, NODE_TEXT).map((r) => r.key)).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
  });
  it('searches the text columns, ignoring case', () => {
    const edges = edgeRows(g, g.edges());
    expect(
      tableView(edges, { sort: 'weight', desc: true, query: 'met' }, EDGE_TEXT).map((r) => r.key),
    ).toEqual(['b|MET|c']);
    expect(
      tableView(edges, { sort: 'firstDate', desc: false, query: '' }, EDGE_TEXT).map((r) => r.firstDate),
    ).toEqual(['', '2024-01-01', '2024-02-01']);
    expect(edges.find((r) => r.key === 'a|URGED|b')).toMatchObject({
      source: 'A',
      target: 'B',
      weight: 2,
      lastDate: '2024-01-05',
      modality: 'asserted',
    });
  });
});

describe('CSV', () => {
  it('quotes separators and quotes, and defuses formula prefixes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const bad of ['+1', '-1+2', '@SUM(A1)', '\tx', '\rx'])
      expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell(-3)).toBe('-3');
  });
  it('writes a header and one CRLF line per row, in the order shown', () => {
    const rows = tableView(nodeRows(g, ['a', 'b']), { sort: 'label', desc: false, query: '' }, NODE_TEXT);
    rows[0] = { ...(rows[0] ?? rows[1]!), label: '=cmd|/c calc!A0' };
    const csv = toCsv(rows, NODE_CSV);
    expect(csv.split('\r\n')).toEqual([
      'key,label,type,degree,pagerank,mentions,community',
      "a,'=cmd|/c calc!A0,COUNTRY,2,0.04,1,0",
      'b,B,COUNTRY,2,0.03,1,0',
      '',
    ]);
    expect(toCsv(edgeRows(g, ['b|MET|c']), EDGE_CSV).split('\r\n')[1]).toBe(
      'b|MET|c,B,MET,C,1,2024-02-01,2024-02-01,asserted',
    );
  });
});
