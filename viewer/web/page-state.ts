// What the page exposes on `window.__kg` for the browser tests and the bench; types only, so the
// Node side can import it without pulling in the DOM code.
import type { Action } from './store';

export interface KgPageState {
  /** True once the graph is drawn and every control is wired. */
  ready: boolean;
  /** The message shown to the user when loading failed, else null. */
  error: string | null;
  nodeCount: number;
  edgeCount: number;
  totalNodes: number;
  totalEdges: number;
  selectedNode: string | null;
  /** The node under the pointer, whose neighbourhood stays lit while the rest fades. */
  hoveredNode: string | null;
  selectedEdge: string | null;
  layoutRunning: boolean;
  /** Frames sigma has rendered so far. */
  renders: number;
  /** Sigma's camera (x, y, ratio, angle), as written into the URL. */
  camera: { x: number; y: number; ratio: number; angle: number } | null;
  /** Size of the ego network shown, or null without one. */
  egoSize: number | null;
  /** Steps and number of listed shortest paths, or null without both path ends. */
  path: { length: number | null; count: number } | null;
  /** Date range of the time filter. */
  from: string | null;
  to: string | null;
  timePlaying: boolean;
  /** Row keys of the open table, in display order (null when closed). */
  tableRows: string[] | null;
  /** The document the panel lists, if any. */
  doc: string | null;
  /** Where a node is drawn, in CSS pixels from the top left of the graph area (null if unknown). */
  nodePosition(node: string): { x: number; y: number } | null;
  /** Keys of the drawn nodes and edges, and of the nodes whose label is drawn. */
  drawn(): { nodes: string[]; edges: string[]; labels: string[] };
  /** Runs an action as the controls would (the bench times actions this way). */
  dispatch(action: Action): void;
}

/** Performance marks (relative to navigation start) read by `npm run bench`. */
export const MARK_FIRST_RENDER = 'kg:first-render';
export const MARK_INTERACTIVE = 'kg:interactive';

declare global {
  interface Window {
    __kg?: KgPageState;
    /** Set by graph-data.js when the page is opened from disk (file://), where fetch cannot read files. */
    __KG_GRAPH__?: unknown;
  }
}
