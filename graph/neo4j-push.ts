// `kg neo4j push`: writes the graph and its lexical layer to a live Neo4j 5 or 4.4 server through
// neo4j-driver: constraints first (in the server's syntax), then `UNWIND $rows` statements packed into
// write transactions of up to a batch of rows, with retries. MERGE everywhere: a second push creates nothing.
import { join } from 'node:path';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { KgError } from '../src/errors';
import { graphFromFile, readGraphFile } from './graph-json';
import { buildLexicalLayer } from './lexical';
import {
  type Column,
  constraintStatements,
  type Neo4jRows,
  neo4jRows,
  packTransactions,
  type Row,
  type Statement,
  type StatementGroup,
  statementGroups,
} from './neo4j';
import { readResultsJsonl } from './state';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export interface PushOptions extends Neo4jConnection {
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PushSummary {
  serverVersion: string;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  constraintsAdded: number;
  rows: number;
  /** Transactions the driver ran again after a transient error (a lock conflict between sessions). */
  retries: number;
}

export const DEFAULT_URI = 'bolt://localhost:7687';
/** Rows per write transaction: 20,000 beat 5,000 by 1.1× on the synthetic 100k-edge graph, 2.2× on the bench corpus (npm run bench:neo4j). */
export const PUSH_BATCH = 20_000;

/** Connection settings from flags, then NEO4J_* variables, then defaults; a missing password is an error. */
export function connectionFrom(
  flags: { uri?: string; user?: string; password?: string; database?: string },
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConnection {
  const password = flags.password ?? env.NEO4J_PASSWORD;
  if (password === undefined || password === '') {
    throw new KgError('neo4j', 'no password given; set --password or NEO4J_PASSWORD');
  }
  const conn: Neo4jConnection = {
    uri: flags.uri ?? env.NEO4J_URI ?? DEFAULT_URI,
    user: flags.user ?? env.NEO4J_USER ?? 'neo4j',
    password,
  };
  const database = flags.database ?? env.NEO4J_DATABASE;
  if (database !== undefined && database !== '') conn.database = database;
  return conn;
}

/** The rows of a build folder: graph.json for the graph, documents.jsonl for the lexical layer. */
export function loadRows(dir: string): Neo4jRows {
  const graph = graphFromFile(readGraphFile(join(dir, 'graph.json')));
  const lexical = buildLexicalLayer(readResultsJsonl(join(dir, 'documents.jsonl')));
  return neo4jRows(graph, lexical);
}

function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return '';
}

/** One line that says what went wrong and what to set, for any driver error. */
export function describeNeo4jError(err: unknown, conn: Neo4jConnection): string {
  const code = errorCode(err);
  const msg = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN/.test(msg)
  ) {
    return `kg/neo4j: cannot connect to ${conn.uri} — is the server running? set --uri or NEO4J_URI`;
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return `kg/neo4j: ${conn.uri} refused user "${conn.user}" (${code.split('.').pop()}) — check --user/--password or NEO4J_USER/NEO4J_PASSWORD`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return `kg/neo4j: database "${conn.database ?? ''}" does not exist on ${conn.uri} — set --database or NEO4J_DATABASE to an existing one`;
  }
  if (/url|uri|scheme/i.test(msg) && code === '') {
    return `kg/neo4j: invalid URI ${conn.uri} (${msg}) — use e.g. bolt://localhost:7687 or neo4j://host:7687`;
  }
  return `kg/neo4j: ${conn.uri}: ${msg}${code ? ` (${code})` : ''} — check --uri and the server log`;
}

/** Typed values: JavaScript numbers reach Neo4j as floats, so int columns go as Neo4j integers, dates as Neo4j dates. */
function typedMap(row: Row, columns: readonly Column[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const c of columns) {
    const v = row[c.name];
    if (v === undefined) continue;
    if (c.type === 'int' && typeof v === 'number') o[c.name] = neo4j.int(v);
    else if (c.type === 'date' && typeof v === 'string') {
      const [y, m, d] = v.split('-').map(Number);
      o[c.name] = new neo4j.types.Date(y ?? 0, m ?? 1, d ?? 1);
    } else o[c.name] = v;
  }
  return o;
}

