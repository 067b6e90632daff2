// Pure logic of the viewer page: validating graph.json, the view state, filters, search and
// sentence highlighting. No DOM and no sigma here, so Node tests can exercise all of it.

import { type ColorBy, nodeMetric, SIZE_BY, type SizeBy } from '../../graph/style';
import {
  type EdgeAttrs,
  ENTITY_TYPES,
  type EntityType,
  type GraphFile,
  GraphFileSchema,
  type NodeAttrs,
  RELATION_TYPES,
  type RelationType,
} from '../../src/schema';

export type SizeMetric = SizeBy;
export const SIZE_METRICS: readonly SizeMetric[] = SIZE_BY;

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

export type EgoDepth = 1 | 2 | 3;

/** Bloom-style exploration: the neighbourhood of one actor, grown one node at a time. */
export interface EgoState {
  node: string;
  depth: EgoDepth;
  /** Nodes whose own neighbours were added on top of the depth ring, in the order expanded. */
  expanded: readonly string[];
}

export type TableTab = 'nodes' | 'edges';
export const NODE_COLUMNS = ['label', 'type', 'degree', 'pagerank', 'mentions', 'community'] as const;
export const EDGE_COLUMNS = [
  'source',
  'relation',
  'target',
  'weight',
  'firstDate',
  'lastDate',
  'modality',
] as const;
export type NodeColumn = (typeof NODE_COLUMNS)[number];
export type EdgeColumn = (typeof EDGE_COLUMNS)[number];

export interface TableState {
  /** The open table, or null when the drawer is closed. */
  tab: TableTab | null;
  sort: NodeColumn | EdgeColumn;
  desc: boolean;
  query: string;
}

/** Everything a shared link restores. Treated as immutable: actions return new states. */
export interface ViewState {
  node: string | null;
  edge: string | null;
  hiddenTypes: ReadonlySet<EntityType>;
  hiddenRelations: ReadonlySet<RelationType>;
  asserted: boolean;
  planned: boolean;
  /** Inclusive ISO date bounds (YYYY-MM-DD): an edge stays if one of its mentions falls inside. */
  from: string | null;
  to: string | null;
  minWeight: number;
  sizeBy: SizeMetric;
  colorBy: ColorBy;
  /** Nodes without a visible relation are drawn only when asked: on real corpora they are most nodes. */
  showIsolated: boolean;
  ego: EgoState | null;
  /** Ends of the shortest-path query; the paths show once both are set. */
  pathFrom: string | null;
  pathTo: string | null;
  table: TableState;
  /** The document whose sentences the panel lists. */
  doc: string | null;
  camera: CameraView | null;
}

export function defaultViewState(): ViewState {
  return {
    node: null,
    edge: null,
    hiddenTypes: new Set(),
    hiddenRelations: new Set(),
    asserted: true,
    planned: true,
    from: null,
    to: null,
    minWeight: 1,
    sizeBy: 'degree',
    colorBy: 'type',
    showIsolated: false,
    ego: null,
    pathFrom: null,
    pathTo: null,
    table: { tab: null, sort: 'degree', desc: true, query: '' },
    doc: null,
    camera: null,
  };
}

export type ParseResult = { ok: true; file: GraphFile } | { ok: false; message: string };

/** Validates a parsed graph.json; the message names the first bad fields and how to fix the file. */
export function parseGraphFile(raw: unknown): ParseResult {
  const res = GraphFileSchema.safeParse(raw);
  if (res.success) return { ok: true, file: res.data };
  const issues = res.error.issues.slice(0, 5).map((i) => {
    const path = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return `  at ${path.replace(/^\./, '') || '(root)'}: ${i.message}`;
  });
  const more = res.error.issues.length > 5 ? `\n  … and ${res.error.issues.length - 5} more` : '';
  return {
    ok: false,
    message:
      'kg/viewer: graph.json does not match the format this viewer reads:\n' +
      `${issues.join('\n')}${more}\n` +
      'Rebuild it with `kg build` from the same version of kabar-graph as this viewer.',
  };
}

