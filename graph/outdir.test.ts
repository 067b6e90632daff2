// Tests of all-or-nothing builds (src/outdir.ts through buildFromResults): the output folder is a
// symlink switched in one rename, a killed build leaves the last complete build in place (also
// for --merge), a lock keeps a second build out, and old plain folders are adopted or refused.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputDir } from '../src/outdir';
import { SEEDS_DIR } from '../src/paths';
import { runExtraction } from '../src/pipeline';
import { buildFromResults, OUTPUT_FILES } from './build';
import { readResultsJsonl } from './state';
import { docA, docB } from './test-fixtures';

const BUILT_AT = '2024-01-02T03:04:05.000Z';
const tmp = mkdtempSync(join(tmpdir(), 'kg-outdir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const readAll = (dir: string): string[] => OUTPUT_FILES.map((f) => readFileSync(join(dir, f), 'utf8'));
const ids = (dir: string): string[] => readResultsJsonl(join(dir, 'documents.jsonl')).map((r) => r.doc.id);

describe('all-or-nothing output folders', () => {
  it('switches a new build in as a symlink and keeps only the current set', () => {
    const out = join(tmp, 'switch');
    buildFromResults([docA()], out, { corpus: ['a'], builtAt: BUILT_AT });
    const first = readAll(out);
    buildFromResults([docB()], out, { corpus: ['b'], builtAt: BUILT_AT });
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readAll(out)).not.toEqual(first);
    expect(ids(out)).toEqual(['b1.txt']);
    const { store } = outputDir(out);
    expect(readdirSync(store).filter((e) => e.startsWith('g-'))).toHaveLength(1);
  });

  it('leaves the last complete build in place after a build killed half-way, also for --merge', () => {
    const out = join(tmp, 'killed');
    buildFromResults([docA()], out, { corpus: ['a'], builtAt: BUILT_AT });
    const before = readAll(out);
    // What kill -9 during a build leaves: a half-written new folder and a lock of a dead process.
    const { store } = outputDir(out);
    mkdirSync(join(store, 'g-9-999999'));
    writeFileSync(join(store, 'g-9-999999', 'relations.jsonl'), '{"half');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(store, 'lock'), `${dead}\n`);
    expect(readAll(out)).toEqual(before);
    buildFromResults([docB()], out, { corpus: ['b'], builtAt: BUILT_AT, merge: true });
    expect(ids(out)).toEqual(['a1.txt', 'b1.txt']);
    expect(readdirSync(store).filter((e) => e.startsWith('g-'))).toHaveLength(1);
  });

  it('refuses a second build while another holds the folder, and leaves the first alone', () => {
    const out = join(tmp, 'locked');
    buildFromResults([docA()], out, { corpus: ['a'], builtAt: BUILT_AT });
    const before = readAll(out);
    const { store } = outputDir(out);
    writeFileSync(join(store, 'lock'), `${process.ppid}\n`);
    expect(() => buildFromResults([docB()], out, { corpus: ['b'], builtAt: BUILT_AT })).toThrow(
      /another kg build \(pid \d+\) is writing/,
    );
    expect(readAll(out)).toEqual(before);
    rmSync(join(store, 'lock'));
  });

  it('adopts a plain folder holding an older build, and refuses one holding other files', () => {
    const legacy = join(tmp, 'legacy');
    mkdirSync(legacy);
    buildFromResults([docA()], join(tmp, 'src'), { corpus: ['a'], builtAt: BUILT_AT });
    for (const f of ['documents.jsonl', 'graph.json'])
      writeFileSync(join(legacy, f), readFileSync(join(tmp, 'src', f)));
    buildFromResults([docB()], legacy, { corpus: ['b'], builtAt: BUILT_AT, merge: true });
    expect(ids(legacy)).toEqual(['a1.txt', 'b1.txt']);
    const notOurs = join(tmp, 'home');
    mkdirSync(notOurs);
    writeFileSync(join(notOurs, 'thesis.docx'), 'precious');
    expect(() => buildFromResults([docA()], notOurs, { corpus: ['a'], builtAt: BUILT_AT })).toThrow(
      /holds files that are not a kg build/,
    );
    expect(readdirSync(notOurs)).toEqual(['thesis.docx']);
  });

  it('--merge of real extractions (dates, roles) gives the bytes of one build over both', () => {
    const seeds = readdirSync(SEEDS_DIR)
      .sort()
      .map((f) => join(SEEDS_DIR, f));
    const a = runExtraction(seeds.slice(0, 2)).results;
    const b = runExtraction(seeds.slice(2)).results;
    const merged = join(tmp, 'real-merged');
    const both = join(tmp, 'real-both');
    buildFromResults(a, merged, { corpus: ['s'], builtAt: BUILT_AT });
    buildFromResults(b, merged, { corpus: ['s'], builtAt: BUILT_AT, merge: true });
    buildFromResults([...a, ...b], both, { corpus: ['s'], builtAt: BUILT_AT });
    expect(readAll(merged)).toEqual(readAll(both));
  });
});
