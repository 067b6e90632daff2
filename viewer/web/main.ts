// Entry of the viewer page: loads graph.json (or graph-data.js from disk), draws it with sigma,
// and wires search, legend filters, hover/selection, side panel, URL state, layout and exports.
import { downloadAsPNG } from '@sigma/export-image';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { ENTITY_COLORS, RELATION_COLORS } from '../../graph/style';
import type { EdgeAttrs, EntityType, GraphMeta, NodeAttrs, RelationType } from '../../src/schema';
import { append, byId, clear, el, swatch } from './dom';
import {
  buildGraph,
  computeVisibility,
  isTwoWay,
  type KgGraph,
  metricMaxima,
  neighbourhood,
  summarize,
  type Visibility,
} from './graph-model';
import {
  ALL_ENTITY_TYPES,
  ALL_RELATION_TYPES,
  defaultViewState,
  metricValue,
  parseGraphFile,
  type SearchHit,
  SIZE_METRICS,
  type SizeMetric,
  searchEntry,
  searchNodes,
  sizeFor,
  type ViewState,
} from './model';
import { type KgPageState, MARK_FIRST_RENDER, MARK_INTERACTIVE } from './page-state';
import { renderEdgePanel, renderNodePanel } from './panel';
import { decodeViewState, encodeViewState } from './url-state';

const FADED_NODE = '#d9dce1';
const FADED_EDGE = '#eceef1';
/**
 * Above this many visible edges, arrow heads are unreadable and thick edges cost most of the frame
 * (twice as long under software GL): draw one-pixel lines instead.
 */
const MAX_ARROW_EDGES = 10_000;
/** A lit neighbourhood up to this size shows every name, whatever the label grid would hide. */
const MAX_FORCED_LABELS = 40;
/** How close (in pixels) a click must be to an edge to select it. */
const EDGE_PICK_PX = 5;

const page: KgPageState = {
  ready: false,
  error: null,
  nodeCount: 0,
  edgeCount: 0,
  totalNodes: 0,
  totalEdges: 0,
  selectedNode: null,
  hoveredNode: null,
  selectedEdge: null,
  layoutRunning: false,
  renders: 0,
  camera: null,
  nodePosition: () => null,
};
window.__kg = page;

/** The visible edge nearest to a click, if within EDGE_PICK_PX of its drawn segment. */
function edgeAt(
  sigma: Sigma<NodeAttrs, EdgeAttrs>,
  graph: KgGraph,
  visible: ReadonlySet<string>,
  p: { x: number; y: number },
): string | null {
  const cache = new Map<string, { x: number; y: number } | null>();
  const at = (n: string): { x: number; y: number } | null => {
    let v = cache.get(n);
    if (v === undefined) {
      const d = sigma.getNodeDisplayData(n);
      v = d === undefined ? null : sigma.framedGraphToViewport(d);
      cache.set(n, v);
    }
    return v;
  };
  let best: string | null = null;
  let bestDist = EDGE_PICK_PX;
  for (const edge of visible) {
    const a = at(graph.source(edge));
    const b = at(graph.target(edge));
    if (a === null || b === null) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
    const dist = Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    if (dist < bestDist) {
      bestDist = dist;
      best = edge;
    }
  }
  return best;
}

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function showError(message: string): void {
  page.error = message;
  const box = byId('error', HTMLDivElement);
  clear(box);
  append(box, el('h2', {}, 'The graph could not be shown'), el('pre', {}, message));
  box.hidden = false;
  byId('status', HTMLElement).textContent = 'Error';
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(s);
  });
}

/** From disk (file://) fetch cannot read files, so the build writes graph-data.js next to index.html. */
async function loadRaw(): Promise<unknown> {
  if (window.__KG_GRAPH__ !== undefined) return window.__KG_GRAPH__;
  if (location.protocol === 'file:') {
    try {
      await loadScript('graph-data.js');
    } catch {
      throw new Error(
        'kg/viewer: graph-data.js is missing next to index.html. Rebuild the folder with `kg build`, ' +
          'or serve it with `kg view DIR`.',
      );
    }
    return window.__KG_GRAPH__;
  }
  let res: Response;
  try {
    res = await fetch('graph.json', { cache: 'no-store' });
  } catch (err) {
    throw new Error(`kg/viewer: could not fetch graph.json (${String(err)}). Is \`kg view\` still running?`);
  }
  if (!res.ok) {
    throw new Error(
      `kg/viewer: could not load graph.json (HTTP ${res.status}). Build it with \`kg build\` and serve ` +
        'the output folder with `kg view DIR`.',
    );
  }
  try {
    return await res.json();
  } catch (err) {
    throw new Error(
      `kg/viewer: graph.json is not valid JSON (${String(err)}). Rebuild it with \`kg build\`.`,
    );
  }
}

