// The Neo4j model as rows, and two of its ways in: import.cypher (constraints, then batched
// UNWIND … MERGE with literal rows) and the neo4j-admin CSV files, one ID group per label. The live
// push reuses the same statements with the rows as parameters (neo4j-push.ts).
import { ENTITY_TYPES, type EntityType, RELATION_TYPES, type RelationType } from '../src/schema';
import type { LexicalLayer } from './lexical';
import { cmp, edgeModality, isoDay, type KgGraph, sentenceId } from './model';

export type ColType = 'string' | 'int' | 'double' | 'string[]' | 'date';
export interface Column {
  name: string;
  type: ColType;
}
export type RowValue = string | number | string[];
export type Row = Record<string, RowValue>;

/** Second label of an entity node, by type. */
export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  ORGANIZATION: 'Organization',
  LOCATION: 'Location',
  CONFLICT: 'Conflict',
};

export const ENTITY_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'aliases', type: 'string[]' },
  { name: 'mentions', type: 'int' },
  { name: 'documents', type: 'string[]' },
  { name: 'degree', type: 'int' },
  { name: 'weightedDegree', type: 'int' },
  { name: 'pagerank', type: 'double' },
  { name: 'community', type: 'int' },
];
export const DOCUMENT_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'string' },
  { name: 'title', type: 'string' },
  /** The day the article is dated, a Neo4j date like the edges' firstDate/lastDate. */
  { name: 'date', type: 'date' },
  /** A date known only to the month or year ("2023-11"), kept as text: a date type would invent a day. */
  { name: 'datePartial', type: 'string' },
  { name: 'url', type: 'string' },
];
export const SENTENCE_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'string' },
  { name: 'doc', type: 'string' },
  { name: 'index', type: 'int' },
  { name: 'text', type: 'string' },
];
/** Properties of the ten relation types; `sentences` holds the ids of the evidence sentences. */
export const RELATION_COLUMNS: readonly Column[] = [
  { name: 'key', type: 'string' },
  { name: 'weight', type: 'int' },
  { name: 'cameo', type: 'string' },
  { name: 'asserted', type: 'int' },
  { name: 'planned', type: 'int' },
  { name: 'modality', type: 'string' },
  { name: 'firstDate', type: 'date' },
  { name: 'lastDate', type: 'date' },
  { name: 'role', type: 'string' },
  { name: 'sentences', type: 'string[]' },
];

export interface Neo4jRows {
  entities: { type: EntityType; rows: Row[] }[];
  documents: Row[];
  /** Sentence rows carry `doc` for the HAS_SENTENCE relationship. */
  sentences: Row[];
  mentions: { sentence: string; entity: string }[];
  relations: { type: RelationType; rows: (Row & { s: string; o: string })[] }[];
}

function defined(row: Record<string, RowValue | undefined>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = v;
  return out;
}

/** Rows of every node and relationship, grouped by label or type, each group sorted by key. */
export function neo4jRows(graph: KgGraph, lexical: LexicalLayer): Neo4jRows {
  const byType = new Map<EntityType, Row[]>();
  graph.forEachNode((id, a) => {
    const row = defined({
      id,
      name: a.label,
      type: a.type,
      aliases: a.aliases,
      mentions: a.mentions,
      documents: a.documents,
      degree: a.degree,
      weightedDegree: a.weightedDegree,
      pagerank: a.pagerank,
      community: a.community,
    });
    const list = byType.get(a.type);
    if (list) list.push(row);
    else byType.set(a.type, [row]);
  });
  const byRel = new Map<RelationType, (Row & { s: string; o: string })[]>();
  graph.forEachEdge((key, a, s, o) => {
    // Evidence is sorted by (doc, sentence), so the ids come out in reading order.
    const sentences = [...new Set(a.evidence.map((e) => sentenceId(e.doc, e.sentence)))];
    const row = {
      s,
      o,
      ...defined({
        key,
        weight: a.weight,
        cameo: a.cameo,
        asserted: a.asserted,
        planned: a.planned,
        modality: edgeModality(a),
        firstDate: a.firstDate,
        lastDate: a.lastDate,
        role: a.role,
        sentences,
      }),
    };
    const list = byRel.get(a.relation);
    if (list) list.push(row);
    else byRel.set(a.relation, [row]);
  });
  const byId = (a: Row, b: Row): number => cmp(String(a.id), String(b.id));
  return {
    entities: ENTITY_TYPES.filter((t) => byType.has(t)).map((type) => ({
      type,
      rows: (byType.get(type) ?? []).sort(byId),
    })),
    // The lexical layer comes in reading order (doc, sentence index), which is kept.
    documents: lexical.documents.map((d) => {
      const day = isoDay(d.date);
      return defined({ ...d, date: day, datePartial: day === undefined ? d.date : undefined });
    }),
    sentences: lexical.sentences.map((s) => defined({ ...s })),
    mentions: lexical.mentions,
    relations: RELATION_TYPES.filter((t) => byRel.has(t)).map((type) => ({
      type,
      rows: (byRel.get(type) ?? []).sort((a, b) => cmp(String(a.key), String(b.key))),
    })),
  };
}

