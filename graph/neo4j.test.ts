// Tests of the Neo4j exports: string escaping, every import.cypher statement and README query
// through Neo4j's own parser, the neo4j-admin CSV header format and quoting, idempotent MERGEs.
import { describe, expect, it } from 'vitest';
import { cypherErrors, splitStatements } from './cypher-lint';
import { buildLexicalLayer } from './lexical';
import { assignMetrics } from './metrics';
import { buildGraph } from './model';
import {
  constraintStatements,
  cypherString,
  importCypher,
  neo4jCsv,
  neo4jRows,
  packTransactions,
  type Statement,
  type StatementGroup,
  statementGroups,
} from './neo4j';
import { README_QUERIES } from './readme-queries';
import { fixtureResults } from './test-fixtures';

function fixtureRows() {
  const results = fixtureResults();
  const g = buildGraph(results);
  assignMetrics(g);
  return neo4jRows(g, buildLexicalLayer(results));
}

/** RFC 4180 fields of a CSV text, as neo4j-admin reads them (quotes doubled inside quoted fields). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  return rows;
}

describe('cypherString', () => {
  const cases = [
    `it's`,
    'back\\slash',
    'two\nlines\r\tand tab',
    'konflik Israel–Hamas “kutip” é 中文 🙂',
    '\u0000\u2028',
  ];
  it.each(cases)('escapes %j into a literal that Neo4j parses back', (s) => {
    const lit = cypherString(s);
    expect(cypherErrors(`RETURN ${lit} AS v`)).toEqual([]);
    const raw = [...lit.slice(1, -1)].filter((ch) => (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u2028');
    expect(raw).toEqual([]);
  });

  it('uses backslash escapes for quotes and backslashes', () => {
    expect(cypherString(`a'b\\c"d`)).toBe(`'a\\'b\\\\c"d'`);
  });
});

describe('import.cypher', () => {
  const script = importCypher(fixtureRows(), 'test header\nsecond line');
  const statements = splitStatements(script);

  it('starts with the uniqueness constraints, then batched UNWIND … MERGE statements', () => {
    expect(statements.slice(0, 3).every((s) => s.includes('CREATE CONSTRAINT'))).toBe(true);
    const writes = statements.filter((s) => s.startsWith('UNWIND'));
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.every((s) => s.includes('MERGE'))).toBe(true);
    expect(writes.some((s) => s.includes('SET n = row, n:Person'))).toBe(true);
    // Only rows that differ are written, so a second run sets no property.
    expect(
      writes.filter((s) => !s.includes(']->(e)')).every((s) => /WHERE properties\(\w\) <> row/.test(s)),
    ).toBe(true);
    expect(script).toContain("firstDate: date('2023-11-03')");
  });

  it('has only statements that Neo4j’s parser accepts', () => {
    for (const s of statements) expect(cypherErrors(s), s.slice(0, 200)).toEqual([]);
  });

  it('keeps quotes, backslashes, newlines and unicode of the source text', () => {
    expect(script).toContain(`title: 'Blinken: \\'Israel berhak membela diri\\' \\\\ "jeda kemanusiaan"'`);
    expect(script).toContain(`'Blinken mendesak Israel\\nuntuk melindungi warga sipil di Gaza.'`);
    expect(script).toContain('konflik Israel–Hamas');
  });

  it('uses the Neo4j 4.4 constraint form when the server is 4.x', () => {
    const [v4] = constraintStatements(4);
    expect(v4).toBe('CREATE CONSTRAINT entity_id IF NOT EXISTS ON (n:Entity) ASSERT n.id IS UNIQUE');
    // The Cypher 5 parser knows this form and only objects that it is the old one.
    const errors = cypherErrors(v4 ?? '');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/ON and ASSERT/);
  });

  it('gives statements with $rows that parse for the live push', () => {
    for (const g of statementGroups(fixtureRows())) {
      expect(cypherErrors(`UNWIND $rows AS row ${g.body}`, { rows: [] })).toEqual([]);
    }
  });

  it('puts the entity nodes first and lanes on every group that needs only them and its own lane', () => {
    const groups = statementGroups(fixtureRows());
    const firstLane = groups.findIndex((g) => g.lane !== undefined);
    expect(firstLane).toBeGreaterThan(0);
    expect(groups.slice(firstLane).every((g) => g.lane !== undefined)).toBe(true);
    for (const g of groups.slice(0, firstLane)) expect(g.body).toMatch(/^MERGE \(n:Entity /);
    const lexical = groups.filter((g) => g.lane === 'lexical').map((g) => g.what);
    expect(lexical).toEqual([':Document nodes', ':Sentence nodes and HAS_SENTENCE', 'MENTIONS']);
    for (const g of groups.filter((x) => x.lane === 'entities')) expect(g.ends).toEqual(['s', 'o']);
  });
});

describe('packTransactions', () => {
  const group = (what: string, n: number): StatementGroup => ({
    what,
    body: 'RETURN row',
    rows: Array.from({ length: n }, (_, i) => ({ id: `${what}${i}` })),
    columns: [{ name: 'id', type: 'string' }],
  });
  const shape = (txs: Statement[][]): string[][] =>
    txs.map((tx) => tx.map((st) => `${st.group.what}:${st.rows.length}`));

  it.each([
    [
      'small groups share one transaction',
      [
        ['a', 2],
        ['b', 3],
        ['c', 1],
      ],
      10,
      [['a:2', 'b:3', 'c:1']],
    ],
    ['a big group is cut into batches', [['a', 25]], 10, [['a:10'], ['a:10'], ['a:5']]],
    [
      'a group fills what the one before left',
      [
        ['a', 7],
        ['b', 8],
      ],
      10,
      [['a:7', 'b:3'], ['b:5']],
    ],
    [
      'exact fits start a new transaction',
      [
        ['a', 10],
        ['b', 1],
      ],
      10,
      [['a:10'], ['b:1']],
    ],
    [
      'empty groups vanish',
      [
        ['a', 0],
        ['b', 1],
      ],
      10,
      [['b:1']],
    ],
  ] as const)('%s', (_name, spec, size, want) => {
    const groups = spec.map(([w, n]) => group(w, n));
    expect(shape(packTransactions(groups, size))).toEqual(want);
  });

  it('keeps every row once, in order, and no transaction over the batch size', () => {
    const groups = [group('a', 13), group('b', 1), group('c', 40), group('d', 6)];
    const txs = packTransactions(groups, 16);
    for (const tx of txs) expect(tx.reduce((n, st) => n + st.rows.length, 0)).toBeLessThanOrEqual(16);
    const flat = txs.flatMap((tx) => tx.flatMap((st) => st.rows.map((r) => r.id)));
    expect(flat).toEqual(groups.flatMap((g) => g.rows.map((r) => r.id)));
  });
});

describe('README queries', () => {
  it.each(README_QUERIES.map((q) => [q.title, q.cypher]))('%s parses', (_title, cypher) => {
    expect(cypherErrors(cypher)).toEqual([]);
  });
});

describe('neo4j-admin CSV files', () => {
  const rows = fixtureRows();
  const csv = neo4jCsv(rows);
  const entities = parseCsv(csv['entities.csv']);
  const documents = parseCsv(csv['documents.csv']);
  const sentences = parseCsv(csv['sentences.csv']);
  const rels = parseCsv(csv['relations.csv']);
  const hasSentence = parseCsv(csv['has_sentence.csv']);
  const mentions = parseCsv(csv['mentions.csv']);

  it('have the import header format with typed columns and one ID group per label', () => {
    expect(entities[0]?.slice(0, 6)).toEqual([
      'id:ID(Entity)',
      ':LABEL',
      'name',
      'type',
      'aliases:string[]',
      'mentions:int',
    ]);
    expect(entities[0]).toContain('pagerank:double');
    expect(documents[0]).toEqual(['id:ID(Document)', ':LABEL', 'title', 'date:date', 'datePartial', 'url']);
    expect(sentences[0]).toEqual(['id:ID(Sentence)', ':LABEL', 'doc', 'index:int', 'text']);
    expect(rels[0]?.slice(0, 5)).toEqual([
      ':START_ID(Entity)',
      ':END_ID(Entity)',
      ':TYPE',
      'key',
      'weight:int',
    ]);
    expect(rels[0]).toContain('firstDate:date');
    expect(rels[0]).toContain('sentences:string[]');
    expect(hasSentence[0]).toEqual([':START_ID(Document)', ':END_ID(Sentence)', ':TYPE']);
    expect(mentions[0]).toEqual([':START_ID(Sentence)', ':END_ID(Entity)', ':TYPE']);
  });

  it('have as many fields in every row as in the header', () => {
    for (const table of [entities, documents, sentences, rels, hasSentence, mentions]) {
      const width = table[0]?.length;
      for (const r of table) expect(r.length).toBe(width);
    }
  });

  it('label entities with their type and join arrays with ;', () => {
    const blinken = entities.find((r) => r[0] === 'person:antony-blinken');
    expect(blinken?.[1]).toBe('Entity;Person');
    expect(blinken?.[4]).toBe('Antony Blinken;Blinken');
    const doc = documents.find((r) => r[0] === 'a1.txt');
    expect(doc?.[1]).toBe('Document');
    expect(doc).toContain(`Blinken: 'Israel berhak membela diri' \\ "jeda kemanusiaan"`);
  });

  it('hold the relations, HAS_SENTENCE and MENTIONS', () => {
    const types = rels.slice(1).map((r) => r[2]);
    expect(types.filter((t) => t === 'MET')).toHaveLength(1);
    expect(types.filter((t) => t === 'MEDIATES')).toHaveLength(2);
    expect(hasSentence.slice(1).map((r) => r[2])).toEqual(rows.sentences.map(() => 'HAS_SENTENCE'));
    expect(mentions.slice(1)).toHaveLength(rows.mentions.length);
    const met = rels.find((r) => r[2] === 'MET');
    expect(met?.slice(0, 2)).toEqual(['person:antony-blinken', 'person:benjamin-netanyahu']);
    expect(met?.at(-1)).toBe('a1.txt#0;b1.txt#3');
  });

  it('write a full day as a date and keep a partial one as text', () => {
    const r = neo4jRows(buildGraph([]), {
      documents: [
        { id: 'd1', date: '2023-11-03' },
        { id: 'd2', date: '2023-11' },
      ],
      sentences: [],
      mentions: [],
    });
    expect(r.documents).toEqual([
      { id: 'd1', date: '2023-11-03' },
      { id: 'd2', datePartial: '2023-11' },
    ]);
  });
});

describe('CSV cells in a spreadsheet', () => {
  it('start formulas (= + - @ tab) with an apostrophe, so they are shown as text', () => {
    const results = fixtureResults();
    const r0 = results[0];
    if (!r0) throw new Error('no fixture');
    for (const [i, s] of r0.sentences.entries())
      s.text = ['=HYPERLINK("http://x")', '+1+2', '-3', '@SUM(A1)', '\tx'][i % 5] ?? s.text;
    const g = buildGraph(results);
    assignMetrics(g);
    const rows = neo4jRows(g, buildLexicalLayer(results));
    const texts = Object.values(neo4jCsv(rows))
      .flatMap((csv) => parseCsv(csv).flat())
      .filter((f) => /HYPERLINK|^'?\+1|SUM|^'?-3$|^'?\tx$/.test(f));
    expect(texts.length).toBeGreaterThan(0);
    for (const f of texts) expect(f.startsWith("'"), f).toBe(true);
  });
});

describe('README text', () => {
  it('the README shows the five queries exactly as the tests parse them', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PROJECT_ROOT } = await import('../src/paths');
    const { README_QUERIES } = await import('./readme-queries');
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    for (const q of README_QUERIES) expect(readme).toContain(q.cypher);
  });
});
