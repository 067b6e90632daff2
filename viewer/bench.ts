// `npm run bench`, viewer part: a synthetic 10k-node / 50k-edge graph.json served to headless
// chromium; time from navigation to the first rendered frame and to interactive, median of 3.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths';
import { ensureViewerBundle } from './bundle';
import { launchChromium } from './chromium';
import { serveViewer } from './server';
import { generateSyntheticGraph } from './synthetic';
import { MARK_FIRST_RENDER, MARK_INTERACTIVE } from './web/page-state';

const NODES = 10_000;
const EDGES = 50_000;
const RUNS = 3;
/** Phases the page marks on the way, printed so a slow run shows where the time went. */
const PHASES = [
  'kg:boot',
  'kg:loaded',
  'kg:validated',
  'kg:graph-built',
  'kg:sigma-created',
  MARK_FIRST_RENDER,
  MARK_INTERACTIVE,
];

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export async function runViewerBench(): Promise<void> {
  const dir = join(PROJECT_ROOT, 'bench-output', 'viewer-10k');
  mkdirSync(dir, { recursive: true });
  const graphPath = join(dir, 'graph.json');
  writeFileSync(graphPath, JSON.stringify(generateSyntheticGraph({ nodes: NODES, edges: EDGES, seed: 1 })));
  const mb = statSync(graphPath).size / 1e6;
  const bundleDir = await ensureViewerBundle();
  const server = await serveViewer({ dir, bundleDir, port: 0 });
  const browser = await launchChromium();
  const runs: Record<string, number>[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each run: no HTTP cache, no compiled-code cache from the run before.
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(
        () => window.__kg?.ready === true || typeof window.__kg?.error === 'string',
        null,
        {
          timeout: 120_000,
        },
      );
      const error = await page.evaluate(() => window.__kg?.error ?? null);
      if (error !== null) throw new Error(`kg/bench: the viewer failed on the synthetic graph: ${error}`);
      runs.push(
        await page.evaluate((names) => {
          const out: Record<string, number> = {};
          for (const n of names) out[n] = performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN;
          return out;
        }, PHASES),
      );
      if (i === RUNS - 1) await page.screenshot({ path: join(dir, 'viewer-10k.png') });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = (name: string): number => median(runs.map((r) => r[name] ?? Number.NaN));
  const s = (n: number): string => `${(n / 1000).toFixed(2)} s`;
  const lines = [
    `viewer: synthetic ${NODES.toLocaleString('en')} nodes / ${EDGES.toLocaleString('en')} edges ` +
      `(graph.json ${mb.toFixed(1)} MB), headless chromium, median of ${RUNS}`,
    `viewer:   navigation → first rendered frame  ${s(ms(MARK_FIRST_RENDER))}`,
    `viewer:   navigation → interactive           ${s(ms(MARK_INTERACTIVE))}   (target ≤ 3 s)`,
    `viewer:   phases: script running ${s(ms('kg:boot'))}, graph.json loaded ${s(ms('kg:loaded'))}, validated ${s(ms('kg:validated'))}, ` +
      `graph built ${s(ms('kg:graph-built'))}, sigma created ${s(ms('kg:sigma-created'))}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
