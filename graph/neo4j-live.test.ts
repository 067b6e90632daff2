// Live tests on the project's own Neo4j 5 server, started by `npm run test:neo4j` (neo4j-live-run.ts):
// `kg neo4j push` of the seeds build, a second push, import.cypher and the CSVs giving the same graph,
// the README queries, wrong credentials, and text that looks like Cypher. They empty the database.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/io';
import { PROJECT_ROOT, SEEDS_DIR } from '../src/paths';
import { buildOutputs } from '../src/run-build';
import { splitStatements } from './cypher-lint';
import { buildLexicalLayer } from './lexical';
import { assignMetrics } from './metrics';
import { buildGraph } from './model';
import { CSV_FILES, importCypher, type Neo4jRows, neo4jCsv, neo4jRows } from './neo4j';
import { csvLoadStatements, dumpGraph, expectedCounts, graphCounts, wipe } from './neo4j-live-helpers';
import { connectionFrom, loadRows, pushToNeo4j } from './neo4j-push';
import { README_QUERIES } from './readme-queries';
import { fixtureResults, TRICKY, trickyResults } from './test-fixtures';

const OWN_SERVER = process.env.KG_NEO4J_IMPORT_DIR !== undefined && process.env.NEO4J_URI !== undefined;
const KG = join(PROJECT_ROOT, 'bin', 'kg.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'kg-neo4j-live-'));
const seedsOut = join(tmp, 'seeds');

function kg(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [KG, ...args], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
}

function rowsOf(results: ReturnType<typeof fixtureResults>): Neo4jRows {
  const g = buildGraph(results);
  assignMetrics(g);
  return neo4jRows(g, buildLexicalLayer(results));
}

describe('live Neo4j server', () => {
  let driver: Driver;
  const conn = OWN_SERVER ? connectionFrom({}) : { uri: '', user: '', password: '' };
  let pushed: string[] = [];

  beforeAll(async () => {
    await buildOutputs([SEEDS_DIR], seedsOut, { builtAt: '2024-01-01T00:00:00.000Z' });
    driver = neo4j.driver(conn.uri || 'bolt://127.0.0.1:1', neo4j.auth.basic(conn.user, conn.password), {
      disableLosslessIntegers: true,
    });
  });
  afterAll(async () => {
    await driver.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  async function importScript(script: string): Promise<number> {
    const s = driver.session();
    let created = 0;
    try {
      for (const stmt of splitStatements(script)) {
        const u = (await s.run(stmt)).summary.counters.updates();
        created += u.nodesCreated + u.relationshipsCreated;
      }
    } finally {
      await s.close();
    }
    return created;
  }

  async function loadCsvFiles(dir: string): Promise<void> {
    for (const f of CSV_FILES) copyFileSync(join(dir, f), join(process.env.KG_NEO4J_IMPORT_DIR ?? '', f));
    for (const stmt of csvLoadStatements()) await importScript(stmt);
  }

  it('runs on the server that npm run test:neo4j starts', () => {
    expect(OWN_SERVER, 'these tests empty the database: run them with `npm run test:neo4j`').toBe(true);
  });

  it('kg neo4j push of the seeds build creates every node, relationship and constraint', async () => {
    await wipe(driver);
    const res = kg(['neo4j', 'push', '-d', seedsOut]);
    expect(res.stderr).toMatch(/^kg neo4j push: Neo4j 5\.26\.\d+ at bolt:\/\/127\.0\.0\.1:\d+\/?: \d+ rows/m);
    expect(res.status).toBe(0);
    const expected = expectedCounts(loadRows(seedsOut));
    expect(expected.labels.Person).toBeGreaterThan(0);
    expect(expected.types.MENTIONS).toBeGreaterThan(0);
    expect(await graphCounts(driver)).toEqual(expected);
    const s = driver.session();
    try {
      const c = await s.run('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *');
      const got = c.records.map((r) => `${r.get('name')} ${r.get('type')} ${r.get('labelsOrTypes')}`).sort();
      expect(got).toEqual([
        'document_id UNIQUENESS Document',
        'entity_id UNIQUENESS Entity',
        'sentence_id UNIQUENESS Sentence',
      ]);
    } finally {
      await s.close();
    }
    pushed = await dumpGraph(driver);
  });

  it('changes nothing on a second push: every counter is zero', async () => {
    const s = await pushToNeo4j(loadRows(seedsOut), conn);
    expect(s.serverVersion).toMatch(/^5\.26\./);
    expect({
      nodes: s.nodesCreated,
      rels: s.relationshipsCreated,
      props: s.propertiesSet,
      constraints: s.constraintsAdded,
    }).toEqual({ nodes: 0, rels: 0, props: 0, constraints: 0 });
    expect(await dumpGraph(driver)).toEqual(pushed);
  });

  it('import.cypher, run statement by statement, gives the same graph as the push', async () => {
    await wipe(driver);
    const created = await importScript(readFileSync(join(seedsOut, 'neo4j', 'import.cypher'), 'utf8'));
    expect(created).toBeGreaterThan(0);
    expect(await dumpGraph(driver)).toEqual(pushed);
  });

  it('the CSV files, loaded with LOAD CSV from the import folder, give the same graph', async () => {
    await wipe(driver);
    await loadCsvFiles(join(seedsOut, 'neo4j'));
    expect(await dumpGraph(driver)).toEqual(pushed);
  });

  it('answers the five README queries with the rows a reader expects', async () => {
    await wipe(driver);
    await pushToNeo4j(rowsOf(fixtureResults()), conn);
    const s = driver.session();
    const results: Record<string, unknown>[][] = [];
    try {
      for (const q of README_QUERIES) {
        const res = await s.run(q.cypher);
        results.push(
          res.records.map((r) =>
            Object.fromEntries(Object.entries(r.toObject()).map(([k, v]) => [k, plain(v)])),
          ),
        );
      }
    } finally {
      await s.close();
    }
    const [urged, mediates, path, officials, sentences] = results;
    expect(urged).toEqual([{ who: 'Antony Blinken', type: 'PERSON', mentions: 1, modality: 'asserted' }]);
    // `since` is a Neo4j date (plain() turns only dates into "date(…)").
    expect(mediates).toEqual([
      { mediator: 'Qatar', conflict: 'konflik Israel–Hamas', mentions: 2, since: 'date(2023-11-03)' },
      { mediator: 'Mesir', conflict: 'konflik Israel–Hamas', mentions: 1, since: 'date(2023-11-05)' },
    ]);
    expect(path).toEqual([
      {
        actors: ['Hamas', 'Israel', 'Antony Blinken', 'Amerika Serikat'],
        relations: ['ATTACKED', 'URGED', 'AFFILIATED_WITH'],
      },
    ]);
    expect(officials).toEqual([
      { official: 'Antony Blinken', role: 'Menteri Luar Negeri', met: ['Benjamin Netanyahu'] },
    ]);
    expect(sentences).toEqual([
      {
        document: 'a1.txt',
        title: `Blinken: 'Israel berhak membela diri' \\ "jeda kemanusiaan"`,
        sentence: 0,
        text: 'Menteri Luar Negeri AS Antony Blinken bertemu dengan Perdana Menteri Israel Benjamin Netanyahu di Tel Aviv pada Jumat (3/11).',
      },
      {
        document: 'b1.txt',
        title: 'Mesir dan Qatar menengahi',
        sentence: 3,
        text: 'Netanyahu kembali bertemu Blinken di Yerusalem.',
      },
    ]);
  });

  it('keeps quotes, backslashes, newlines and Cypher-looking text unchanged through push, import.cypher and CSV', async () => {
    const rows = rowsOf(trickyResults());
    // Aliases are left out: the CSV array delimiter ";" inside a name becomes "," (see README).
    const texts = async (): Promise<string[]> => {
      const s = driver.session();
      try {
        const r = await s.run(
          'MATCH (n) RETURN coalesce(n.title, n.text, n.name) AS t, n.id AS id ORDER BY n.id',
        );
        return r.records.flatMap((x) => [String(x.get('id')), String(x.get('t'))]);
      } finally {
        await s.close();
      }
    };
    const [tricky] = trickyResults();
    const want = [
      tricky?.doc.id ?? '',
      tricky?.doc.title ?? '',
      ...(tricky?.sentences.map((x) => x.text) ?? []),
      ...(tricky?.entities.map((e) => e.name) ?? []),
    ];
    await wipe(driver);
    await pushToNeo4j(rows, conn);
    const viaPush = await texts();
    for (const w of want) expect(viaPush).toContain(w);
    const aliases = await dumpGraph(driver);
    expect(aliases.join('\n')).toContain(JSON.stringify(TRICKY.b.name));
    await wipe(driver);
    await importScript(importCypher(rows, 'tricky'));
    expect(await texts()).toEqual(viaPush);
    expect(await dumpGraph(driver)).toEqual(aliases);
    await wipe(driver);
    const dir = join(tmp, 'tricky');
    const csv = neo4jCsv(rows);
    for (const f of CSV_FILES) writeFileAtomic(join(dir, f), csv[f]);
    await loadCsvFiles(dir);
    expect(await texts()).toEqual(viaPush);
  });

  it('a wrong password gives one line and exit code 1', () => {
    const res = kg(['neo4j', 'push', '-d', seedsOut], { NEO4J_PASSWORD: `${conn.password}-wrong` });
    expect(res.status).toBe(1);
    expect(res.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^kg\/neo4j: .* refused user "neo4j" .*check --user\/--password/),
    ]);
  });

  it('an unreachable port gives one line and exit code 1', () => {
    const res = kg(['neo4j', 'push', '-d', seedsOut, '--uri', 'bolt://127.0.0.1:1']);
    expect(res.status).toBe(1);
    expect(res.stderr.trimEnd().split('\n')).toEqual([
      'kg/neo4j: cannot connect to bolt://127.0.0.1:1 — is the server running? set --uri or NEO4J_URI',
    ]);
  });
});

/** Driver values as plain JSON: Neo4j dates as "date(2023-11-03)", so a date never equals a string. */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (neo4j.isDate(v)) return `date(${v.toString()})`;
  return v;
}
