// Helpers of the live Neo4j tests: empty the database, dump it in a comparable form, count nodes by
// label and relationships by type, and LOAD CSV statements that read the neo4j-admin files.
import neo4j, { type Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../src/schema';
import {
  type Column,
  CSV_FILES,
  type CsvFile,
  DOCUMENT_COLUMNS,
  ENTITY_COLUMNS,
  type Neo4jRows,
  RELATION_COLUMNS,
  SENTENCE_COLUMNS,
  TYPE_LABELS,
} from './neo4j';

async function read(driver: Driver, cypher: string): Promise<Record<string, unknown>[]> {
  const s = driver.session();
  try {
    return (await s.run(cypher)).records.map((r) => r.toObject());
  } finally {
    await s.close();
  }
}

export async function wipe(driver: Driver): Promise<void> {
  const s = driver.session();
  try {
    await s.run('MATCH (n) DETACH DELETE n');
  } finally {
    await s.close();
  }
}

/** Driver values as JSON: Neo4j dates as "date(2023-11-03)" so a date never equals its string. */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (neo4j.isDate(v)) return `date(${v.toString()})`;
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, x]) => [k, plain(x)]),
    );
  }
  return v;
}

/** Every node and relationship with labels, type and properties, one sorted JSON line each. */
export async function dumpGraph(driver: Driver): Promise<string[]> {
  const nodes = await read(driver, 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await read(
    driver,
    'MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props',
  );
  const lines = [
    ...nodes.map((n) => JSON.stringify(plain({ ...n, labels: [...(n.labels as string[])].sort() }))),
    ...rels.map((r) => JSON.stringify(plain(r))),
  ];
  return lines.sort();
}

export interface Counts {
  labels: Record<string, number>;
  types: Record<string, number>;
}

export async function graphCounts(driver: Driver): Promise<Counts> {
  const labels = await read(driver, 'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  const types = await read(driver, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  return {
    labels: Object.fromEntries(labels.map((r) => [String(r.l), Number(r.c)])),
    types: Object.fromEntries(types.map((r) => [String(r.t), Number(r.c)])),
  };
}

/** What a push of these rows must create, counted from the rows themselves. */
export function expectedCounts(rows: Neo4jRows): Counts {
  const labels: Record<string, number> = {};
  const add = (m: Record<string, number>, k: string, n: number): void => {
    if (n > 0) m[k] = (m[k] ?? 0) + n;
  };
  for (const { type, rows: r } of rows.entities) {
    add(labels, 'Entity', r.length);
    add(labels, TYPE_LABELS[type], r.length);
  }
  add(labels, 'Document', rows.documents.length);
  add(labels, 'Sentence', rows.sentences.length);
  const types: Record<string, number> = {};
  for (const { type, rows: r } of rows.relations) add(types, type, r.length);
  add(types, 'HAS_SENTENCE', rows.sentences.length);
  add(types, 'MENTIONS', rows.mentions.length);
  const sorted = (m: Record<string, number>) =>
    Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { labels: sorted(labels), types: sorted(types) };
}

function value(c: Column): string {
  const header = c.type === 'string' ? c.name : `${c.name}:${c.type}`;
  const v = `row.\`${header}\``;
  switch (c.type) {
    case 'int':
      return `toInteger(${v})`;
    case 'double':
      return `toFloat(${v})`;
    case 'date':
      return `date(${v})`;
    case 'string[]':
      return `split(${unguard(v)}, ';')`;
    default:
      return unguard(v);
  }
}

/**
 * Undoes the spreadsheet guard of the CSV files (a leading apostrophe before = + - @ tab or return),
 * as a LOAD CSV reader must, so the text arrives as the push writes it.
 */
function unguard(v: string): string {
  return `CASE WHEN left(${v}, 1) = "'" AND substring(${v}, 1, 1) IN ['=', '+', '-', '@', '\\t', '\\r'] THEN substring(${v}, 1) ELSE ${v} END`;
}

function sets(variable: string, columns: readonly Column[]): string {
  return columns.map((c) => `${variable}.${c.name} = ${value(c)}`).join(', ');
}

const load = (file: CsvFile): string => `LOAD CSV WITH HEADERS FROM 'file:///${file}' AS row`;

/**
 * LOAD CSV statements for the six files in the server's import folder, as a user without
 * neo4j-admin would write them: one CREATE per label or relationship type, typed by the header.
 */
export function csvLoadStatements(): string[] {
  const out: string[] = [];
  const [entities, documents, sentences, relations, hasSentence, mentions] = CSV_FILES;
  const props = (cols: readonly Column[]) => cols.filter((c) => c.name !== 'id');
  for (const label of Object.values(TYPE_LABELS)) {
    out.push(
      `${load(entities)} WITH row WHERE row.\`:LABEL\` = 'Entity;${label}'
       CREATE (n:Entity:${label} {id: row.\`id:ID(Entity)\`}) SET ${sets('n', props(ENTITY_COLUMNS))}`,
    );
  }
  out.push(
    `${load(documents)} CREATE (n:Document {id: row.\`id:ID(Document)\`}) SET ${sets('n', props(DOCUMENT_COLUMNS))}`,
    `${load(sentences)} CREATE (n:Sentence {id: row.\`id:ID(Sentence)\`}) SET ${sets('n', props(SENTENCE_COLUMNS))}`,
  );
  for (const type of RELATION_TYPES) {
    out.push(
      `${load(relations)} WITH row WHERE row.\`:TYPE\` = '${type}'
       MATCH (s:Entity {id: row.\`:START_ID(Entity)\`}) MATCH (o:Entity {id: row.\`:END_ID(Entity)\`})
       CREATE (s)-[r:${type}]->(o) SET ${sets('r', RELATION_COLUMNS)}`,
    );
  }
  out.push(
    `${load(hasSentence)} MATCH (d:Document {id: row.\`:START_ID(Document)\`})
     MATCH (s:Sentence {id: row.\`:END_ID(Sentence)\`}) CREATE (d)-[:HAS_SENTENCE]->(s)`,
    `${load(mentions)} MATCH (s:Sentence {id: row.\`:START_ID(Sentence)\`})
     MATCH (e:Entity {id: row.\`:END_ID(Entity)\`}) CREATE (s)-[:MENTIONS]->(e)`,
  );
  return out;
}