function toParams(rows: readonly Row[], g: StatementGroup): Record<string, unknown>[] {
  const ends = g.ends;
  if (ends === undefined) return rows.map((r) => typedMap(r, g.columns));
  return rows.map((r) => ({
    ...Object.fromEntries(ends.map((k) => [k, r[k]])),
    props: typedMap(r, g.columns),
  }));
}

async function serverVersion(session: Session): Promise<string> {
  const res = await session.run('CALL dbms.components() YIELD name, versions RETURN name, versions');
  const rec = res.records.find((r) => r.get('name') === 'Neo4j Kernel') ?? res.records[0];
  const versions: unknown = rec?.get('versions');
  return Array.isArray(versions) && typeof versions[0] === 'string' ? versions[0] : 'unknown';
}

/** Runs one packed transaction (its statements pipelined), adding counters and retries to the summary. */
async function pushTransaction(
  session: Session,
  stmts: readonly Statement[],
  summary: PushSummary,
): Promise<void> {
  const runs = stmts.map((st) => ({
    query: `UNWIND $rows AS row ${st.group.body}`,
    params: { rows: toParams(st.rows, st.group) },
  }));
  let attempts = 0;
  const results = await session.executeWrite((tx) => {
    attempts++;
    return Promise.all(runs.map((r) => tx.run(r.query, r.params)));
  });
  for (const res of results) {
    const u = res.summary.counters.updates();
    summary.nodesCreated += u.nodesCreated;
    summary.relationshipsCreated += u.relationshipsCreated;
    summary.propertiesSet += u.propertiesSet;
  }
  summary.retries += attempts - 1;
  summary.rows += stmts.reduce((n, st) => n + st.rows.length, 0);
}

/**
 * Groups without a lane one after the other, then the two lanes side by side, each in its own
 * session and in order: the server works on one lane's transaction while the client packs the
 * other's. Both lanes add relationships on entity nodes (MENTIONS, relations); a lock conflict
 * between them is a transient error that executeWrite retries, and MERGE makes the retry harmless.
 */
async function pushGroups(
  driver: Driver,
  session: Session,
  groups: readonly StatementGroup[],
  opts: PushOptions,
  summary: PushSummary,
): Promise<void> {
  const size = opts.batchSize ?? PUSH_BATCH;
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  const run = async (s: Session, lane: readonly StatementGroup[]): Promise<void> => {
    for (const tx of packTransactions(lane, size)) {
      await pushTransaction(s, tx, summary);
      opts.onProgress?.(summary.rows, total);
    }
  };
  await run(
    session,
    groups.filter((g) => g.lane === undefined),
  );
  const lanes = (['lexical', 'entities'] as const).map((l) => groups.filter((g) => g.lane === l));
  await Promise.all(
    lanes.map(async (lane) => {
      const s = driver.session(opts.database !== undefined ? { database: opts.database } : {});
      try {
        await run(s, lane);
      } finally {
        await s.close();
      }
    }),
  );
}

export async function pushToNeo4j(rows: Neo4jRows, opts: PushOptions): Promise<PushSummary> {
  let driver: Driver;
  try {
    driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
      connectionTimeout: 10_000,
      maxTransactionRetryTime: 15_000,
      disableLosslessIntegers: true,
    });
  } catch (err) {
    throw new KgError('neo4j', describeNeo4jError(err, opts).replace(/^kg\/neo4j: /, ''));
  }
  const sessionConfig = opts.database !== undefined ? { database: opts.database } : {};
  const summary: PushSummary = {
    serverVersion: 'unknown',
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    constraintsAdded: 0,
    rows: 0,
    retries: 0,
  };
  try {
    await driver.verifyConnectivity(sessionConfig);
    const session = driver.session(sessionConfig);
    try {
      summary.serverVersion = await serverVersion(session);
      const major = Number.parseInt(summary.serverVersion, 10) || 5;
      for (const stmt of constraintStatements(major)) {
        const res = await session.executeWrite((tx) => tx.run(stmt));
        summary.constraintsAdded += res.summary.counters.updates().constraintsAdded;
      }
      await session.run('CALL db.awaitIndexes(300)');
      await pushGroups(driver, session, statementGroups(rows), opts, summary);
    } finally {
      await session.close();
    }
  } catch (err) {
    if (err instanceof KgError) throw err;
    throw new KgError('neo4j', describeNeo4jError(err, opts).replace(/^kg\/neo4j: /, ''));
  } finally {
    await driver.close();
  }
  return summary;
}
