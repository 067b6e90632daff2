// Entry of the viewer page: loads graph.json (or graph-data.js from disk), creates the store, the
// canvas and the controls, and subscribes the effects (panel, URL, test mirror) to state changes.
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { GraphMeta } from '../../src/schema';
import { Canvas } from './canvas';
import { Controls } from './controls';
import { type Derived, Deriver, visibilityChanged } from './derive';
import { DocumentIndex } from './documents';
import { append, byId, clear, el } from './dom';
import { buildGraph, type KgGraph, metricMaxima, summarize } from './graph-model';
import { LayoutRunner } from './layout';
import { parseGraphFile, type ViewState } from './model';
import { type KgPageState, MARK_FIRST_RENDER, MARK_INTERACTIVE } from './page-state';
import {
  type PanelActions,
  renderDocPanel,
  renderEdgePanel,
  renderNodePanel,
  renderPathPanel,
} from './panel';
import { wireSearch } from './search';
import { type Action, Store } from './store';
import { subgraphGexf, subgraphJson, subgraphOf } from './subgraph';
import { download, TablesView } from './tables-view';
import { TimeBar } from './timebar';
import { mentionHistogram } from './timeline';
import { decodeViewState, encodeViewState } from './url-state';

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
  egoSize: null,
  path: null,
  from: null,
  to: null,
  timePlaying: false,
  tableRows: null,
  doc: null,
  nodePosition: () => null,
  drawn: () => ({ nodes: [], edges: [], labels: [] }),
  dispatch: () => {},
};
window.__kg = page;

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
  byId('status', HTMLElement).textContent = 'Loading graph…';
  const raw = await loadRaw();
  performance.mark('kg:loaded');
  const parsed = parseGraphFile(raw);
  if (!parsed.ok) throw new Error(parsed.message);
  performance.mark('kg:validated');
  const graph = buildGraph(parsed.file);
  performance.mark('kg:graph-built');
  await start(graph, parsed.file.meta);
}

/** Framing follows what is drawn: filters, ego and path, not the selection. */
function reframes(prev: ViewState, s: ViewState): boolean {
  return visibilityChanged(prev, { ...s, node: prev.node });
}

/** What every part of the page shares: the graph, the store and what is drawn now. */
interface View {
  graph: KgGraph;
  meta: GraphMeta;
  store: Store;
  canvas: Canvas;
  maxima: ReturnType<typeof metricMaxima>;
  deriver: Deriver;
  derived: Derived;
}

/** The store and the canvas, with the test mirror's hooks into the canvas. */
function createView(graph: KgGraph, meta: GraphMeta): View {
  const store = new Store(decodeViewState(location.hash));
  const deriver = new Deriver(graph);
  const derived = deriver.derive(store.state);
  const maxima = metricMaxima(graph);
  const canvas = new Canvas(graph, byId('graph', HTMLElement), store, derived, maxima);
  const view: View = { graph, meta, store, canvas, maxima, deriver, derived };
  performance.mark('kg:sigma-created');
  canvas.sigma.on('afterRender', () => {
    page.renders++;
  });
  page.renders++;
  page.totalNodes = graph.order;
  page.totalEdges = graph.size;
  page.nodePosition = (node) => canvas.nodePosition(node);
  canvas.onHover = (node) => {
    page.hoveredNode = node;
  };
  page.drawn = () => ({
    nodes: [...view.derived.nodes],
    edges: [...view.derived.edges],
    labels: [...canvas.labels],
  });
  page.dispatch = (action) => store.dispatch(action);
  if (store.state.camera !== null) canvas.sigma.getCamera().setState(store.state.camera);
  else canvas.fit(0);
  return view;
}

type Render = (s: ViewState, prev: ViewState | null, action: Action | null) => void;

/** Builds the controls and panels, and returns the subscriber that brings them all up to date. */
function wireControls(view: View): { render: Render; tables: TablesView; timebar: TimeBar } {
  const { graph, meta, store, canvas } = view;
  const drawn = (): Derived => view.derived;
  const controls = new Controls(graph, store, summarize(graph));
  const timebar = new TimeBar(mentionHistogram(graph), store);
  timebar.onPlay = (on) => {
    page.timePlaying = on;
  };
  const tables = new TablesView(graph, store);
  const layout = new LayoutRunner(
    graph,
    drawn,
    () => canvas.sigma.refresh(),
    (on) => {
      page.layoutRunning = on;
    },
  );
  const panel = wirePanel(graph, meta, store, new DocumentIndex(graph, meta), drawn);
  wireSearch(graph, (node) => {
    store.dispatch({ type: 'selectNode', node });
    canvas.centreOn(node);
  });
  wireExports(view);
  const exploreBar = wireExploreBar(graph, store);
  const render: Render = (s, prev, action) => {
    if (action?.type === 'setCamera') return;
    const changed = prev === null || visibilityChanged(prev, s);
    if (changed) view.derived = view.deriver.derive(s);
    const d = view.derived;
    if (prev !== null) canvas.update(s, changed ? d : null, reframes(prev, s) && !timebar.playing);
    controls.render(s, d);
    timebar.render(s);
    tables.render(s, d);
    panel(s);
    exploreBar(s, d);
    layout.fillSettings();
    showCounts(graph, d);
  };
  return { render, tables, timebar };
}

