// How each node and edge is drawn for a view: colour, size, hidden, faded, lit, labelled. Pure
// functions of the attributes and a display context, so Node tests can check them; sigma calls them.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { type ColorBy, edgeColor, type Maxima, nodeColor, nodeMetric, scaledSize } from '../../graph/style';
import type { EdgeAttrs, NodeAttrs } from '../../src/schema';
import type { SizeMetric } from './model';

export const FADED_NODE = '#d9dce1';
export const FADED_EDGE = '#eceef1';

export interface DisplayContext {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Nodes and edges that stay lit around a hovered or selected item; null lights everything. */
  litNodes: ReadonlySet<string> | null;
  litEdges: ReadonlySet<string> | null;
  /** Nodes whose label is drawn (placed without overlap by placeLabels). */
  labels: ReadonlySet<string>;
  selectedNode: string | null;
  hoveredNode: string | null;
  selectedEdge: string | null;
  colorBy: ColorBy;
  sizeBy: SizeMetric;
  maxima: Maxima;
  /** Arrow heads and thick edges; off above a few thousand edges, where they cost most of the frame. */
  arrows: boolean;
}

export function nodeDisplay(key: string, a: NodeAttrs, c: DisplayContext): Partial<NodeDisplayData> {
  const res: Partial<NodeDisplayData> = {
    x: a.x,
    y: a.y,
    label: a.label,
    size: scaledSize(nodeMetric(a, c.sizeBy), c.maxima[c.sizeBy]),
    color: nodeColor(a, c.colorBy, c.maxima),
    type: 'circle',
    hidden: !c.nodes.has(key),
    forceLabel: c.labels.has(key),
    zIndex: 1,
  };
  if (c.litNodes !== null) {
    if (c.litNodes.has(key)) res.zIndex = 2;
    else {
      res.color = FADED_NODE;
      res.label = '';
      res.forceLabel = false;
      res.zIndex = 0;
    }
  }
  if (key === c.selectedNode || key === c.hoveredNode) {
    res.highlighted = true;
    res.forceLabel = true;
    res.zIndex = 3;
  }
  return res;
}

/** Edge thickness on screen from its number of mentions; the weight legend uses the same rule. */
export function edgeWidth(weight: number): number {
  return Math.min(6, 0.6 + Math.log2(Math.max(1, weight)));
}

export function edgeDisplay(
  key: string,
  a: EdgeAttrs,
  twoWay: boolean,
  c: DisplayContext,
): Partial<EdgeDisplayData> {
  const res: Partial<EdgeDisplayData> = {
    color: edgeColor(a),
    size: edgeWidth(a.weight),
    type: c.arrows ? (twoWay ? 'line' : 'arrow') : 'hair',
    hidden: !c.edges.has(key),
    label: '',
    zIndex: 1,
  };
  if (c.litEdges !== null) {
    if (c.litEdges.has(key)) {
      res.zIndex = 2;
      // Lit edges keep thickness and arrow heads even when the rest are hairlines.
      res.type = twoWay ? 'litLine' : 'litArrow';
    } else {
      res.color = FADED_EDGE;
      res.zIndex = 0;
    }
  }
  if (key === c.selectedEdge) {
    res.size = (res.size ?? 1) * 2.5;
    res.type = twoWay ? 'litLine' : 'litArrow';
    res.zIndex = 3;
  }
  return res;
}

export interface LabelCandidate {
  key: string;
  label: string;
  /** Position of the node centre on screen, in CSS pixels. */
  x: number;
  y: number;
  /** Drawn radius in pixels: the label starts right of the node. */
  radius: number;
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  /** At most this many labels. */
  max: number;
  /** Space kept free around each label, in pixels. */
  margin?: number;
}

/**
 * Which labels to draw: candidates come most central first and each is kept only if its box (the
 * text right of the node, as sigma draws it) overlaps no box kept before and lies on screen.
 */
export function placeLabels(candidates: Iterable<LabelCandidate>, o: LabelOptions): Set<string> {
  const margin = o.margin ?? 2;
  const cell = 64;
  const grid = new Map<number, [number, number, number, number][]>();
  const out = new Set<string>();
  const charWidth = o.fontSize * 0.6;
  for (const c of candidates) {
    if (out.size >= o.max) break;
    const x0 = c.x + c.radius + 3 - margin;
    const x1 = x0 + c.label.length * charWidth + 2 * margin;
    const y0 = c.y - o.fontSize / 2 - margin;
    const y1 = c.y + o.fontSize / 2 + margin;
    if (x1 < 0 || y1 < 0 || x0 > o.width || y0 > o.height || c.label === '') continue;
    const cells: number[] = [];
    for (let gx = Math.floor(x0 / cell); gx <= Math.floor(x1 / cell); gx++) {
      for (let gy = Math.floor(y0 / cell); gy <= Math.floor(y1 / cell); gy++) cells.push(gx * 100_003 + gy);
    }
    const hit = cells.some((k) =>
      (grid.get(k) ?? []).some(([a0, b0, a1, b1]) => x0 < a1 && a0 < x1 && y0 < b1 && b0 < y1),
    );
    if (hit) continue;
    for (const k of cells) {
      const list = grid.get(k);
      if (list) list.push([x0, y0, x1, y1]);
      else grid.set(k, [[x0, y0, x1, y1]]);
    }
    out.add(c.key);
  }
  return out;
}