/** Calendar days (YYYY-MM-DD) of an edge's dated mentions. */
export function mentionDays(a: EdgeAttrs): string[] {
  const out: string[] = [];
  for (const ev of a.evidence)
    if (ev.date !== undefined && ISO_DAY.test(ev.date)) out.push(ev.date.slice(0, 10));
  return out;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function inRange(day: string, from: string | null, to: string | null): boolean {
  return (from === null || day >= from) && (to === null || day <= to);
}

/** Whether an edge passes the relation, modality, date and weight filters. */
export function edgePasses(a: EdgeAttrs, s: ViewState): boolean {
  if (s.hiddenRelations.has(a.relation)) return false;
  if (a.weight < s.minWeight) return false;
  if (!((s.asserted && a.asserted > 0) || (s.planned && a.planned > 0))) return false;
  if (s.from !== null || s.to !== null) {
    // A time window keeps the edges mentioned inside it; undated edges cannot be placed, so they go.
    const days = mentionDays(a);
    if (days.length > 0) return days.some((d) => inRange(d, s.from, s.to));
    const first = a.firstDate ?? a.lastDate;
    const last = a.lastDate ?? a.firstDate;
    if (first === undefined || last === undefined) return false;
    if (s.from !== null && last.slice(0, 10) < s.from) return false;
    if (s.to !== null && first.slice(0, 10) > s.to) return false;
  }
  return true;
}

export function nodeTypePasses(a: NodeAttrs, s: ViewState): boolean {
  return !s.hiddenTypes.has(a.type);
}

export function metricValue(a: NodeAttrs, metric: SizeMetric): number {
  return nodeMetric(a, metric);
}

// ---- search ----

export interface SearchEntry {
  key: string;
  label: string;
  type: EntityType;
  /** Label first, then aliases, each as written and lower-cased for matching. */
  names: { name: string; lower: string }[];
  rank: number;
}

export interface SearchHit {
  key: string;
  label: string;
  type: EntityType;
  /** The alias that matched when it is not the label, to show why "AS" found Amerika Serikat. */
  via: string | null;
}

export function searchEntry(key: string, a: NodeAttrs): SearchEntry {
  const seen = new Set<string>();
  const names: SearchEntry['names'] = [];
  for (const name of [a.label, ...a.aliases]) {
    const lower = name.toLocaleLowerCase('id');
    if (seen.has(lower)) continue;
    seen.add(lower);
    names.push({ name, lower });
  }
  return { key, label: a.label, type: a.type, names, rank: a.pagerank };
}

function matchScore(name: string, q: string): number {
  if (name === q) return 4;
  if (name.startsWith(q)) return 3;
  if (name.includes(` ${q}`) || name.includes(`-${q}`)) return 2;
  if (name.includes(q)) return 1;
  return 0;
}

/** Best matches of a query over names and aliases: exact, then prefix, word prefix, substring. */
export function searchNodes(entries: readonly SearchEntry[], query: string, limit = 10): SearchHit[] {
  const q = query.trim().toLocaleLowerCase('id');
  if (q === '') return [];
  const scored: { e: SearchEntry; score: number; via: string | null }[] = [];
  for (const e of entries) {
    let best = 0;
    let via: string | null = null;
    e.names.forEach((n, i) => {
      const s = matchScore(n.lower, q);
      if (s > best) {
        best = s;
        via = i === 0 ? null : n.name;
      }
    });
    if (best > 0) scored.push({ e, score: best, via });
  }
  scored.sort((a, b) => b.score - a.score || b.e.rank - a.e.rank || a.e.label.localeCompare(b.e.label));
  return scored.slice(0, limit).map(({ e, via }) => ({ key: e.key, label: e.label, type: e.type, via }));
}

// ---- evidence highlighting ----

export interface Segment {
  text: string;
  role: 'subject' | 'object' | null;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a span starts and ends at word boundaries: "AS" should mark "AS", not "markas". */
function wholeWord(text: string, [a, b]: [number, number]): boolean {
  return !WORD_CHAR.test(text.charAt(a - 1)) && !WORD_CHAR.test(text.charAt(b));
}

/** First free occurrence of a mention, preferring one that is a whole word. */
function findMention(text: string, mention: string, taken: [number, number] | null): [number, number] | null {
  if (mention === '') return null;
  const lower = text.toLocaleLowerCase('id');
  const m = mention.toLocaleLowerCase('id');
  let first: [number, number] | null = null;
  for (let at = lower.indexOf(m); at >= 0; at = lower.indexOf(m, at + 1)) {
    const span: [number, number] = [at, at + m.length];
    if (taken !== null && span[1] > taken[0] && span[0] < taken[1]) continue;
    if (wholeWord(lower, span)) return span;
    first ??= span;
  }
  return first;
}

/** Splits a sentence into plain, subject and object parts (first non-overlapping occurrence of each). */
export function highlightSegments(text: string, subjectMention: string, objectMention: string): Segment[] {
  const subj = findMention(text, subjectMention, null);
  const obj = findMention(text, objectMention, subj);
  const marks = [
    ...(subj ? [{ span: subj, role: 'subject' as const }] : []),
    ...(obj ? [{ span: obj, role: 'object' as const }] : []),
  ].sort((a, b) => a.span[0] - b.span[0]);
  const out: Segment[] = [];
  let pos = 0;
  for (const { span, role } of marks) {
    if (span[0] > pos) out.push({ text: text.slice(pos, span[0]), role: null });
    out.push({ text: text.slice(span[0], span[1]), role });
    pos = span[1];
  }
  if (pos < text.length) out.push({ text: text.slice(pos), role: null });
  return out;
}

/** Only web links are made clickable: a `javascript:` URL in a corpus must stay text. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export const ALL_ENTITY_TYPES: readonly EntityType[] = ENTITY_TYPES;
export const ALL_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES;
