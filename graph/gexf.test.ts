// Tests of graph.gexf: read back by graphology-gexf with nodes, edges, attributes and viz intact.
// The schema check against ../shared's GEXF 1.3 RELAX NG is gexf.shared.test.ts (npm run check:shared).
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { renderOutputs } from './build';
import { edgeKey } from './model';
import { E, fixtureResults } from './test-fixtures';

function render(): string {
  return renderOutputs(fixtureResults(), {
    corpus: ['fixtures'],
    builtAt: '2024-01-02T03:04:05.000Z',
    version: '0.0.0-test',
  }).files['graph.gexf'];
}

describe('graph.gexf', () => {
  const gexf = render();

  it('is read back by graphology-gexf with nodes, edges and typed attributes', () => {
    const g = parse(MultiDirectedGraph, gexf);
    expect(g.order).toBe(10);
    expect(g.size).toBe(9);
    const b = g.getNodeAttributes(E.blinken.id);
    expect(b).toMatchObject({ label: 'Antony Blinken', type: 'PERSON', aliases: 'Antony Blinken|Blinken' });
    expect(typeof b.pagerank).toBe('number');
    expect(typeof b.community).toBe('number');
    expect(b.color).toMatch(/^#[0-9a-f]{6}$|^rgb/);
    expect(typeof b.x).toBe('number');
    expect(typeof b.size).toBe('number');
    const met = g.getEdgeAttributes(edgeKey(E.blinken.id, 'MET', E.netanyahu.id));
    expect(met).toMatchObject({
      relation: 'MET',
      kind: 'MET',
      weight: 2,
      asserted: 2,
      planned: 0,
      cameo: '040',
      firstDate: '2023-11-03',
      lastDate: '2023-11-05',
      sentences: 'a1.txt#0|b1.txt#3',
    });
  });

  it('declares attribute types: integers, doubles and strings', () => {
    expect(gexf).toContain('<attribute id="mentions" title="mentions" type="integer"/>');
    expect(gexf).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(gexf).toContain('<attribute id="aliases" title="aliases" type="string"/>');
    expect(gexf).toContain('<attribute id="firstDate" title="firstDate" type="string"/>');
  });

  it('is the same bytes on every build', () => {
    expect(render()).toBe(gexf);
  });

  it('writes MET and NEGOTIATES_WITH undirected, every other edge directed, with no default type', () => {
    // Gephi drops undirected edges from a graph whose defaultedgetype is "directed".
    expect(gexf).toContain('<graph mode="dynamic" timeformat="date">');
    const tags = [...gexf.matchAll(/<edge [^>]*>/g)].map((m) => m[0]);
    expect(tags).toHaveLength(9);
    for (const tag of tags) {
      const kind = /kind="([A-Z_]+)"/.exec(tag)?.[1] ?? '';
      const want = ['MET', 'NEGOTIATES_WITH'].includes(kind) ? 'undirected' : 'directed';
      expect(tag, tag).toContain(`type="${want}"`);
    }
  });

  it('gives each dated edge its interval for the timeline, and evidence, modality and CAMEO as attributes', () => {
    const met = [...gexf.matchAll(/<edge [^>]*kind="MET"[^>]*>/g)].map((m) => m[0]);
    expect(met).toEqual([expect.stringContaining('start="2023-11-03" end="2023-11-05"')]);
    const g = parse(MultiDirectedGraph, gexf);
    expect(g.getEdgeAttributes(edgeKey(E.blinken.id, 'MET', E.netanyahu.id))).toMatchObject({
      modality: 'asserted',
      cameo: '040',
      evidence:
        'Menteri Luar Negeri AS Antony Blinken bertemu dengan Perdana Menteri Israel Benjamin Netanyahu di Tel Aviv pada Jumat (3/11).|Netanyahu kembali bertemu Blinken di Yerusalem.',
    });
  });
});