// ---- Cypher ----

export const CONSTRAINT_LABELS = ['Entity', 'Document', 'Sentence'] as const;

/** Uniqueness constraints on `id`: Neo4j 5 syntax, or the 4.x form that 4.4 also accepts. */
export function constraintStatements(major: number): string[] {
  return CONSTRAINT_LABELS.map((label) => {
    const name = `${label.toLowerCase()}_id`;
    return major >= 5
      ? `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`
      : `CREATE CONSTRAINT ${name} IF NOT EXISTS ON (n:${label}) ASSERT n.id IS UNIQUE`;
  });
}

/** A write statement and the rows it takes, one UNWIND of a batch at a time. */
export interface StatementGroup {
  what: string;
  /** Body after `UNWIND <rows> AS row`. */
  body: string;
  rows: Row[];
  /** The properties each row carries, typed. */
  columns: readonly Column[];
  /** Row fields that name the ends of a relationship; the properties then travel as `row.props`. */
  ends?: readonly string[];
  /**
   * Groups that need only the entity nodes (the groups without a lane, which run first) and what
   * their own lane wrote before them: `kg neo4j push` runs the two lanes side by side, each in its
   * own session and in order (sentences need their document, MENTIONS the sentences):
   * `lexical` (documents, sentences, MENTIONS), `entities` (relations).
   */
  lane?: 'lexical' | 'entities';
}

/**
 * Each statement MERGEs on the id (or the two ends), then writes the properties only where they
 * differ (`properties(x) <> row`), so a second push or import sets nothing and its counters stay at
 * zero. `SET x = row` replaces the whole map: a property gone from a rebuild is removed too.
 */
export function statementGroups(rows: Neo4jRows): StatementGroup[] {
  const groups: StatementGroup[] = [];
  for (const { type, rows: r } of rows.entities) {
    groups.push({
      what: `:Entity:${TYPE_LABELS[type]} nodes`,
      body: `MERGE (n:Entity {id: row.id}) WITH n, row WHERE properties(n) <> row SET n = row, n:${TYPE_LABELS[type]}`,
      rows: r,
      columns: ENTITY_COLUMNS,
    });
  }
  groups.push({
    what: ':Document nodes',
    body: 'MERGE (d:Document {id: row.id}) WITH d, row WHERE properties(d) <> row SET d = row',
    rows: rows.documents,
    columns: DOCUMENT_COLUMNS,
    lane: 'lexical',
  });
  groups.push({
    what: ':Sentence nodes and HAS_SENTENCE',
    body:
      'MATCH (d:Document {id: row.doc}) MERGE (s:Sentence {id: row.id}) MERGE (d)-[:HAS_SENTENCE]->(s) ' +
      'WITH s, row WHERE properties(s) <> row SET s = row',
    rows: rows.sentences,
    columns: SENTENCE_COLUMNS,
    lane: 'lexical',
  });
  groups.push({
    what: 'MENTIONS',
    body: 'MATCH (s:Sentence {id: row.sentence}) MATCH (e:Entity {id: row.entity}) MERGE (s)-[:MENTIONS]->(e)',
    rows: rows.mentions.map((m) => ({ sentence: m.sentence, entity: m.entity })),
    columns: [
      { name: 'sentence', type: 'string' },
      { name: 'entity', type: 'string' },
    ],
    lane: 'lexical',
  });
  for (const { type, rows: r } of rows.relations) {
    groups.push({
      what: `${type} relationships`,
      body:
        `MATCH (s:Entity {id: row.s}) MATCH (o:Entity {id: row.o}) MERGE (s)-[r:${type}]->(o) ` +
        'WITH r, row WHERE properties(r) <> row.props SET r = row.props',
      rows: r,
      columns: RELATION_COLUMNS,
      ends: ['s', 'o'],
      lane: 'entities',
    });
  }
  return groups.filter((g) => g.rows.length > 0);
}

