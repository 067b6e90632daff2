// `npm run bench`, viewer part: the bench-corpus build and a synthetic 50k-node / 200k-edge graph
// served to headless chromium. Time to interactive, filter latency and ego-expand latency (action to
// the next painted frame), medians of a few runs; the aims are 3 s and 200 ms on the bench build.
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

const RUNS = 3;
const SYNTH_NODES = 50_000;
const SYNTH_EDGES = 200_000;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

interface Timings {
  firstRender: number;
  interactive: number;
  filter: number[];
  egoStart: number[];
  egoExpand: number[];
}

// The in-page code is passed as text: tsx names functions with a helper the page does not have.
const FRAME = 'const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));';

/** Milliseconds from a click on a relation checkbox to the next painted frame, for each relation. */
function timeFilters(page: Page): Promise<number[]> {
  return page.evaluate(`(async () => {
    ${FRAME}
    const out = [];
    for (const box of document.querySelectorAll('#legend-relations input')) {
      for (let i = 0; i < 2; i++) {
        await frame();
        const t0 = performance.now();
        box.click();
        await frame();
        out.push(performance.now() - t0);
      }
    }
    return out;
  })()`);
}

/** Ego network of the most central node, then expanding its neighbours one at a time. */
function timeEgo(page: Page): Promise<{ start: number[]; expand: number[] }> {
  return page.evaluate(`(async () => {
    ${FRAME}
    const kg = window.__kg;
    const timed = async (f) => {
      await frame();
      const t0 = performance.now();
      f();
      await frame();
      return performance.now() - t0;
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

async function measure(dir: string, timeout: number): Promise<Timings[]> {
  const bundleDir = await ensureViewerBundle();
  const server = await serveViewer({ dir, bundleDir, port: 0 });
  const browser = await launchChromium();
  const runs: Timings[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
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
      const filter = await timeFilters(page);
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
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  const ms = (x: number): string => `${Math.round(x)} ms`;
  return [
    `viewer: ${name}, headless chromium (software WebGL), median of ${RUNS} loads`,
    `viewer:   navigation → first frame ${s(median(runs.map((r) => r.firstRender)))}, → interactive ${s(median(runs.map((r) => r.interactive)))}`,
    `viewer:   filter (relation checkbox → next frame): median ${ms(median(runs.flatMap((r) => r.filter)))}, worst ${ms(Math.max(...runs.flatMap((r) => r.filter)))}`,
    `viewer:   ego network of the top node: median ${ms(median(runs.flatMap((r) => r.egoStart)))}; expand one node: median ${ms(median(runs.flatMap((r) => r.egoExpand)))}`,
  ];
}

export async function runViewerBench(): Promise<void> {
  const lines: string[] = [];
  if (existsSync(BENCH_CORPUS)) {
    const dir = benchCorpusBuild();
    const mb = statSync(join(dir, 'graph.json')).size / 1e6;
    lines.push(
      ...report(
        `bench corpus build (graph.json ${mb.toFixed(1)} MB); aims: interactive ≤ 3 s, filter ≤ 200 ms`,
        await measure(dir, 120_000),
      ),
    );
  } else {
    lines.push(`viewer: bench corpus missing at ${BENCH_CORPUS}; measuring the synthetic graph only`);
  }
  const dir = join(PROJECT_ROOT, 'bench-output', 'viewer-50k');
  mkdirSync(dir, { recursive: true });
  const graphPath = join(dir, 'graph.json');
  writeFileSync(
    graphPath,
    JSON.stringify(generateSyntheticGraph({ nodes: SYNTH_NODES, edges: SYNTH_EDGES, seed: 1 })),
  );
  const mb = statSync(graphPath).size / 1e6;
  lines.push(
    ...report(
      `synthetic ${SYNTH_NODES.toLocaleString('en')} nodes / ${SYNTH_EDGES.toLocaleString('en')} edges (graph.json ${mb.toFixed(0)} MB)`,
      await measure(dir, 600_000),
    ),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
