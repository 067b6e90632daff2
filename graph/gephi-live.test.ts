// Gephi's own importer on graph.gexf (npm run test:gephi; needs Java 17 and Maven): the Gephi Toolkit
// program in graph/gephi-check prints what Gephi loaded, and this test compares it with the build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../src/paths';
import { buildOutputs } from '../src/run-build';
import { SYMMETRIC_RELATIONS } from '../src/schema';
import { graphFromFile, readGraphFile } from './graph-json';
import { buildJavaTool } from './java-tools';
import type { KgGraph } from './model';

const tmp = mkdtempSync(join(tmpdir(), 'kg-gephi-'));

interface GephiView {
  lines: string[];
  value: (key: string) => string | undefined;
  all: (key: string) => string[];
}

function gephiImport(gexf: string): GephiView {
  const res = spawnSync('java', [...buildJavaTool('gephi-check'), gexf], {
    encoding: 'utf8',
    timeout: 240_000,
  });
  if (res.status !== 0) throw new Error(`gephi-check failed (${res.status}): ${res.stderr.slice(-2000)}`);
  const lines = res.stdout.split('\n').filter((l) => l !== '');
  const all = (key: string) =>
    lines.filter((l) => l.startsWith(`${key} `)).map((l) => l.slice(key.length + 1));
  return { lines, all, value: (key) => all(key)[0] };
}

describe('graph.gexf in Gephi (Gephi Toolkit 0.10 importer)', () => {
  let graph: KgGraph;
  let gephi: GephiView;

  beforeAll(async () => {
    const out = join(tmp, 'seeds');
    await buildOutputs([SEEDS_DIR], out, { builtAt: '2024-01-01T00:00:00.000Z' });
    graph = graphFromFile(readGraphFile(join(out, 'graph.json')));
    gephi = gephiImport(join(out, 'graph.gexf'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('loads every node and every edge', () => {
    expect(graph.size).toBeGreaterThan(10);
    expect(gephi.value('nodes')).toBe(String(graph.order));
    expect(gephi.value('edges')).toBe(String(graph.size));
  });

  it('has MET and NEGOTIATES_WITH undirected and the other relations directed', () => {
    const want = new Map<string, number>();
    graph.forEachEdge((_k, a) => {
      const key = `${a.relation} ${SYMMETRIC_RELATIONS.has(a.relation) ? 'undirected' : 'directed'}`;
      want.set(key, (want.get(key) ?? 0) + 1);
    });
    expect([...want.keys()].some((k) => k.startsWith('MET undirected'))).toBe(true);
    const expected = [...want.entries()].map(([k, n]) => `${k} ${n}`).sort();
    expect(gephi.all('kind').sort()).toEqual(expected);
  });

  it('types the attribute columns: integers, doubles, strings', () => {
    const nodeCols = gephi.all('nodecol');
    for (const c of [
      'mentions Integer',
      'degree Integer',
      'community Integer',
      'pagerank Double',
      'type String',
    ])
      expect(nodeCols).toContain(c);
    const edgeCols = gephi.all('edgecol');
    for (const c of [
      'weight Double',
      'asserted Integer',
      'planned Integer',
      'cameo String',
      'modality String',
      'evidence String',
      'sentences String',
    ])
      expect(edgeCols).toContain(c);
  });

  it('puts each dated edge on the timeline from its first to its last date', () => {
    expect(gephi.value('timeformat')).toBe('DATE');
    expect(gephi.value('timerepresentation')).toBe('INTERVAL');
    const want: string[] = [];
    const days: string[] = [];
    graph.forEachEdge((key, a) => {
      if (a.firstDate === undefined || a.lastDate === undefined) return;
      want.push(`${key} ${a.firstDate} ${a.lastDate}`);
      days.push(a.firstDate, a.lastDate);
    });
    expect(want.length).toBeGreaterThan(0);
    expect(gephi.all('interval').sort()).toEqual(want.sort());
    days.sort();
    expect(gephi.value('bounds')).toBe(`${days[0]} ${days.at(-1)}`);
  });
});