async function start(graph: KgGraph, meta: GraphMeta): Promise<void> {
  const view = createView(graph, meta);
  const { store, canvas } = view;
  // Let the first frame reach the screen before wiring the controls.
  await afterPaint();
  performance.mark(MARK_FIRST_RENDER);
  const { render, tables, timebar } = wireControls(view);
  store.subscribe(render);
  store.subscribe((s, _prev, action) => {
    if (action.type === 'setCamera') page.camera = s.camera;
    else mirror(s, view.derived, tables, timebar);
  });
  wireUrl(store, canvas.sigma);
  byId('corpus', HTMLElement).textContent =
    `${meta.counts.documents} documents · ${meta.counts.relationMentions} relation mentions · built ${meta.builtAt.slice(0, 10)}`;
  performance.mark('kg:wired');
  render(store.state, null, null);
  canvas.update(store.state, null, false);
  mirror(store.state, view.derived, tables, timebar);
  if (store.state.camera === null && store.state.node !== null && graph.hasNode(store.state.node)) {
    canvas.centreOn(store.state.node);
  }
  performance.mark('kg:state-applied');
  byId('status', HTMLElement).textContent =
    graph.order === 0 ? 'This build has no entities: no relations were extracted from its corpus.' : '';
  await afterPaint();
  performance.mark(MARK_INTERACTIVE);
  page.ready = true;
  document.body.dataset.ready = 'true';
}

function showCounts(graph: KgGraph, d: Derived): void {
  page.nodeCount = d.nodes.size;
  page.edgeCount = d.edges.size;
  byId('stats', HTMLElement).textContent =
    `${d.nodes.size.toLocaleString('en')} / ${graph.order.toLocaleString('en')} nodes · ` +
    `${d.edges.size.toLocaleString('en')} / ${graph.size.toLocaleString('en')} edges`;
}

/** The test mirror: a plain object the browser tests and the bench read. */
function mirror(s: ViewState, d: Derived, tables: TablesView, timebar: TimeBar): void {
  page.selectedNode = s.node;
  page.selectedEdge = s.edge;
  page.egoSize = d.ego === null ? null : d.nodes.size;
  page.path = d.path === null ? null : { length: d.path.length, count: d.path.paths.length };
  page.from = s.from;
  page.to = s.to;
  page.timePlaying = timebar.playing;
  page.tableRows = s.table.tab === null ? null : tables.shown.map((r) => r.key);
  page.doc = s.doc;
  page.camera = s.camera;
}

function wirePanel(
  graph: KgGraph,
  meta: GraphMeta,
  store: Store,
  docs: DocumentIndex,
  drawn: () => Derived,
): (s: ViewState) => void {
  const panel = byId('panel', HTMLElement);
  const body = byId('panel-body', HTMLDivElement);
  const actions: PanelActions = {
    selectNode: (node) => store.dispatch({ type: 'selectNode', node }),
    selectEdge: (edge) => {
      const n = store.state.node;
      store.dispatch({
        type: 'selectEdge',
        edge,
        keepNode: n !== null && graph.hasExtremity(edge, n) ? n : null,
      });
    },
    close: () => store.dispatch({ type: 'clearSelection' }),
    openDoc: (doc) => store.dispatch({ type: 'openDoc', doc }),
    egoStart: (node, depth) => store.dispatch({ type: 'egoStart', node, depth }),
    egoExpand: (node) => store.dispatch({ type: 'egoExpand', node }),
    pathEnd: (end, node) => store.dispatch({ type: 'pathEnd', end, node }),
  };
  let last: unknown[] = [];
  return (s: ViewState): void => {
    const d = drawn();
    // The panel is rebuilt only when what it shows changed: hovering must not rebuild it.
    const key = [s.doc, s.edge, s.node, s.ego, s.pathFrom, s.pathTo, d.edges];
    if (key.every((k, i) => k === last[i])) return;
    last = key;
    panel.hidden = false;
    if (s.doc !== null) renderDocPanel(body, graph, docs.view(s.doc), s.doc, actions);
    else if (s.edge !== null && graph.hasEdge(s.edge)) {
      const from = s.node;
      const back =
        from !== null && graph.hasNode(from) && graph.hasExtremity(s.edge, from)
          ? () => store.dispatch({ type: 'selectNode', node: from })
          : undefined;
      renderEdgePanel(body, graph, meta, s.edge, actions, back);
    } else if (s.node !== null && graph.hasNode(s.node))
      renderNodePanel(body, graph, s.node, d.edges, actions, s);
    else if (s.pathFrom !== null && s.pathTo !== null && d.path !== null) {
      renderPathPanel(body, graph, s.pathFrom, s.pathTo, d.path, d.edges, actions, () =>
        store.dispatch({ type: 'pathClear' }),
      );
    } else {
      clear(body);
      panel.hidden = true;
    }
  };
}

