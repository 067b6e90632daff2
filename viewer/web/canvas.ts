// The sigma canvas as a subscriber of the store: draws through the pure display functions, keeps
// labels of the most central drawn nodes without overlap, refits the camera to what filters leave,
// and turns hovers and clicks into actions.
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Maxima } from '../../graph/style';
import type { EdgeAttrs, NodeAttrs } from '../../src/schema';
import type { Derived } from './derive';
import { type DisplayContext, edgeDisplay, type LabelCandidate, nodeDisplay, placeLabels } from './display';
import { isTwoWay, type KgGraph, neighbourhood } from './graph-model';
import type { ViewState } from './model';
import type { Store } from './store';

/** Above this many drawn edges arrow heads are unreadable and thick edges cost most of the frame. */
const MAX_ARROW_EDGES = 10_000;
/** How close (in pixels) a click must be to an edge to select it. */
const EDGE_PICK_PX = 5;
const LABEL_FONT_SIZE = 14;
/** Zoomed out a little from the tightest fit, so labels on the right edge stay readable. */
const FIT_MARGIN = 1.2;
/** Labels on screen at once: enough to read the core, few enough to stay readable. */
const MAX_LABELS = 60;
/** Candidates tried per placement: the most central drawn nodes, on screen or not. */
const MAX_LABEL_CANDIDATES = 3_000;

export class Canvas {
  readonly sigma: Sigma<NodeAttrs, EdgeAttrs>;
  private hovered: string | null = null;
  private readonly ctx: DisplayContext;
  /** Every node, most central (PageRank, then degree) first: the order labels are offered in. */
  private readonly ranked: string[];
  private labelTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly twoWay = new Map<string, boolean>();
  /** Told of every hover change (the test mirror reads it). */
  onHover: (node: string | null) => void = () => {};

