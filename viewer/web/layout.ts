// In-page layout of what is drawn: ForceAtlas2 with settings inferred for its size (editable in the
// Layout menu), run in short slices between frames, then noverlap so no node hides another.
import Graph from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { Derived } from './derive';
import { byId } from './dom';
import type { KgGraph } from './graph-model';

/** Time spent on layout per frame, so the page stays responsive while it runs. */
const SLICE_MS = 30;

type Pos = { x: number; y: number; size: number };

export class LayoutRunner {
  private readonly button = byId('layout-btn', HTMLButtonElement);
  private readonly gravity = byId('fa2-gravity', HTMLInputElement);
  private readonly scaling = byId('fa2-scaling', HTMLInputElement);
  private readonly iterations = byId('fa2-iterations', HTMLInputElement);
  private readonly linLog = byId('fa2-linlog', HTMLInputElement);
  private readonly strong = byId('fa2-strong', HTMLInputElement);
  private readonly barnes = byId('fa2-barnes', HTMLInputElement);
  private running = false;
  private settingsFor = -1;
  /** The copy being laid out while running. */
  private sub: Graph<Pos> | null = null;

  constructor(
    private readonly graph: KgGraph,
    private readonly drawn: () => Derived,
    private readonly onTick: () => void,
    private readonly onState: (running: boolean) => void,
  ) {
    this.button.addEventListener('click', () => (this.running ? this.stop() : this.start()));
    this.fillSettings();
  }

  /** Shows the settings ForceAtlas2 infers for the drawn graph, once per size. */
  fillSettings(): void {
    const order = this.drawn().nodes.size;
    if (order === this.settingsFor) return;
    this.settingsFor = order;
    const s = forceAtlas2.inferSettings(Math.max(1, order));
    this.gravity.value = String(s.gravity ?? 1);
    this.scaling.value = String(s.scalingRatio ?? 1);
    this.strong.checked = s.strongGravityMode ?? false;
    this.barnes.checked = s.barnesHutOptimize ?? false;
  }

  private settings(): ForceAtlas2Settings {
    return {
      gravity: Math.max(0, Number(this.gravity.value) || 0),
      scalingRatio: Math.max(0.1, Number(this.scaling.value) || 1),
      linLogMode: this.linLog.checked,
      strongGravityMode: this.strong.checked,
      barnesHutOptimize: this.barnes.checked,
      adjustSizes: false,
    };
  }

  /** A weighted copy of the drawn part: layout ignores what filters hide. */
  private subgraph(): Graph<Pos> {
    const d = this.drawn();
    const g = new Graph<Pos>({ type: 'undirected' });
    for (const n of d.nodes) {
      const a = this.graph.getNodeAttributes(n);
      g.addNode(n, { x: a.x, y: a.y, size: a.size });
    }
    for (const e of d.edges) {
      const [s, t] = this.graph.extremities(e);
      if (s !== t) g.mergeEdge(s, t);
    }
    return g;
  }

  start(): void {
    const sub = this.subgraph();
    if (sub.order === 0) return;
    this.sub = sub;
    const settings = this.settings();
    let left = Math.max(10, Number(this.iterations.value) || 300);
    this.setRunning(true);
    const slice = (): void => {
      if (!this.running) return;
      const t0 = performance.now();
      // A few iterations a call: each call converts the graph to typed arrays and back.
      while (left > 0 && performance.now() - t0 < SLICE_MS) {
        const n = Math.min(left, 5);
        forceAtlas2.assign(sub, { iterations: n, settings });
        left -= n;
      }
      this.copy(sub);
      if (left > 0) requestAnimationFrame(slice);
      else this.finish(sub);
    };
    requestAnimationFrame(slice);
  }

  /** Noverlap once the forces settle (or the user stops them), so no node hides another. */
  private finish(sub: Graph<Pos>): void {
    this.sub = null;
    noverlap.assign(sub, { maxIterations: 50, settings: { margin: 2, ratio: 1 } });
    this.copy(sub);
    this.setRunning(false);
  }

  stop(): void {
    if (this.sub !== null) this.finish(this.sub);
    else this.setRunning(false);
  }

  private copy(sub: Graph<Pos>): void {
    sub.forEachNode((n, a) => {
      this.graph.mergeNodeAttributes(n, { x: a.x, y: a.y });
    });
    this.onTick();
  }

  private setRunning(on: boolean): void {
    this.running = on;
    this.button.textContent = on ? 'Stop layout' : 'Run layout';
    this.button.setAttribute('aria-pressed', String(on));
    this.onState(on);
  }
}