/** The strip over the canvas saying which exploration is on, with its controls. */
function wireExploreBar(graph: KgGraph, store: Store): (s: ViewState, d: Derived) => void {
  const bar = byId('explore-bar', HTMLDivElement);
  const name = (n: string): string => (graph.hasNode(n) ? graph.getNodeAttribute(n, 'label') : n);
  return (s, d) => {
    clear(bar);
    if (s.ego !== null) {
      const ego = s.ego;
      append(
        bar,
        el('span', {}, `Neighbourhood of ${name(ego.node)}: ${d.nodes.size} actors, depth `),
        ...([1, 2, 3] as const).map((depth) =>
          el(
            'button',
            {
              attrs: { 'data-depth': String(depth), 'aria-pressed': String(ego.depth === depth) },
              onClick: () => store.dispatch({ type: 'egoDepth', depth }),
            },
            String(depth),
          ),
        ),
        ego.expanded.length > 0 ? el('span', {}, ` · ${ego.expanded.length} expanded`) : null,
        el('span', { className: 'hint' }, ' · double-click a node to expand it'),
        el(
          'button',
          { attrs: { id: 'ego-clear' }, onClick: () => store.dispatch({ type: 'egoClear' }) },
          'Show all',
        ),
      );
    } else if (s.pathFrom !== null || s.pathTo !== null) {
      const text =
        s.pathFrom !== null && s.pathTo !== null
          ? `Shortest paths ${name(s.pathFrom)} → ${name(s.pathTo)}: ${d.path?.length === null ? 'none' : `${d.path?.paths.length ?? 0} of ${d.path?.length ?? 0} steps each`}`
          : `Path ${s.pathFrom !== null ? `from ${name(s.pathFrom)}` : `to ${name(s.pathTo ?? '')}`}: pick the other end in a node's panel`;
      append(
        bar,
        el('span', {}, text),
        el(
          'button',
          { attrs: { id: 'path-clear' }, onClick: () => store.dispatch({ type: 'pathClear' }) },
          'Clear path',
        ),
      );
    }
    bar.hidden = bar.firstChild === null;
  };
}

function wireExports(view: View): void {
  const { graph, meta, store, maxima } = view;
  const sigma = view.canvas.sigma;
  const sub = () =>
    subgraphOf(graph, view.derived.nodes, view.derived.edges, {
      colorBy: store.state.colorBy,
      sizeBy: store.state.sizeBy,
      maxima,
    });
  // A menu closes once one of its exports is chosen.
  const menu = byId('export-menu', HTMLDetailsElement);
  menu.addEventListener('click', (ev) => {
    if (ev.target instanceof HTMLButtonElement) menu.open = false;
  });
  byId('export-png', HTMLButtonElement).addEventListener('click', () => {
    // The exporter is typed for attribute-agnostic sigma; ours only narrows the attribute types.
    void downloadAsPNG(sigma as unknown as Sigma, { fileName: 'kabar-graph', backgroundColor: '#ffffff' });
  });
  byId('export-gexf', HTMLButtonElement).addEventListener('click', () =>
    download('kabar-graph-view.gexf', subgraphGexf(sub(), meta), 'application/xml'),
  );
  byId('export-json', HTMLButtonElement).addEventListener('click', () =>
    download('kabar-graph-view.json', subgraphJson(sub(), meta), 'application/json'),
  );
}

/** The URL follows the state: at once for actions, a quarter second after the camera stops. */
function wireUrl(store: Store, sigma: Canvas['sigma']): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const hash = encodeViewState(store.state);
    const next = hash === '' ? location.pathname + location.search : `#${hash}`;
    if (`#${hash}` !== location.hash || hash === '') history.replaceState(null, '', next);
  };
  store.subscribe((_s, _p, action) => {
    if (action.type === 'replace') return;
    if (action.type === 'setCamera') {
      clearTimeout(timer);
      timer = setTimeout(write, 250);
    } else write();
  });
  sigma.getCamera().on('updated', (c) => {
    store.dispatch({ type: 'setCamera', camera: { x: c.x, y: c.y, ratio: c.ratio, angle: c.angle } });
  });
  window.addEventListener('hashchange', () => {
    const next = decodeViewState(location.hash);
    store.dispatch({ type: 'replace', state: next });
    if (next.camera !== null) sigma.getCamera().setState(next.camera);
  });
}

boot().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  showError(message.startsWith('kg/') ? message : `kg/viewer: ${message}`);
});