async function boot(): Promise<void> {
  performance.mark('kg:boot');
  const status = byId('status', HTMLElement);
  status.textContent = 'Loading graph…';
  const raw = await loadRaw();
  performance.mark('kg:loaded');
  const parsed = parseGraphFile(raw);
  if (!parsed.ok) throw new Error(parsed.message);
  performance.mark('kg:validated');
  const graph = buildGraph(parsed.file);
  performance.mark('kg:graph-built');
  await start(graph, parsed.file.meta);
}

async function start(graph: KgGraph, meta: GraphMeta): Promise<void> {
  const state: ViewState = decodeViewState(location.hash);
  const maxima = metricMaxima(graph);
  const summary = summarize(graph);
  page.totalNodes = graph.order;
  page.totalEdges = graph.size;

  let vis: Visibility = computeVisibility(graph, state);
  let arrows = vis.edges.size <= MAX_ARROW_EDGES;
  let hovered: string | null = null;
  /** Nodes and edges that stay lit while something is hovered or selected; null lights everything. */
  let litNodes: Set<string> | null = null;
  let litEdges: Set<string> | null = null;

  function updateFocus(): void {
    const focus = hovered ?? (state.edge === null ? state.node : null);
    if (focus !== null && graph.hasNode(focus)) {
      litNodes = neighbourhood(graph, focus, vis.edges);
      litEdges = new Set();
      const lit = litEdges;
      graph.forEachEdge(focus, (e) => {
        if (vis.edges.has(e)) lit.add(e);
      });
    } else if (state.edge !== null && graph.hasEdge(state.edge)) {
      litNodes = new Set(graph.extremities(state.edge));
      litEdges = new Set([state.edge]);
    } else {
      litNodes = null;
      litEdges = null;
    }
  }

  updateFocus();
  const container = byId('graph', HTMLElement);
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    // Sigma's edge picking draws every edge a second time each frame; edgeAt() finds clicked edges instead.
    enableEdgeEvents: false,
    zIndex: true,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.5,
    labelGridCellSize: 120,
    labelFont: 'system-ui, sans-serif',
    defaultEdgeType: 'arrow',
    // Sigma draws programs in this order (after its own arrow and line): lit edges go last, on top.
    edgeProgramClasses: { hair: EdgeLineProgram, litLine: EdgeRectangleProgram, litArrow: EdgeArrowProgram },
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    nodeReducer: (node, a): Partial<NodeDisplayData> => {
      const res: Partial<NodeDisplayData> = {
        x: a.x,
        y: a.y,
        label: a.label,
        size: sizeFor(metricValue(a, state.sizeBy), maxima[state.sizeBy]),
        color: ENTITY_COLORS[a.type],
        type: 'circle',
        hidden: !vis.nodes.has(node),
        zIndex: 1,
      };
      if (litNodes !== null) {
        if (litNodes.has(node)) {
          res.zIndex = 2;
          if (litNodes.size <= MAX_FORCED_LABELS) res.forceLabel = true;
        } else {
          res.color = FADED_NODE;
          res.label = '';
          res.zIndex = 0;
        }
      }
      if (node === state.node || node === hovered) {
        res.highlighted = true;
        res.forceLabel = true;
        res.zIndex = 3;
      }
      return res;
    },
    edgeReducer: (edge, a): Partial<EdgeDisplayData> => {
      const res: Partial<EdgeDisplayData> = {
        color: RELATION_COLORS[a.relation],
        size: Math.min(6, 0.6 + Math.log2(a.weight)),
        type: arrows ? (isTwoWay(graph, edge) ? 'line' : 'arrow') : 'hair',
        hidden: !vis.edges.has(edge),
        label: '',
        zIndex: 1,
      };
      if (litEdges !== null) {
        if (litEdges.has(edge)) {
          res.zIndex = 2;
          // Lit edges keep thickness and arrow heads even when the rest are hairlines.
          res.type = isTwoWay(graph, edge) ? 'litLine' : 'litArrow';
        } else {
          res.color = FADED_EDGE;
          res.zIndex = 0;
        }
      }
      if (edge === state.edge) {
        res.size = (res.size ?? 1) * 2.5;
        res.type = isTwoWay(graph, edge) ? 'litLine' : 'litArrow';
        res.zIndex = 3;
      }
      return res;
    },
  });
  performance.mark('kg:sigma-created');
  sigma.on('afterRender', () => {
    page.renders++;
  });
  page.renders++;
  page.nodePosition = (node) => {
    const d = sigma.getNodeDisplayData(node);
    return d === undefined ? null : sigma.framedGraphToViewport(d);
  };
  // Let the first frame reach the screen before wiring the controls.
  await afterPaint();
  performance.mark(MARK_FIRST_RENDER);

  // ---- URL ----
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  function writeUrl(): void {
    clearTimeout(urlTimer);
    urlTimer = undefined;
    const hash = encodeViewState(state);
    history.replaceState(null, '', hash === '' ? location.pathname + location.search : `#${hash}`);
  }
  const camera = sigma.getCamera();
  camera.on('updated', (c) => {
    state.camera = { x: c.x, y: c.y, ratio: c.ratio, angle: c.angle };
    page.camera = state.camera;
    // Camera moves come at frame rate; the URL only needs the final position.
    clearTimeout(urlTimer);
    urlTimer = setTimeout(writeUrl, 250);
  });

  // ---- panel and selection ----
  const panel = byId('panel', HTMLElement);
  const panelBody = byId('panel-body', HTMLDivElement);
  const actions = {
    selectNode: (n: string) => selectNode(n, true),
    selectEdge: (e: string) => selectEdge(e),
    close: () => clearSelection(),
  };

  function renderPanel(): void {
    page.selectedNode = state.node;
    page.selectedEdge = state.edge;
    if (state.edge !== null && graph.hasEdge(state.edge)) {
      const from = state.node;
      const back =
        from !== null && graph.hasNode(from) && graph.hasExtremity(state.edge, from)
          ? () => selectNode(from, false)
          : undefined;
      renderEdgePanel(panelBody, graph, meta, state.edge, actions, back);
      panel.hidden = false;
    } else if (state.node !== null && graph.hasNode(state.node)) {
      renderNodePanel(panelBody, graph, state.node, vis.edges, actions);
      panel.hidden = false;
    } else {
      clear(panelBody);
      panel.hidden = true;
    }
  }

  function refreshFocus(): void {
    page.hoveredNode = hovered;
    updateFocus();
    sigma.refresh({ skipIndexation: true });
  }

  function centreOn(node: string): void {
    const d = sigma.getNodeDisplayData(node);
    if (d === undefined) return;
    void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 400 });
  }

  function selectNode(node: string, centre: boolean): void {
    if (!graph.hasNode(node)) return;
    state.node = node;
    state.edge = null;
    renderPanel();
    refreshFocus();
    if (centre) centreOn(node);
    writeUrl();
  }

  function selectEdge(edge: string): void {
    if (!graph.hasEdge(edge)) return;
    if (state.node !== null && !graph.hasExtremity(edge, state.node)) state.node = null;
    state.edge = edge;
    renderPanel();
    refreshFocus();
    writeUrl();
  }

  function clearSelection(): void {
    state.node = null;
    state.edge = null;
    renderPanel();
    refreshFocus();
    writeUrl();
  }

  sigma.on('enterNode', ({ node }) => {
    hovered = node;
    container.style.cursor = 'pointer';
    refreshFocus();
  });
  sigma.on('leaveNode', () => {
    hovered = null;
    container.style.cursor = '';
    refreshFocus();
  });
  sigma.on('clickNode', ({ node }) => selectNode(node, false));
  sigma.on('clickStage', ({ event }) => {
    const edge = edgeAt(sigma, graph, vis.edges, event);
    if (edge === null) clearSelection();
    else {
      state.node = null;
      selectEdge(edge);
    }
  });

  // ---- filters and legend ----
  function showCounts(): void {
    page.nodeCount = vis.nodes.size;
    page.edgeCount = vis.edges.size;
    byId('stats', HTMLElement).textContent =
      `${vis.nodes.size.toLocaleString()} / ${graph.order.toLocaleString()} nodes · ` +
      `${vis.edges.size.toLocaleString()} / ${graph.size.toLocaleString()} edges`;
  }

  function applyFilters(): void {
    vis = computeVisibility(graph, state);
    arrows = vis.edges.size <= MAX_ARROW_EDGES;
    showCounts();
    updateFocus();
    sigma.refresh();
    if (state.node !== null && state.edge === null) renderPanel();
  }

  const legendTypes = byId('legend-types', HTMLUListElement);
  const legendRelations = byId('legend-relations', HTMLUListElement);
  const typeBoxes = new Map<EntityType, HTMLInputElement>();
  const relationBoxes = new Map<RelationType, HTMLInputElement>();

  function legendRow<T extends string>(
    list: HTMLUListElement,
    boxes: Map<T, HTMLInputElement>,
    value: T,
    color: string,
    count: number,
    hidden: () => Set<T>,
    attr: string,
  ): void {
    const box = el('input', { attrs: { type: 'checkbox', [attr]: value } });
    box.addEventListener('change', () => {
      if (box.checked) hidden().delete(value);
      else hidden().add(value);
      applyFilters();
      writeUrl();
    });
    boxes.set(value, box);
    append(
      list,
      el(
        'li',
        {},
        el(
          'label',
          {},
          box,
          swatch(color),
          el('span', { className: 'name' }, value),
          el('span', { className: 'count' }, String(count)),
        ),
      ),
    );
  }
  for (const t of ALL_ENTITY_TYPES) {
    const n = summary.nodesByType.get(t) ?? 0;
    if (n > 0)
      legendRow(legendTypes, typeBoxes, t, ENTITY_COLORS[t], n, () => state.hiddenTypes, 'data-type');
  }
  for (const r of ALL_RELATION_TYPES) {
    const n = summary.edgesByRelation.get(r) ?? 0;
    if (n > 0)
      legendRow(
        legendRelations,
        relationBoxes,
        r,
        RELATION_COLORS[r],
        n,
        () => state.hiddenRelations,
        'data-relation',
      );
  }

  const modAsserted = byId('mod-asserted', HTMLInputElement);
  const modPlanned = byId('mod-planned', HTMLInputElement);
  const dateFrom = byId('date-from', HTMLInputElement);
  const dateTo = byId('date-to', HTMLInputElement);
  const minWeight = byId('min-weight', HTMLInputElement);
  const minWeightValue = byId('min-weight-value', HTMLOutputElement);
  const hideIsolated = byId('hide-isolated', HTMLInputElement);
  const sizeBy = byId('size-by', HTMLSelectElement);
  for (const input of [dateFrom, dateTo]) {
    if (summary.firstDate !== null) input.min = summary.firstDate;
    if (summary.lastDate !== null) input.max = summary.lastDate;
  }
  minWeight.max = String(summary.maxWeight);
  minWeight.disabled = summary.maxWeight <= 1;

  function syncControls(): void {
    for (const [t, box] of typeBoxes) box.checked = !state.hiddenTypes.has(t);
    for (const [r, box] of relationBoxes) box.checked = !state.hiddenRelations.has(r);
    modAsserted.checked = state.asserted;
    modPlanned.checked = state.planned;
    dateFrom.value = state.from ?? '';
    dateTo.value = state.to ?? '';
    minWeight.value = String(state.minWeight);
    minWeightValue.value = String(state.minWeight);
    hideIsolated.checked = state.hideIsolated;
    sizeBy.value = state.sizeBy;
  }

  const onFilterInput = (): void => {
    state.asserted = modAsserted.checked;
    state.planned = modPlanned.checked;
    state.from = dateFrom.value === '' ? null : dateFrom.value;
    state.to = dateTo.value === '' ? null : dateTo.value;
    state.minWeight = Math.max(1, Number(minWeight.value) || 1);
    minWeightValue.value = String(state.minWeight);
    state.hideIsolated = hideIsolated.checked;
    applyFilters();
    writeUrl();
  };
  for (const input of [modAsserted, modPlanned, dateFrom, dateTo, minWeight, hideIsolated]) {
    input.addEventListener(input === minWeight ? 'input' : 'change', onFilterInput);
  }
  for (const m of SIZE_METRICS)
    append(sizeBy, el('option', { attrs: { value: m } }, m === 'pagerank' ? 'PageRank' : m));
  sizeBy.addEventListener('change', () => {
    const m = SIZE_METRICS.find((x): x is SizeMetric => x === sizeBy.value);
    if (m !== undefined) state.sizeBy = m;
    sigma.refresh();
    writeUrl();
  });
  byId('reset-filters', HTMLButtonElement).addEventListener('click', () => {
    const d = defaultViewState();
    Object.assign(state, {
      hiddenTypes: d.hiddenTypes,
      hiddenRelations: d.hiddenRelations,
      asserted: true,
      planned: true,
      from: null,
      to: null,
      minWeight: 1,
      hideIsolated: false,
    });
    syncControls();
    applyFilters();
    writeUrl();
  });

  byId('corpus', HTMLElement).textContent =
    `${meta.counts.documents} documents · ${meta.counts.relationMentions} relation mentions · built ${meta.builtAt.slice(0, 10)}`;

  // ---- search ----
  const entries = graph.mapNodes((n, a) => searchEntry(n, a));
  const searchInput = byId('search-input', HTMLInputElement);
  const searchList = byId('search-results', HTMLDivElement);
  let hits: SearchHit[] = [];
  let active = -1;
  function renderHits(): void {
    clear(searchList);
    hits.forEach((h, i) => {
      const li = el(
        'div',
        { className: i === active ? 'active' : '', attrs: { role: 'option', 'data-node': h.key } },
        swatch(ENTITY_COLORS[h.type]),
        el('span', { className: 'name' }, h.label),
        h.via !== null ? el('span', { className: 'via' }, h.via) : null,
      );
      // mousedown fires before the input's blur hides the list.
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(h);
      });
      append(searchList, li);
    });
    searchList.hidden = hits.length === 0;
    searchInput.setAttribute('aria-expanded', String(hits.length > 0));
  }
  function choose(h: SearchHit): void {
    searchInput.value = h.label;
    hits = [];
    active = -1;
    renderHits();
    selectNode(h.key, true);
  }
  searchInput.addEventListener('input', () => {
    hits = searchNodes(entries, searchInput.value, 12);
    active = hits.length > 0 ? 0 : -1;
    renderHits();
  });
  searchInput.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (hits.length === 0) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      renderHits();
    } else if (ev.key === 'Enter') {
      const h = hits[active] ?? hits[0];
      if (h !== undefined) choose(h);
    } else if (ev.key === 'Escape') {
      hits = [];
      renderHits();
    }
  });
  searchInput.addEventListener('blur', () => {
    hits = [];
    renderHits();
  });

  // ---- layout and exports ----
  const layoutBtn = byId('layout-btn', HTMLButtonElement);
  let fa2: FA2Layout<NodeAttrs, EdgeAttrs> | null = null;
  layoutBtn.addEventListener('click', () => {
    if (fa2 === null) {
      fa2 = new FA2Layout<NodeAttrs, EdgeAttrs>(graph, {
        settings: forceAtlas2.inferSettings(graph),
        getEdgeWeight: 'weight',
      });
    }
    if (fa2.isRunning()) {
      fa2.stop();
      layoutBtn.textContent = 'Resume layout';
    } else {
      fa2.start();
      layoutBtn.textContent = 'Stop layout';
    }
    page.layoutRunning = fa2.isRunning();
    layoutBtn.setAttribute('aria-pressed', String(page.layoutRunning));
  });
  window.addEventListener('pagehide', () => fa2?.kill());
  byId('export-png', HTMLButtonElement).addEventListener('click', () => {
    // The exporter is typed for attribute-agnostic sigma; ours only narrows the attribute types.
    void downloadAsPNG(sigma as unknown as Sigma, { fileName: 'kabar-graph', backgroundColor: '#ffffff' });
  });

  // ---- shared links: apply the state read from the URL ----
  /** On the first call the state is the one sigma was created with, so no second full refresh. */
  function applyState(next: ViewState, first: boolean): void {
    Object.assign(state, next);
    syncControls();
    if (first) showCounts();
    else applyFilters();
    renderPanel();
    if (!first) refreshFocus();
    if (state.camera !== null) camera.setState(state.camera);
    else if (state.node !== null && graph.hasNode(state.node)) centreOn(state.node);
  }
  window.addEventListener('hashchange', () => applyState(decodeViewState(location.hash), false));
  performance.mark('kg:wired');
  applyState(state, true);
  performance.mark('kg:state-applied');
  byId('status', HTMLElement).textContent =
    graph.order === 0 ? 'This build has no entities: no relations were extracted from its corpus.' : '';

  await afterPaint();
  performance.mark(MARK_INTERACTIVE);
  page.ready = true;
  document.body.dataset.ready = 'true';
}

boot().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  showError(message.startsWith('kg/') ? message : `kg/viewer: ${message}`);
});