export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One statement's share of a transaction: a group and a slice of its rows. */
export interface Statement {
  group: StatementGroup;
  rows: Row[];
}

/**
 * Packs groups, in order, into transactions of at most `size` rows: a big group is cut into
 * batches, small neighbours share one transaction (one commit and one round trip instead of one
 * each: the ten relation groups of a small build go in one). Order is kept, so a statement sees
 * what the statements before it wrote.
 */
export function packTransactions(groups: readonly StatementGroup[], size: number): Statement[][] {
  const txs: Statement[][] = [];
  let current: Statement[] = [];
  let filled = 0;
  for (const group of groups) {
    for (let i = 0; i < group.rows.length; ) {
      if (filled === size) {
        txs.push(current);
        current = [];
        filled = 0;
      }
      const take = Math.min(size - filled, group.rows.length - i);
      current.push({ group, rows: group.rows.slice(i, i + take) });
      filled += take;
      i += take;
    }
  }
  if (current.length > 0) txs.push(current);
  return txs;
}

function cypherEscape(c: number): string | undefined {
  if (c === 0x5c) return '\\\\';
  if (c === 0x27) return "\\'";
  if (c === 0x0a) return '\\n';
  if (c === 0x0d) return '\\r';
  if (c === 0x09) return '\\t';
  if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) return `\\u${c.toString(16).padStart(4, '0')}`;
  return undefined;
}

/** A Cypher string literal: backslash escapes for quotes, backslashes and control characters; other Unicode as is. */
export function cypherString(s: string): string {
  // Copies runs of plain characters in one slice: a per-character loop took seconds on 100k edges.
  let out = "'";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const esc = cypherEscape(s.charCodeAt(i));
    if (esc !== undefined) {
      out += s.slice(from, i) + esc;
      from = i + 1;
    }
  }
  return `${out}${s.slice(from)}'`;
}

function cypherValue(v: RowValue, type: ColType): string {
  if (Array.isArray(v)) return `[${v.map(cypherString).join(', ')}]`;
  if (type === 'date') return `date(${cypherString(String(v))})`;
  if (typeof v === 'string') return cypherString(v);
  if (type === 'double') {
    const s = String(v);
    return /[.eE]/.test(s) ? s : `${s}.0`;
  }
  return String(Math.trunc(v));
}

function cypherMap(row: Row, columns: readonly Column[]): string {
  const parts: string[] = [];
  for (const c of columns) {
    const v = row[c.name];
    if (v !== undefined) parts.push(`${c.name}: ${cypherValue(v, c.type)}`);
  }
  return `{${parts.join(', ')}}`;
}

function cypherRow(row: Row, g: StatementGroup): string {
  if (g.ends === undefined) return cypherMap(row, g.columns);
  const ends = g.ends.map((k) => `${k}: ${cypherString(String(row[k]))}`).join(', ');
  return `{${ends}, props: ${cypherMap(row, g.columns)}}`;
}

export const CYPHER_BATCH = 500;

/**
 * import.cypher for Neo4j 5 (cypher-shell -f, or pasted into Neo4j Browser): constraints first, then
 * one `UNWIND [literal rows] AS row …` per batch. Every statement is idempotent.
 */
export function importCypher(rows: Neo4jRows, header: string): string {
  const out: string[] = [];
  for (const line of header.split('\n')) out.push(`// ${line}`.trimEnd());
  out.push('');
  for (const s of constraintStatements(5)) out.push(`${s};`);
  out.push('CALL db.awaitIndexes(300);');
  for (const g of statementGroups(rows)) {
    out.push('', `// ${g.what}: ${g.rows.length}`);
    for (const batch of batches(g.rows, CYPHER_BATCH)) {
      const lits = batch.map((r) => `  ${cypherRow(r, g)}`).join(',\n');
      out.push(`UNWIND [\n${lits}\n] AS row\n${g.body};`);
    }
  }
  return `${out.join('\n')}\n`;
}