  constructor(
    private readonly graph: KgGraph,
    private readonly container: HTMLElement,
    private readonly store: Store,
    private derived: Derived,
    maxima: Maxima,
  ) {
    const s = store.state;
    this.ctx = {
      nodes: derived.nodes,
      edges: derived.edges,
      litNodes: null,
      litEdges: null,
      labels: new Set(),
      selectedNode: s.node,
      hoveredNode: null,
      selectedEdge: s.edge,
      colorBy: s.colorBy,
      sizeBy: s.sizeBy,
      maxima,
      arrows: derived.edges.size <= MAX_ARROW_EDGES,
    };
    this.ranked = graph.nodes().sort((a, b) => {
      const x = graph.getNodeAttributes(a);
      const y = graph.getNodeAttributes(b);
      return y.pagerank - x.pagerank || y.degree - x.degree || (a < b ? -1 : a > b ? 1 : 0);
    });
    this.updateFocus();
    this.sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
      // Sigma's edge picking draws every edge a second time each frame; edgeAt() finds clicked edges instead.
      enableEdgeEvents: false,
      zIndex: true,
      // Only labels chosen by placeLabels (forceLabel) are drawn; sigma's grid would let them overlap.
      labelRenderedSizeThreshold: Number.POSITIVE_INFINITY,
      labelFont: 'system-ui, sans-serif',
      labelSize: LABEL_FONT_SIZE,
      defaultEdgeType: 'arrow',
      // Sigma draws programs in this order (after its own arrow and line): lit edges go last, on top.
      edgeProgramClasses: {
        hair: EdgeLineProgram,
        litLine: EdgeRectangleProgram,
        litArrow: EdgeArrowProgram,
      },
      minCameraRatio: 0.01,
      maxCameraRatio: 20,
      nodeReducer: (node, a) => nodeDisplay(node, a, this.ctx),
      edgeReducer: (edge, a) => edgeDisplay(edge, a, this.isTwoWay(edge), this.ctx),
    });
    this.wireEvents();
    this.sigma.getCamera().on('updated', () => this.scheduleLabels());
  }

  private isTwoWay(edge: string): boolean {
    let v = this.twoWay.get(edge);
    if (v === undefined) {
      v = isTwoWay(this.graph, edge);
      this.twoWay.set(edge, v);
    }
    return v;
  }

  private wireEvents(): void {
    const { sigma, store } = this;
    sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.container.style.cursor = 'pointer';
      this.refreshFocus();
    });
    sigma.on('leaveNode', () => {
      this.hovered = null;
      this.container.style.cursor = '';
      this.refreshFocus();
    });
    sigma.on('clickNode', ({ node }) => store.dispatch({ type: 'selectNode', node }));
    // Bloom's gesture: a double click grows the ego network by that node's neighbours.
    sigma.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      if (store.state.ego !== null) store.dispatch({ type: 'egoExpand', node });
      else store.dispatch({ type: 'egoStart', node, depth: 1 });
    });
    sigma.on('clickStage', ({ event }) => {
      const edge = this.edgeAt(event);
      if (edge === null) store.dispatch({ type: 'clearSelection' });
      else store.dispatch({ type: 'selectEdge', edge, keepNode: null });
    });
  }

  get hoveredNode(): string | null {
    return this.hovered;
  }

  /** Called by the store subscription with the new state and, when it changed, what is drawn. */
  update(s: ViewState, derived: Derived | null, refit: boolean): void {
    const c = this.ctx;
    const before = {
      nodes: c.nodes,
      edges: c.edges,
      lit: c.litNodes,
      arrows: c.arrows,
      selected: c.selectedNode,
      edge: c.selectedEdge,
    };
    c.selectedNode = s.node;
    c.selectedEdge = s.edge;
    const looks = c.colorBy !== s.colorBy || c.sizeBy !== s.sizeBy;
    c.colorBy = s.colorBy;
    c.sizeBy = s.sizeBy;
    if (derived !== null) {
      this.derived = derived;
      c.nodes = derived.nodes;
      c.edges = derived.edges;
      c.arrows = derived.edges.size <= MAX_ARROW_EDGES;
    }
    this.updateFocus();
    // Without a lit neighbourhood before or after, and with the same look and edge programs, only the
    // nodes and edges that appeared or disappeared need their display data again: on a big graph
    // that is a small part of a full refresh.
    const quiet =
      before.lit === null &&
      c.litNodes === null &&
      !looks &&
      before.arrows === c.arrows &&
      before.selected === c.selectedNode &&
      before.edge === c.selectedEdge;
    if (quiet && derived !== null) {
      this.sigma.refresh({
        partialGraph: { nodes: changed(before.nodes, c.nodes), edges: changed(before.edges, c.edges) },
        skipIndexation: true,
      });
    } else if (!quiet || derived !== null) {
      this.sigma.refresh({ skipIndexation: !looks });
    }
    // Labels are placed from drawn sizes and positions, so after this frame.
    this.scheduleLabels();
    if (refit) this.fit();
  }

  /** Frames what is drawn, with room for labels; an empty view keeps the camera where it is. */
  fit(duration = 300): void {
    const nodes = [...this.derived.nodes];
    if (nodes.length === 0) return;
    // The helper is typed for attribute-agnostic sigma; ours only narrows the attribute types.
    const target = getCameraStateToFitViewportToNodes(this.sigma as unknown as Sigma, nodes);
    const state = { ...target, ratio: target.ratio * FIT_MARGIN };
    const camera = this.sigma.getCamera();
    if (duration > 0) void camera.animate(state, { duration });
    else camera.setState(state);
  }

  centreOn(node: string): void {
    const d = this.sigma.getNodeDisplayData(node);
    if (d === undefined) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.35) }, { duration: 400 });
  }

  private refreshFocus(): void {
    this.ctx.hoveredNode = this.hovered;
    this.onHover(this.hovered);
    this.updateFocus();
    this.placeLabelsNow();
    this.sigma.refresh({ skipIndexation: true });
  }

  private updateFocus(): void {
    const c = this.ctx;
    const s = this.store.state;
    const focus = this.hovered ?? (s.edge === null ? s.node : null);
    if (focus !== null && this.graph.hasNode(focus) && c.nodes.has(focus)) {
      c.litNodes = neighbourhood(this.graph, focus, c.edges);
      const lit = new Set<string>();
      this.graph.forEachEdge(focus, (e) => {
        if (c.edges.has(e)) lit.add(e);
      });
      c.litEdges = lit;
    } else if (s.edge !== null && this.graph.hasEdge(s.edge)) {
      c.litNodes = new Set(this.graph.extremities(s.edge));
      c.litEdges = new Set([s.edge]);
    } else {
      c.litNodes = null;
      c.litEdges = null;
    }
  }

  private scheduleLabels(): void {
    clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => {
      const before = this.ctx.labels;
      this.placeLabelsNow();
      // Only nodes that gained or lost their label are drawn again.
      this.sigma.refresh({ partialGraph: { nodes: changed(before, this.ctx.labels) }, skipIndexation: true });
    }, 80);
  }

  /** Lit nodes first, then the most central drawn ones, each kept only where its label fits. */
  private placeLabelsNow(): void {
    const c = this.ctx;
    const { width, height } = this.sigma.getDimensions();
    const sigma = this.sigma;
    const graph = this.graph;
    function* candidates(order: Iterable<string>): Generator<LabelCandidate> {
      let tried = 0;
      for (const key of order) {
        if (tried++ >= MAX_LABEL_CANDIDATES) return;
        const d = sigma.getNodeDisplayData(key);
        if (d === undefined || d.hidden) continue;
        const p = sigma.framedGraphToViewport(d);
        yield {
          key,
          label: graph.getNodeAttribute(key, 'label'),
          x: p.x,
          y: p.y,
          radius: sigma.scaleSize(d.size),
        };
      }
    }
    const lit = c.litNodes;
    const order = lit !== null ? [...lit].sort((a, b) => this.rank(a) - this.rank(b)) : this.rankedDrawn();
    c.labels = placeLabels(candidates(order), { width, height, fontSize: LABEL_FONT_SIZE, max: MAX_LABELS });
  }

  private rankIndex: Map<string, number> | null = null;
  private rank(node: string): number {
    if (this.rankIndex === null) this.rankIndex = new Map(this.ranked.map((n, i) => [n, i]));
    return this.rankIndex.get(node) ?? Number.MAX_SAFE_INTEGER;
  }

  private *rankedDrawn(): Generator<string> {
    for (const n of this.ranked) if (this.ctx.nodes.has(n)) yield n;
  }

  /** The drawn edge nearest to a click, if within EDGE_PICK_PX of its segment. */
  private edgeAt(p: { x: number; y: number }): string | null {
    const at = (n: string): { x: number; y: number } | null => {
      const d = this.sigma.getNodeDisplayData(n);
      return d === undefined ? null : this.sigma.framedGraphToViewport(d);
    };
    let best: string | null = null;
    let bestDist = EDGE_PICK_PX;
    for (const edge of this.ctx.edges) {
      const a = at(this.graph.source(edge));
      const b = at(this.graph.target(edge));
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

  /** Drawn labels, for the test mirror. */
  get labels(): ReadonlySet<string> {
    return this.ctx.labels;
  }

  nodePosition(node: string): { x: number; y: number } | null {
    const d = this.sigma.getNodeDisplayData(node);
    return d === undefined ? null : this.sigma.framedGraphToViewport(d);
  }
}

/** Keys in one set and not the other. */
function changed(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const k of a) if (!b.has(k)) out.push(k);
  for (const k of b) if (!a.has(k)) out.push(k);
  return out;
}
