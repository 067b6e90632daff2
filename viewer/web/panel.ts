// The side panel: a node's card (aliases, affiliations, metrics, relations by type) and an edge's
// evidence (sentences with subject and object marked, document, date, modality, rule).

import { ENTITY_COLORS, RELATION_COLORS } from '../../graph/style';
import type { EdgeAttrs, GraphMeta, NodeAttrs } from '../../src/schema';
import { append, clear, el, swatch } from './dom';
import { isTwoWay, type KgGraph, relationGroups } from './graph-model';
import { ALL_RELATION_TYPES, highlightSegments, safeHttpUrl } from './model';

export interface PanelActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  close(): void;
}

/** How many counterparts a relation group lists before folding the rest into a count. */
const MAX_ITEMS = 40;
const ARROWS = { out: '→', in: '←', both: '↔' } as const;

function header(title: string, actions: PanelActions, back?: () => void): HTMLElement {
  return el(
    'div',
    { className: 'panel-head' },
    back ? el('button', { className: 'link', attrs: { id: 'panel-back' }, onClick: back }, '‹ back') : null,
    el('h2', { attrs: { id: 'panel-title' } }, title),
    el(
      'button',
      { className: 'close', title: 'Close', attrs: { id: 'panel-close' }, onClick: actions.close },
      '×',
    ),
  );
}

function nodeLink(graph: KgGraph, key: string, actions: PanelActions): HTMLElement {
  const label = graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;
  if (!graph.hasNode(key)) return el('span', {}, label);
  return el('button', { className: 'link', onClick: () => actions.selectNode(key) }, label);
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toPrecision(3);
}

export function renderNodePanel(
  target: HTMLElement,
  graph: KgGraph,
  node: string,
  visibleEdges: ReadonlySet<string>,
  actions: PanelActions,
): void {
  clear(target);
  const a: NodeAttrs = graph.getNodeAttributes(node);
  append(
    target,
    header(a.label, actions),
    el('div', { className: 'type-line' }, swatch(ENTITY_COLORS[a.type]), a.type),
  );
  const aliases = a.aliases.filter((x) => x !== a.label);
  if (aliases.length > 0) {
    append(target, el('h3', {}, 'Also called'), el('p', { className: 'aliases' }, aliases.join(' · ')));
  }
  if (a.affiliations.length > 0) {
    const list = el('ul', { className: 'affiliations' });
    for (const af of a.affiliations) {
      append(list, el('li', {}, af.role ? `${af.role}, ` : '', nodeLink(graph, af.id, actions)));
    }
    append(target, el('h3', {}, 'Affiliations'), list);
  }
  const metrics: [string, string][] = [
    ['Degree', fmt(a.degree)],
    ['Weighted degree', fmt(a.weightedDegree)],
    ['PageRank', a.pagerank.toFixed(4)],
    ['Mentions', fmt(a.mentions)],
    ['Documents', String(a.documents.length)],
    ['Community', String(a.community)],
  ];
  const table = el('table', { className: 'metrics' });
  for (const [k, v] of metrics) append(table, el('tr', {}, el('th', {}, k), el('td', {}, v)));
  append(target, el('h3', {}, 'Metrics'), table);

  const groups = relationGroups(graph, node, ALL_RELATION_TYPES);
  append(target, el('h3', {}, groups.length > 0 ? 'Relations' : 'No relations'));
  for (const g of groups) {
    const list = el('ul', { className: 'relations' });
    for (const it of g.items.slice(0, MAX_ITEMS)) {
      const hidden = !visibleEdges.has(it.edge);
      append(
        list,
        el(
          'li',
          hidden ? { className: 'filtered', title: 'hidden by the current filters' } : {},
          el(
            'button',
            {
              className: 'link relation',
              attrs: { 'data-edge': it.edge },
              onClick: () => actions.selectEdge(it.edge),
            },
            `${ARROWS[it.direction]} ${it.otherLabel}`,
          ),
          el('span', { className: 'count' }, `×${it.weight}`),
        ),
      );
    }
    if (g.items.length > MAX_ITEMS)
      append(list, el('li', { className: 'more' }, `… ${g.items.length - MAX_ITEMS} more`));
    append(
      target,
      el(
        'div',
        { className: 'relation-group', attrs: { 'data-relation': g.relation } },
        el(
          'h4',
          {},
          swatch(RELATION_COLORS[g.relation]),
          `${g.relation} `,
          el('span', { className: 'count' }, `${g.items.length} · ${g.mentions} mentions`),
        ),
        list,
      ),
    );
  }
}

export function renderEdgePanel(
  target: HTMLElement,
  graph: KgGraph,
  meta: GraphMeta,
  edge: string,
  actions: PanelActions,
  back: (() => void) | undefined,
): void {
  clear(target);
  const a: EdgeAttrs = graph.getEdgeAttributes(edge);
  const [src, tgt] = graph.extremities(edge);
  const arrow = isTwoWay(graph, edge) ? '↔' : '→';
  append(
    target,
    header(a.relation, actions, back),
    el(
      'p',
      { className: 'edge-ends' },
      nodeLink(graph, src, actions),
      ` ${arrow} `,
      el('span', { className: 'rel-badge' }, swatch(RELATION_COLORS[a.relation]), a.relation),
      ` ${arrow} `,
      nodeLink(graph, tgt, actions),
    ),
  );
  const facts: [string, string][] = [
    ['Mentions', String(a.weight)],
    ['Asserted / planned', `${a.asserted} / ${a.planned}`],
  ];
  if (a.firstDate !== undefined || a.lastDate !== undefined) {
    const f = a.firstDate ?? a.lastDate ?? '';
    const l = a.lastDate ?? f;
    facts.push(['Dates', f === l ? f : `${f} – ${l}`]);
  }
  if (a.role !== undefined) facts.push(['Role', a.role]);
  if (a.cameo !== '') facts.push(['CAMEO', a.cameo]);
  const table = el('table', { className: 'metrics' });
  for (const [k, v] of facts) append(table, el('tr', {}, el('th', {}, k), el('td', {}, v)));
  const shown = a.evidence.length;
  const evidenceTitle =
    a.weight > shown ? `Evidence (${shown} of ${a.weight} mentions)` : `Evidence (${shown})`;
  append(target, table, el('h3', {}, evidenceTitle));

  const docs = new Map(meta.documents.map((d) => [d.id, d]));
  const list = el('ol', { className: 'evidence', attrs: { id: 'evidence-list' } });
  for (const ev of a.evidence) {
    const sentence = el('blockquote', { className: 'sentence' });
    for (const seg of highlightSegments(ev.text, ev.subjectMention, ev.objectMention)) {
      append(sentence, seg.role === null ? seg.text : el('mark', { className: seg.role }, seg.text));
    }
    const doc = docs.get(ev.doc);
    const url = safeHttpUrl(doc?.url);
    const title = doc?.title ?? ev.doc;
    const docNode = url
      ? el('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, title)
      : el('span', {}, title);
    const date = ev.date ?? doc?.date;
    append(
      list,
      el(
        'li',
        {},
        sentence,
        el(
          'div',
          { className: 'ev-meta' },
          docNode,
          doc?.title !== undefined ? el('span', { className: 'doc-id' }, ev.doc) : null,
          date !== undefined ? el('span', {}, date) : null,
          el('span', { className: `modality ${ev.modality}` }, ev.modality),
          el('code', { className: 'rule', title: 'extraction rule' }, ev.rule),
        ),
      ),
    );
  }
  append(target, list);
}
