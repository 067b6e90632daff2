// The side panel: a node's card (aliases, affiliations, metrics, explore buttons, relations by type),
// an edge's evidence (sentences with subject and object marked, link to the article), an article's
// sentences with the relations each produced, and the shortest paths between two actors.

import { ENTITY_COLORS, RELATION_COLORS } from '../../graph/style';
import type { EdgeAttrs, GraphMeta, NodeAttrs } from '../../src/schema';
import type { DocView } from './documents';
import { append, clear, el, swatch } from './dom';
import { edgesBetween, type PathResult } from './explore';
import { isTwoWay, type KgGraph, relationGroups } from './graph-model';
import { ALL_RELATION_TYPES, type EgoDepth, highlightSegments, safeHttpUrl, type ViewState } from './model';

export interface PanelActions {
  selectNode(node: string): void;
  selectEdge(edge: string): void;
  close(): void;
  openDoc(doc: string): void;
  egoStart(node: string, depth: EgoDepth): void;
  egoExpand(node: string): void;
  pathEnd(end: 'from' | 'to', node: string): void;
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
  state: ViewState,
): void {
  clear(target);
  const a: NodeAttrs = graph.getNodeAttributes(node);
  append(
    target,
    header(a.label, actions),
    el('div', { className: 'type-line' }, swatch(ENTITY_COLORS[a.type]), a.type),
    exploreButtons(node, actions, state),
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

function exploreButtons(node: string, actions: PanelActions, s: ViewState): HTMLElement {
  const box = el('div', { className: 'explore' });
  const depthButtons = ([1, 2, 3] as const).map((d) =>
    el(
      'button',
      {
        attrs: {
          'data-ego-depth': String(d),
          'aria-pressed': String(s.ego?.node === node && s.ego.depth === d),
        },
        title: `Show only actors within ${d} link${d > 1 ? 's' : ''} of this one`,
        onClick: () => actions.egoStart(node, d),
      },
      String(d),
    ),
  );
  append(box, el('span', {}, 'Neighbourhood '), ...depthButtons);
  if (s.ego !== null && s.ego.node !== node) {
    const done = s.ego.expanded.includes(node);
    append(
      box,
      el(
        'button',
        {
          attrs: { id: 'ego-expand', ...(done ? { disabled: '' } : {}) },
          title: 'Add this actor’s neighbours to the network shown (or double-click it)',
          onClick: () => actions.egoExpand(node),
        },
        done ? 'expanded' : 'Expand',
      ),
    );
  }
  append(
    box,
    el('br'),
    el('span', {}, 'Path '),
    el(
      'button',
      { attrs: { id: 'path-from' }, onClick: () => actions.pathEnd('from', node) },
      s.pathFrom === node ? 'from here ✓' : 'from here',
    ),
    el(
      'button',
      { attrs: { id: 'path-to' }, onClick: () => actions.pathEnd('to', node) },
      s.pathTo === node ? 'to here ✓' : 'to here',
    ),
  );
  return box;
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
    const sentence = highlighted(ev.text, ev.subjectMention, ev.objectMention);
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
          el(
            'button',
            {
              className: 'link open-doc',
              attrs: { 'data-doc': ev.doc },
              onClick: () => actions.openDoc(ev.doc),
            },
            'article view',
          ),
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

function highlighted(text: string, subject: string, object: string): HTMLElement {
  const sentence = el('blockquote', { className: 'sentence' });
  for (const seg of highlightSegments(text, subject, object)) {
    append(sentence, seg.role === null ? seg.text : el('mark', { className: seg.role }, seg.text));
  }
  return sentence;
}

function relationButton(graph: KgGraph, edge: string, actions: PanelActions): HTMLElement {
  const a = graph.getEdgeAttributes(edge);
  const [s, t] = graph.extremities(edge);
  const arrow = isTwoWay(graph, edge) ? '↔' : '→';
  return el(
    'button',
    { className: 'link relation', attrs: { 'data-edge': edge }, onClick: () => actions.selectEdge(edge) },
    swatch(RELATION_COLORS[a.relation]),
    ` ${graph.getNodeAttribute(s, 'label')} ${arrow} ${a.relation} ${arrow} ${graph.getNodeAttribute(t, 'label')}`,
  );
}

/** An article: its title, date and link, then each sentence that produced relations, in text order. */
export function renderDocPanel(
  target: HTMLElement,
  graph: KgGraph,
  view: DocView | null,
  doc: string,
  actions: PanelActions,
): void {
  clear(target);
  if (view === null) {
    append(target, header(doc, actions), el('p', {}, 'This build has no document with this id.'));
    return;
  }
  append(target, header(view.title ?? view.id, actions));
  const url = safeHttpUrl(view.url);
  append(
    target,
    el(
      'p',
      { className: 'ev-meta' },
      el('span', { className: 'doc-id' }, view.id),
      view.date !== undefined ? el('span', {}, view.date) : null,
      url !== null
        ? el('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, 'original')
        : null,
    ),
    el('h3', {}, `${view.sentences.length} sentence${view.sentences.length === 1 ? '' : 's'} with relations`),
  );
  const list = el('ol', { className: 'evidence', attrs: { id: 'doc-sentences' } });
  for (const s of view.sentences) {
    const first = s.relations[0]?.evidence;
    const rels = el('ul', { className: 'doc-relations' });
    for (const r of s.relations) {
      append(
        rels,
        el(
          'li',
          {},
          relationButton(graph, r.edge, actions),
          el('span', { className: `modality ${r.evidence.modality}` }, r.evidence.modality),
        ),
      );
    }
    append(
      list,
      el(
        'li',
        { attrs: { value: String(s.index + 1), 'data-sentence': String(s.index) } },
        highlighted(s.text, first?.subjectMention ?? '', first?.objectMention ?? ''),
        rels,
      ),
    );
  }
  append(target, list);
}

/** The shortest paths between two actors: each step's relations with their first evidence sentence. */
export function renderPathPanel(
  target: HTMLElement,
  graph: KgGraph,
  from: string,
  to: string,
  path: PathResult,
  edges: ReadonlySet<string>,
  actions: PanelActions,
  clearPath: () => void,
): void {
  clear(target);
  const name = (n: string): string => (graph.hasNode(n) ? graph.getNodeAttribute(n, 'label') : n);
  append(target, header(`${name(from)} → ${name(to)}`, { ...actions, close: clearPath }));
  if (path.length === null) {
    append(
      target,
      el(
        'p',
        { attrs: { id: 'path-summary' } },
        'No path between them through the relations the filters leave.',
      ),
    );
    return;
  }
  const count = path.truncated ? `the first ${path.paths.length}` : String(path.paths.length);
  append(
    target,
    el(
      'p',
      { attrs: { id: 'path-summary' } },
      `${count} shortest path${path.paths.length === 1 ? '' : 's'} of ${path.length} step${path.length === 1 ? '' : 's'}`,
    ),
  );
  const list = el('ol', { className: 'paths', attrs: { id: 'path-list' } });
  for (const p of path.paths) {
    const steps = el('div', { className: 'path' });
    append(steps, nodeLink(graph, p[0] ?? '', actions));
    for (let i = 1; i < p.length; i++) {
      const [a, b] = [p[i - 1] ?? '', p[i] ?? ''];
      const step = el('ul', { className: 'path-step' });
      for (const e of edgesBetween(graph, a, b, edges)) {
        const ev = graph.getEdgeAttribute(e, 'evidence')[0];
        append(
          step,
          el(
            'li',
            {},
            relationButton(graph, e, actions),
            ev !== undefined ? highlighted(ev.text, ev.subjectMention, ev.objectMention) : null,
            ev !== undefined
              ? el(
                  'button',
                  {
                    className: 'link open-doc',
                    attrs: { 'data-doc': ev.doc },
                    onClick: () => actions.openDoc(ev.doc),
                  },
                  'article view',
                )
              : null,
          ),
        );
      }
      append(steps, step, nodeLink(graph, b, actions));
    }
    append(list, el('li', {}, steps));
  }
  append(target, list);
}