// ---- neo4j-admin database import CSV ----

/** Array delimiter of the CSV files: neo4j-admin's default, so no --array-delimiter is needed. */
export const CSV_ARRAY_DELIMITER = ';';

/**
 * Cells a spreadsheet would run as a formula (= + - @, or a tab or return first) get a leading
 * apostrophe, the OWASP advice: the files are also opened in spreadsheets, and article text is untrusted.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(v: RowValue | undefined, type: ColType): string {
  if (v === undefined) return '';
  if (Array.isArray(v)) {
    if (v.length === 0) return '';
    // An element holding the delimiter would be split in two on import.
    v = v.map((x) => x.split(CSV_ARRAY_DELIMITER).join(',')).join(CSV_ARRAY_DELIMITER);
  }
  if (typeof v === 'number') return type === 'int' ? String(Math.trunc(v)) : String(v);
  if (type === 'date') return v;
  if (FORMULA_START.test(v)) v = `'${v}`;
  return `"${v.split('"').join('""')}"`;
}

function csvHeaderName(c: Column): string {
  return c.type === 'string' ? c.name : `${c.name}:${c.type}`;
}

/** The CSV files for neo4j-admin, one per node label or relationship family (an ID group each). */
export const CSV_FILES = [
  'entities.csv',
  'documents.csv',
  'sentences.csv',
  'relations.csv',
  'has_sentence.csv',
  'mentions.csv',
] as const;
export type CsvFile = (typeof CSV_FILES)[number];

function nodeCsv(group: string, columns: readonly Column[], rows: { row: Row; labels: string }[]): string {
  const props = columns.filter((c) => c.name !== 'id');
  const lines = [[`id:ID(${group})`, ':LABEL', ...props.map(csvHeaderName)].join(',')];
  for (const { row, labels } of rows) {
    lines.push(
      [csvField(row.id, 'string'), labels, ...props.map((c) => csvField(row[c.name], c.type))].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function relCsv(
  from: string,
  to: string,
  columns: readonly Column[],
  rows: [string, string, string, Row][],
): string {
  const lines = [[`:START_ID(${from})`, `:END_ID(${to})`, ':TYPE', ...columns.map(csvHeaderName)].join(',')];
  for (const [s, o, type, row] of rows) {
    lines.push(
      [
        csvField(s, 'string'),
        csvField(o, 'string'),
        type,
        ...columns.map((c) => csvField(row[c.name], c.type)),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The neo4j-admin import files. Entities, documents and sentences each have their own ID group, so
 * a document id can never clash with an entity id; the relationship files name the groups they join.
 */
export function neo4jCsv(rows: Neo4jRows): Record<CsvFile, string> {
  const entities = rows.entities.flatMap(({ type, rows: r }) =>
    r.map((row) => ({ row, labels: `Entity;${TYPE_LABELS[type]}` })),
  );
  const relations = rows.relations.flatMap(({ type, rows: r }) =>
    r.map((row): [string, string, string, Row] => [row.s, row.o, type, row]),
  );
  return {
    'entities.csv': nodeCsv('Entity', ENTITY_COLUMNS, entities),
    'documents.csv': nodeCsv(
      'Document',
      DOCUMENT_COLUMNS,
      rows.documents.map((row) => ({ row, labels: 'Document' })),
    ),
    'sentences.csv': nodeCsv(
      'Sentence',
      SENTENCE_COLUMNS,
      rows.sentences.map((row) => ({ row, labels: 'Sentence' })),
    ),
    'relations.csv': relCsv('Entity', 'Entity', RELATION_COLUMNS, relations),
    'has_sentence.csv': relCsv(
      'Document',
      'Sentence',
      [],
      rows.sentences.map((r): [string, string, string, Row] => [
        String(r.doc),
        String(r.id),
        'HAS_SENTENCE',
        {},
      ]),
    ),
    'mentions.csv': relCsv(
      'Sentence',
      'Entity',
      [],
      rows.mentions.map((m): [string, string, string, Row] => [m.sentence, m.entity, 'MENTIONS', {}]),
    ),
  };
}
