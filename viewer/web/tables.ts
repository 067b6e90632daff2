// The node and edge tables: rows of what is drawn, searched and sorted, and their CSV export with
// cells a spreadsheet cannot take for formulas. Pure, so Node tests check sorting and escaping.
import { edgeModality } from '../../graph/model';
import type { KgGraph } from './graph-model';
import { EDGE_COLUMNS, NODE_COLUMNS, type TableState } from './model';

export interface NodeRow {
  key: string;
  label: string;
  type: string;
  degree: number;
  pagerank: number;
  mentions: number;
  community: number;
}

export interface EdgeRow {
  key: string;
  source: string;
  relation: string;
  target: string;
  weight: number;
  firstDate: string;
  lastDate: string;
  modality: string;
}

export function nodeRows(graph: KgGraph, nodes: Iterable<string>): NodeRow[] {
  const out: NodeRow[] = [];
  for (const key of nodes) {
    const a = graph.getNodeAttributes(key);
    out.push({
      key,
      label: a.label,
      type: a.type,
      degree: a.degree,
      pagerank: a.pagerank,
      mentions: a.mentions,
      community: a.community,
    });
  }
  return out;
}

export function edgeRows(graph: KgGraph, edges: Iterable<string>): EdgeRow[] {
  const out: EdgeRow[] = [];
  for (const key of edges) {
    const a = graph.getEdgeAttributes(key);
    const [s, t] = graph.extremities(key);
    out.push({
      key,
      source: graph.getNodeAttribute(s, 'label'),
      relation: a.relation,
      target: graph.getNodeAttribute(t, 'label'),
      weight: a.weight,
      firstDate: a.firstDate ?? '',
      lastDate: a.lastDate ?? '',
      modality: a.asserted > 0 && a.planned > 0 ? 'both' : edgeModality(a),
    });
  }
  return out;
}

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Rows matching the search (case-insensitive, over the text columns), sorted by the table's column;
 * ties fall back to the row key so the order is stable.
 */
export function tableView<R extends { key: string }>(
  rows: readonly R[],
  t: Pick<TableState, 'sort' | 'desc' | 'query'>,
  textColumns: readonly (keyof R)[],
): R[] {
  const q = t.query.trim().toLocaleLowerCase('id');
  const hits =
    q === ''
      ? [...rows]
      : rows.filter((r) => textColumns.some((c) => String(r[c]).toLocaleLowerCase('id').includes(q)));
  const col = t.sort as keyof R;
  const dir = t.desc ? -1 : 1;
  return hits.sort(
    (a, b) =>
      dir * compareValues(a[col] as string | number, b[col] as string | number) ||
      compareValues(a.key, b.key),
  );
}

export const NODE_TEXT: readonly (keyof NodeRow)[] = ['label', 'type', 'key'];
export const EDGE_TEXT: readonly (keyof EdgeRow)[] = ['source', 'relation', 'target', 'modality'];

/**
 * One CSV cell (RFC 4180 quoting). A cell starting with = + - @ or a control character would run as
 * a formula in a spreadsheet (CSV injection): it gets a leading apostrophe, as OWASP advises.
 */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv<R>(rows: readonly R[], columns: readonly (keyof R & string)[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c] as string | number)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The CSV export: the table's columns, with each row's key first so a row can be found again. */
export const NODE_CSV: readonly (keyof NodeRow & string)[] = ['key', ...NODE_COLUMNS];
export const EDGE_CSV: readonly (keyof EdgeRow & string)[] = ['key', ...EDGE_COLUMNS];
