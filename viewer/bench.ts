// `npm run bench`, viewer part: the bench-corpus build and a synthetic 50k-node / 200k-edge graph
// served to headless chromium. Time to interactive, filter latency and ego-expand latency (action to
// handled, and to the next painted frame), medians of a few runs; aims 3 s and 200 ms on the bench build.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../src/paths';
import { BENCH_CORPUS, benchCorpusBuild } from './bench-build';
import { ensureViewerBundle } from './bundle';
import { launchChromium } from './chromium';
import { serveViewer } from './server';
import { generateSyntheticGraph } from './synthetic';
import { MARK_FIRST_RENDER, MARK_INTERACTIVE } from './web/page-state';

/** Page loads per graph: three for the bench build; one for the 50k graph, whose load takes a minute. */
const RUNS = 3;
const SYNTH_RUNS = 1;
const SYNTH_NODES = 50_000;
const SYNTH_EDGES = 200_000;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Milliseconds an action takes: handled (store, derived state, canvas buffers), and to the next painted frame. */
type Pair = [number, number];

interface Timings {
  firstRender: number;
  interactive: number;
  filter: Pair[];
  egoStart: Pair[];
  egoExpand: Pair[];
}

// The in-page code is passed as text: tsx names functions with a helper the page does not have.
const FRAME = 'const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));';

/** Milliseconds from a click on a relation checkbox to the next painted frame (off, then on again). */
function timeFilters(page: Page, relations: number): Promise<Pair[]> {
  return page.evaluate(`(async () => {
    ${FRAME}
    const out = [];
    for (const box of [...document.querySelectorAll('#legend-relations input')].slice(0, ${relations})) {
      for (let i = 0; i < 2; i++) {
        await frame();
        const t0 = performance.now();
        box.click();
        const t1 = performance.now();
        await frame();
        out.push([t1 - t0, performance.now() - t0]);
      }
    }
    return out;
  })()`);
}

/** Ego network of the most central node, then expanding its neighbours one at a time. */
function timeEgo(page: Page): Promise<{ start: Pair[]; expand: Pair[] }> {
  return page.evaluate(`(async () => {
    ${FRAME}
    const kg = window.__kg;
    const timed = async (f) => {
      await frame();
      const t0 = performance.now();
      f();
      const t1 = performance.now();
      await frame();
      return [t1 - t0, performance.now() - t0];
    };
    const start = [];
    const expand = [];
    const hub = kg.drawn().labels[0];
    if (hub === undefined) return { start, expand };
    for (let i = 0; i < 3; i++) {
      kg.dispatch({ type: 'egoClear' });
      start.push(await timed(() => kg.dispatch({ type: 'egoStart', node: hub, depth: 1 })));
    }
    for (const n of kg.drawn().nodes.filter((x) => x !== hub).slice(0, 5)) {
      expand.push(await timed(() => kg.dispatch({ type: 'egoExpand', node: n })));
    }
    kg.dispatch({ type: 'egoClear' });
    return { start, expand };
  })()`);
}

async function measure(dir: string, timeout: number, loads: number, relations: number): Promise<Timings[]> {
  const bundleDir = await ensureViewerBundle();
  const server = await serveViewer({ dir, bundleDir, port: 0 });
  const browser = await launchChromium();
  const runs: Timings[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      // A fresh context each run: no HTTP cache, no compiled-code cache from the run before.
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(
        () => window.__kg?.ready === true || typeof window.__kg?.error === 'string',
        null,
        { timeout },
      );
      const error = await page.evaluate(() => window.__kg?.error ?? null);
      if (error !== null) throw new Error(`kg/bench: the viewer failed on ${dir}: ${error}`);
      const marks = await page.evaluate<number[]>(
        `[${JSON.stringify(MARK_FIRST_RENDER)}, ${JSON.stringify(MARK_INTERACTIVE)}].map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN)`,
      );
      const filter = await timeFilters(page, relations);
      const ego = await timeEgo(page);
      runs.push({
        firstRender: marks[0] ?? Number.NaN,
        interactive: marks[1] ?? Number.NaN,
        filter,
        egoStart: ego.start,
        egoExpand: ego.expand,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return runs;
}

function report(name: string, runs: Timings[]): string[] {
  const loads = runs.length;
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const both = (xs: Pair[]): string =>
    `handled ${Math.round(median(xs.map((x) => x[0])))} ms, painted ${Math.round(median(xs.map((x) => x[1])))} ms`;
  return [
    `viewer: ${name}, headless chromium (software WebGL), ${loads === 1 ? 'one load' : `median of ${loads} loads`}`,
    `viewer:   navigation → first frame ${s(median(runs.map((r) => r.firstRender)))}, → interactive ${s(median(runs.map((r) => r.interactive)))}`,
    `viewer:   filter (relation checkbox), medians: ${both(runs.flatMap((r) => r.filter))}`,
    `viewer:   ego network of the top node: ${both(runs.flatMap((r) => r.egoStart))}`,
    `viewer:   expand one node: ${both(runs.flatMap((r) => r.egoExpand))}`,
  ];
}

export async function runViewerBench(): Promise<void> {
  // Each graph's lines are printed as soon as they are measured.
  const print = (lines: string[]): void => {
    process.stdout.write(`${lines.join('\n')}\n`);
  };
  if (existsSync(BENCH_CORPUS)) {
    const dir = await benchCorpusBuild();
    const mb = statSync(join(dir, 'graph.json')).size / 1e6;
    const name = `bench corpus build (graph.json ${mb.toFixed(1)} MB); aims: interactive ≤ 3 s, filter ≤ 200 ms`;
    print(report(name, await measure(dir, 120_000, RUNS, 10)));
  } else {
    print([`viewer: bench corpus missing at ${BENCH_CORPUS}; measuring the synthetic graph only`]);
  }
  const dir = join(PROJECT_ROOT, 'bench-output', 'viewer-50k');
  mkdirSync(dir, { recursive: true });
  const graphPath = join(dir, 'graph.json');
  writeFileSync(
    graphPath,
    JSON.stringify(generateSyntheticGraph({ nodes: SYNTH_NODES, edges: SYNTH_EDGES, seed: 1 })),
  );
  const mb = statSync(graphPath).size / 1e6;
  const name = `synthetic ${SYNTH_NODES.toLocaleString('en')} nodes / ${SYNTH_EDGES.toLocaleString('en')} edges (graph.json ${mb.toFixed(0)} MB)`;
  print(report(name, await measure(dir, 600_000, SYNTH_RUNS, 3)));
}
