// End-to-end tests through the real CLI (node bin/kg.mjs): `kg build` on a small corpus with a bad
// file, byte-identical rebuilds, and `kg neo4j push` failing cleanly without a server.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths';
import { GraphFileSchema } from '../src/schema';
import { OUTPUT_FILES } from './build';

const KG = join(PROJECT_ROOT, 'bin', 'kg.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'kg-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function kg(args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env };
  for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete clean[k];
  return spawnSync(process.execPath, [KG, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...clean, KG_BUILD_TIME: '2024-01-02T03:04:05Z', ...env },
    timeout: 60_000,
  });
}

function readAll(dir: string): Record<string, Buffer> {
  return Object.fromEntries(OUTPUT_FILES.map((f) => [f, readFileSync(join(dir, f))]));
}

describe('kg build', () => {
  const corpus = join(tmp, 'corpus');
  let first: ReturnType<typeof kg>;

  beforeAll(() => {
    mkdirSync(corpus, { recursive: true });
    writeFileSync(
      join(corpus, 'a.txt'),
      'Menteri Luar Negeri AS Antony Blinken bertemu dengan Perdana Menteri Israel Benjamin Netanyahu.\n',
    );
    writeFileSync(join(corpus, 'b.txt'), 'Qatar menjadi perantara utama dalam konflik Israel–Hamas.\n');
    writeFileSync(join(corpus, 'rusak.txt'), Buffer.from([0x41, 0x00, 0x42]));
    first = kg(['build', 'corpus', '--out', 'out1']);
  });

  it('writes every output file and a graph.json the viewer schema accepts', () => {
    for (const f of OUTPUT_FILES) expect(readFileSync(join(tmp, 'out1', f)).length, f).toBeGreaterThan(0);
    const file = GraphFileSchema.parse(JSON.parse(readFileSync(join(tmp, 'out1', 'graph.json'), 'utf8')));
    expect(file.meta.corpus).toEqual(['corpus']);
    expect(file.meta.builtAt).toBe('2024-01-02T03:04:05.000Z');
    expect(file.meta.documents.map((d) => d.id)).toEqual(['a.txt', 'b.txt']);
  });

  it('fails with exit 1 and leaves the earlier build as it was when no document can be read', () => {
    const before = readAll(join(tmp, 'out1'));
    const r = kg(['build', 'corpsu', '--out', 'out1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kg\/input: skipped corpsu: no such file or folder/);
    expect(r.stderr).toMatch(/kg\/build: no document could be read, so out1\/ was left as it was/);
    expect(readAll(join(tmp, 'out1'))).toEqual(before);
  });

  it('fails at once with exit 1 for an --out where nothing can be made (/proc)', () => {
    const r = kg(['build', 'corpus', '--out', '/proc/kg-out']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kg\/build: cannot create \/proc\/\.kg-out\.kg \(ENOENT\)/);
  });

  it('reports the bad file by name, builds the others, and exits with 2', () => {
    expect(first.stderr).toMatch(/kg\/input: skipped .*rusak\.txt: binary file/);
    expect(first.stderr).toMatch(/kg build: 2 documents/);
    expect(first.stdout).toBe('');
    expect(first.status).toBe(2);
  });

  it('writes byte-identical files when run again', () => {
    const second = kg(['build', 'corpus', '--out', 'out2']);
    expect(second.status).toBe(2);
    expect(readAll(join(tmp, 'out2'))).toEqual(readAll(join(tmp, 'out1')));
  });

  it('merges with --merge: a, then b --merge, gives the files of a and b built together', () => {
    expect(kg(['build', 'corpus/a.txt', '--out', 'merged']).status).toBe(0);
    expect(kg(['build', 'corpus/b.txt', '--out', 'merged', '--merge']).status).toBe(0);
    expect(kg(['build', 'corpus/a.txt', 'corpus/b.txt', '--out', 'together']).status).toBe(0);
    expect(readAll(join(tmp, 'merged'))).toEqual(readAll(join(tmp, 'together')));
  });

  it('exits with 0 when every document was read', () => {
    const ok = kg(['build', 'corpus/a.txt', '--out', 'out3']);
    expect(ok.stderr).not.toMatch(/skipped/);
    expect(ok.status).toBe(0);
  });
});

describe('kg neo4j push without a server', () => {
  let port = 0;
  beforeAll(async () => {
    // A port that was free a moment ago: nothing listens on it.
    port = await new Promise<number>((resolve) => {
      const srv = createServer();
      srv.listen(0, '127.0.0.1', () => {
        const addr = srv.address();
        const p = typeof addr === 'object' && addr ? addr.port : 1;
        srv.close(() => resolve(p));
      });
    });
    kg(['build', 'corpus/a.txt', '--out', 'pushme']);
  });

  it('gives one clear line and exit code 1 when the server is unreachable', () => {
    const res = kg([
      'neo4j',
      'push',
      '--dir',
      'pushme',
      '--uri',
      `bolt://127.0.0.1:${port}`,
      '--password',
      'x',
    ]);
    expect(res.stderr).toBe(
      `kg/neo4j: cannot connect to bolt://127.0.0.1:${port} — is the server running? set --uri or NEO4J_URI\n`,
    );
    expect(res.status).toBe(1);
  });

  it('reads NEO4J_URI and NEO4J_PASSWORD from the environment', () => {
    const res = kg(['neo4j', 'push', '--dir', 'pushme'], {
      NEO4J_URI: `neo4j://127.0.0.1:${port}`,
      NEO4J_PASSWORD: 'x',
    });
    expect(res.stderr).toMatch(new RegExp(`^kg/neo4j: cannot connect to neo4j://127\\.0\\.0\\.1:${port} `));
    expect(res.status).toBe(1);
  });

  it('asks for a password before connecting', () => {
    const res = kg(['neo4j', 'push', '--dir', 'pushme']);
    expect(res.stderr).toBe('kg/neo4j: no password given; set --password or NEO4J_PASSWORD\n');
    expect(res.status).toBe(1);
  });

  it('names a missing build folder', () => {
    const res = kg(['neo4j', 'push', '--dir', 'nothing-here', '--password', 'x']);
    expect(res.stderr).toMatch(/^kg\/graph: cannot read nothing-here\/graph\.json .*run kg build first\n$/);
    expect(res.status).toBe(1);
  });
});
