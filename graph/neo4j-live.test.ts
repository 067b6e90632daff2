// Live test against a real Neo4j 5 or 4.4 server: push, second push (nothing created), import.cypher
// over the same data (nothing created), the README queries, and wrong credentials. Runs only when
// NEO4J_URI is set:  NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… npm run test:neo4j
// It touches only its own nodes (ids starting with "kgtest"), and deletes them before and after.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentResult } from '../src/schema';
import { cypherErrors, splitStatements } from './cypher-lint';
import { buildLexicalLayer } from './lexical';
import { assignMetrics } from './metrics';
import { buildGraph } from './model';
import { importCypher, type Neo4jRows, neo4jRows } from './neo4j';
import { connectionFrom, pushToNeo4j } from './neo4j-push';
import { README_QUERIES } from './readme-queries';
import { fixtureResults } from './test-fixtures';

const LIVE = Boolean(process.env.NEO4J_URI);
const P = 'kgtest';

/** The fixture with every id prefixed, so the test never touches a user's own nodes. */
function prefixed(results: DocumentResult[]): DocumentResult[] {
  const id = (s: string) => `${P}/${s}`;
  return results.map((r) => ({
    ...r,
    doc: { ...r.doc, id: id(r.doc.id) },
    entities: r.entities.map((e) => ({ ...e, id: id(e.id) })),
    relations: r.relations.map((x) => ({
      ...x,
      doc: id(x.doc),
      subject: { ...x.subject, id: id(x.subject.id) },
      object: { ...x.object, id: id(x.object.id) },
    })),
  }));
}

function fixtureRows(): Neo4jRows {
  const results = prefixed(fixtureResults());
  const g = buildGraph(results);
  assignMetrics(g);
  return neo4jRows(g, buildLexicalLayer(results));
}

describe.skipIf(!LIVE)('live Neo4j (requires NEO4J_URI; skipped without it)', () => {
  const conn = LIVE ? connectionFrom({}) : { uri: '', user: '', password: '' };
  const session = () => driver.session(conn.database !== undefined ? { database: conn.database } : {});
  let driver: Driver;
  const rows = fixtureRows();
  const nodeCount =
    rows.entities.reduce((n, g) => n + g.rows.length, 0) + rows.documents.length + rows.sentences.length;
  const relCount =
    rows.relations.reduce((n, g) => n + g.rows.length, 0) + rows.sentences.length + rows.mentions.length;

  async function cleanup(): Promise<void> {
    const s = session();
    try {
      await s.run('MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n', { p: `${P}/` });
    } finally {
      await s.close();
    }
  }

  async function counts(): Promise<{ nodes: number; rels: number }> {
    const s = session();
    try {
      const n = await s.run('MATCH (n) WHERE n.id STARTS WITH $p RETURN count(n) AS c', { p: `${P}/` });
      const r = await s.run(
        'MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p AND b.id STARTS WITH $p RETURN count(r) AS c',
        { p: `${P}/` },
      );
      return { nodes: n.records[0]?.get('c') as number, rels: r.records[0]?.get('c') as number };
    } finally {
      await s.close();
    }
  }

  // No I/O in hooks: a server that cannot be reached must fail a test, not a hook, so the failure
  // shows in the pass/fail count.
  beforeAll(() => {
    driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
      disableLosslessIntegers: true,
    });
  });
  afterAll(async () => {
    try {
      await cleanup();
    } catch {
      // The tests have already reported why the server could not be used.
    }
    await driver.close();
  });

  it('pushes the graph and its lexical layer', async () => {
    await cleanup();
    const s = await pushToNeo4j(rows, conn);
    expect(s.nodesCreated).toBe(nodeCount);
    expect(s.relationshipsCreated).toBe(relCount);
    expect(await counts()).toEqual({ nodes: nodeCount, rels: relCount });
  });

  it('changes nothing on a second push', async () => {
    const s = await pushToNeo4j(rows, conn);
    expect(s.nodesCreated).toBe(0);
    expect(s.relationshipsCreated).toBe(0);
    expect(await counts()).toEqual({ nodes: nodeCount, rels: relCount });
  });

  it('stores typed properties: integers, dates, lists, labels', async () => {
    const s = session();
    try {
      const res = await s.run(
        `MATCH (a:Entity:Person {id: $a})-[r:MET]->(b:Entity {id: $b})
         RETURN r.weight AS w, toString(r.firstDate) AS first, r.sentences AS sids, a.aliases AS aliases`,
        { a: `${P}/person:antony-blinken`, b: `${P}/person:benjamin-netanyahu` },
      );
      const rec = res.records[0];
      expect(rec?.get('w')).toBe(2);
      expect(rec?.get('first')).toBe('2023-11-03');
      expect(rec?.get('sids')).toEqual([`${P}/a1.txt#0`, `${P}/b1.txt#3`]);
      expect(rec?.get('aliases')).toEqual(['Antony Blinken', 'Blinken']);
    } finally {
      await s.close();
    }
  });

  it('runs import.cypher over the same data without creating anything', async () => {
    const s = session();
    try {
      const version = await s.run('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
      const major = Number.parseInt(String(version.records[0]?.get('v')), 10);
      let created = 0;
      for (const stmt of splitStatements(importCypher(rows, 'live test'))) {
        if (major < 5 && stmt.startsWith('CREATE CONSTRAINT')) continue;
        const res = await s.run(stmt);
        const u = res.summary.counters.updates();
        created += u.nodesCreated + u.relationshipsCreated;
      }
      expect(created).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('answers the README queries', async () => {
    const s = session();
    try {
      const results: Record<string, unknown>[][] = [];
      for (const q of README_QUERIES) {
        expect(cypherErrors(q.cypher)).toEqual([]);
        const res = await s.run(q.cypher);
        results.push(res.records.map((r) => r.toObject()));
      }
      const [urged, mediates, path, officials, sentences] = results;
      expect(urged?.map((r) => r.who)).toContain('Antony Blinken');
      expect(mediates?.map((r) => r.mediator)).toEqual(expect.arrayContaining(['Qatar', 'Mesir']));
      expect((path?.[0]?.actors as string[] | undefined)?.length).toBeGreaterThan(1);
      const blinken = officials?.find((r) => r.official === 'Antony Blinken');
      expect(blinken?.met).toContain('Benjamin Netanyahu');
      expect(sentences?.map((r) => r.text)).toContain('Netanyahu kembali bertemu Blinken di Yerusalem.');
    } finally {
      await s.close();
    }
  });

  it('rejects a wrong password with one line that says what to check', async () => {
    await expect(pushToNeo4j(rows, { ...conn, password: `${conn.password}-wrong` })).rejects.toThrow(
      /^kg\/neo4j: .* refused user ".*" .*check --user\/--password or NEO4J_USER\/NEO4J_PASSWORD$/,
    );
  });
});
