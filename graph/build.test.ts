// Tests of the build: every output file written, graph.json valid for the viewer, byte-identical
// rebuilds, and --merge giving the same files as one build over both corpora.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GraphFileSchema } from '../src/schema';
import { buildFromResults, corpusLabel, OUTPUT_FILES, resolveBuildTime } from './build';
import { graphFromFile, readGraphFile } from './graph-json';
import { edgeKey } from './model';
import { readResultsJsonl } from './state';
import { docA, docB, E, fixtureResults } from './test-fixtures';

const BUILT_AT = '2024-01-02T03:04:05.000Z';
const tmp = mkdtempSync(join(tmpdir(), 'kg-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function readAll(dir: string): Record<string, string> {
  return Object.fromEntries(OUTPUT_FILES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('buildFromResults', () => {
  const out = join(tmp, 'one');
  buildFromResults(fixtureResults(), out, { corpus: ['a', 'b'], builtAt: BUILT_AT });

  it('writes every output file', () => {
    for (const f of OUTPUT_FILES) expect(existsSync(join(out, f)), f).toBe(true);
  });

  it('writes a graph.json that the viewer schema accepts, with metadata', () => {
    const file = GraphFileSchema.parse(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')));
    expect(file.meta).toMatchObject({
      tool: 'kabar-graph',
      corpus: ['a', 'b'],
      builtAt: BUILT_AT,
      counts: { documents: 2, sentences: 8, relationMentions: 11, nodes: 10, edges: 9 },
    });
    expect(file.meta.documents.map((d) => d.id)).toEqual(['a1.txt', 'b1.txt']);
    const g = graphFromFile(file);
    expect(g.getEdgeAttribute(edgeKey(E.blinken.id, 'MET', E.netanyahu.id), 'weight')).toBe(2);
  });

  it('writes relations.jsonl with one line per relation mention', () => {
    const lines = readFileSync(join(out, 'relations.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(11);
  });

  it('rebuilds the same input into byte-identical files', () => {
    const again = join(tmp, 'again');
    buildFromResults([docB(), docA()], again, { corpus: ['b', 'a'], builtAt: BUILT_AT });
    expect(readAll(again)).toEqual(readAll(out));
  });

  it('keeps documents.jsonl readable as the state of a later merge', () => {
    expect(readResultsJsonl(join(out, 'documents.jsonl'))).toEqual(fixtureResults());
  });
});

describe('--merge', () => {
  it('gives the files of one build over both corpora: kg build a, then kg build b --merge', () => {
    const merged = join(tmp, 'merged');
    buildFromResults([docA()], merged, { corpus: ['a'], builtAt: BUILT_AT });
    buildFromResults([docB()], merged, { corpus: ['b'], builtAt: BUILT_AT, merge: true });
    const both = join(tmp, 'both');
    buildFromResults([docA(), docB()], both, { corpus: ['a', 'b'], builtAt: BUILT_AT });
    expect(readAll(merged)).toEqual(readAll(both));
  });

  it('adds nothing when the same documents are merged again', () => {
    const dir = join(tmp, 'twice');
    buildFromResults(fixtureResults(), dir, { corpus: ['a', 'b'], builtAt: BUILT_AT });
    const before = readAll(dir);
    buildFromResults(fixtureResults(), dir, { corpus: ['a', 'b'], builtAt: BUILT_AT, merge: true });
    expect(readAll(dir)).toEqual(before);
    expect(readGraphFile(join(dir, 'graph.json')).meta.counts.edges).toBe(9);
  });

  it('rebuilds from scratch without --merge', () => {
    const dir = join(tmp, 'scratch');
    buildFromResults(fixtureResults(), dir, { corpus: ['a', 'b'], builtAt: BUILT_AT });
    buildFromResults([docB()], dir, { corpus: ['b'], builtAt: BUILT_AT });
    expect(readGraphFile(join(dir, 'graph.json')).meta.counts.documents).toBe(1);
  });

  it('starts from nothing in a fresh folder, and refuses a graph.json without its documents.jsonl', () => {
    const fresh = join(tmp, 'fresh');
    buildFromResults([docA()], fresh, { corpus: ['a'], builtAt: BUILT_AT, merge: true });
    expect(readGraphFile(join(fresh, 'graph.json')).meta.counts.documents).toBe(1);
    const broken = join(tmp, 'broken');
    buildFromResults([docA()], broken, { corpus: ['a'], builtAt: BUILT_AT });
    rmSync(join(broken, 'documents.jsonl'));
    expect(() =>
      buildFromResults([docB()], broken, { corpus: ['b'], builtAt: BUILT_AT, merge: true }),
    ).toThrow(/kg\/build: .*documents\.jsonl does not.*without --merge/);
  });

  it('names file and line of a damaged documents.jsonl', () => {
    const dir = join(tmp, 'damaged');
    buildFromResults([docA()], dir, { corpus: ['a'], builtAt: BUILT_AT });
    writeFileSync(join(dir, 'documents.jsonl'), '{"doc":{"id":"x"}}\n');
    expect(() => buildFromResults([docB()], dir, { corpus: ['b'], builtAt: BUILT_AT, merge: true })).toThrow(
      /documents\.jsonl:1: sentences/,
    );
  });
});

describe('build time and corpus names', () => {
  it('takes builtAt from KG_BUILD_TIME, then SOURCE_DATE_EPOCH, then the clock', () => {
    const now = () => new Date('2030-01-01T00:00:00Z');
    expect(resolveBuildTime({ KG_BUILD_TIME: '2024-05-06T07:08:09Z' }, now)).toBe('2024-05-06T07:08:09.000Z');
    expect(resolveBuildTime({ SOURCE_DATE_EPOCH: '0' }, now)).toBe('1970-01-01T00:00:00.000Z');
    expect(resolveBuildTime({}, now)).toBe('2030-01-01T00:00:00.000Z');
    expect(() => resolveBuildTime({ KG_BUILD_TIME: 'yesterday' }, now)).toThrow(/kg\/build: KG_BUILD_TIME/);
  });

  it('names the seeds folder "seeds" wherever the command runs', async () => {
    const { SEEDS_DIR } = await import('../src/paths');
    expect(corpusLabel(SEEDS_DIR)).toBe('seeds');
  });
});
