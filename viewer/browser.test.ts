// The viewer in a real browser (Debian chromium via playwright-core): the seeds graph renders with
// the right counts, search → panel → evidence, legend filters, URL state, XSS, static file:// use.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../src/paths';
import { buildOutputs } from '../src/run-build';
import { type GraphFile, GraphFileSchema } from '../src/schema';
import { BrowserKit, kg, screenshot, searchAndPick } from './browser-kit';
import { ensureViewerBundle, installViewer } from './bundle';
import type { RunningServer } from './server';
import { generateSyntheticGraph, XSS_LABEL } from './synthetic';

let kit: BrowserKit;
let tmp: string;
let seedsDir: string;
let seeds: GraphFile;
let seedsServer: RunningServer;
/** Seeds nodes with at least one relation: what is drawn by default. */
let connected: number;

/** A failed setup (no chromium, say) must fail every test with its message, not mark them skipped. */
let setupError: unknown = null;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
  try {
    seedsDir = join(tmp, 'seeds-out');
    await buildOutputs([SEEDS_DIR], seedsDir, { builtAt: '2024-03-01T00:00:00.000Z' });
    seeds = GraphFileSchema.parse(JSON.parse(readFileSync(join(seedsDir, 'graph.json'), 'utf8')));
    connected = new Set(seeds.graph.edges.flatMap((e) => [e.source, e.target])).size;
    kit = new BrowserKit(await ensureViewerBundle());
    await kit.start();
    seedsServer = await kit.serve(seedsDir);
  } catch (err) {
    setupError = err;
  }
});

beforeEach(() => {
  if (setupError !== null) throw setupError;
});

afterAll(async () => {
  await kit?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const open = (url: string) => kit.open(url);

/** Counts clearly coloured pixels of a PNG, decoded by the browser itself (no image library needed). */
function colouredPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) {
      const [r, g, b] = [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) n++;
    }
    return n;
  }, png.toString('base64'));
}

describe('viewer in chromium', () => {
  it('draws every related node and edge, the isolated ones a click away, and runs the layout', async () => {
    const { page, problems } = await open(seedsServer.url);
    const s = await kg(page);
    expect(s.error).toBeNull();
    expect(s.totalNodes).toBe(seeds.graph.nodes.length);
    expect(s.totalEdges).toBe(seeds.graph.edges.length);
    // The extractor keeps only entities that take part in a relation, so a seeds build may have no
    // isolated node at all; the toggle must still show every node and hide them again.
    expect(connected).toBeLessThanOrEqual(seeds.graph.nodes.length);
    expect(s.nodeCount).toBe(connected);
    expect(s.edgeCount).toBe(seeds.graph.edges.length);
    expect(s.renders).toBeGreaterThan(0);
    await page.locator('#show-isolated').check();
    expect((await kg(page)).nodeCount).toBe(seeds.graph.nodes.length);
    await page.locator('#show-isolated').uncheck();
    expect((await kg(page)).nodeCount).toBe(connected);
    // Something was drawn: the graph area holds many coloured (node and edge) pixels.
    expect(await colouredPixels(page, await page.locator('#graph').screenshot())).toBeGreaterThan(2_000);
    const key = seeds.graph.nodes.reduce((a, b) => (b.attributes.degree > a.attributes.degree ? b : a)).key;
    const before = await page.evaluate((k) => window.__kg?.nodePosition(k) ?? null, key);
    await page.click('#layout-menu summary');
    await page.fill('#fa2-iterations', '100000');
    await page.click('#layout-btn');
    // Polls are given room: on a loaded machine a frame can take far longer than the default second.
    await expect.poll(async () => (await kg(page)).layoutRunning, { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(400);
    await page.click('#layout-btn');
    // Stopping the layout settles on the next frame: poll rather than read at once (flaky under load).
    await expect.poll(async () => (await kg(page)).layoutRunning, { timeout: 10_000 }).toBe(false);
    expect(await page.textContent('#layout-btn')).toBe('Run layout');
    await page.waitForTimeout(100);
    expect(await page.evaluate((k) => window.__kg?.nodePosition(k) ?? null, key)).not.toEqual(before);
    const gexf = await page.evaluate(async () => (await fetch('graph.gexf', { method: 'HEAD' })).status);
    expect(gexf).toBe(200);
    const download = page.waitForEvent('download');
    await page.click('#export-menu summary');
    await page.click('#export-png');
    expect((await download).suggestedFilename()).toBe('kabar-graph.png');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search "AS" selects Amerika Serikat; the panel leads to highlighted evidence', async () => {
    const { page, problems } = await open(seedsServer.url);
    await searchAndPick(page, 'AS', 'Amerika Serikat');
    const us = seeds.graph.nodes.find((n) => n.attributes.label === 'Amerika Serikat');
    expect((await kg(page)).selectedNode).toBe(us?.key);
    expect(await page.textContent('#panel-title')).toBe('Amerika Serikat');
    expect(await page.locator('#panel .relation-group').count()).toBeGreaterThan(0);
    await page.waitForTimeout(500); // camera animation
    await screenshot(page, 'viewer-seeds-search.png');

    await page.locator('#panel button.relation').first().click();
    const s = await kg(page);
    expect(s.selectedEdge).not.toBeNull();
    const edge = seeds.graph.edges.find((e) => e.key === s.selectedEdge);
    const items = page.locator('#evidence-list > li');
    expect(await items.count()).toBe(edge?.attributes.evidence.length);
    expect(await items.first().locator('mark').count()).toBeGreaterThan(0);
    expect(await items.first().locator('.rule').textContent()).toBe(edge?.attributes.evidence[0]?.rule);
    await screenshot(page, 'viewer-seeds-evidence.png');
    await page.click('#panel-back');
    expect(await page.textContent('#panel-title')).toBe('Amerika Serikat');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a click on an edge shows its evidence; unticking a relation type hides its edges', async () => {
    const { page, problems } = await open(seedsServer.url);
    const byRelation = new Map<string, number>();
    for (const e of seeds.graph.edges) {
      byRelation.set(e.attributes.relation, (byRelation.get(e.attributes.relation) ?? 0) + 1);
    }
    const [relation, count] = [...byRelation].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    expect(count).toBeGreaterThan(0);
    // A click on the middle of the longest drawn edge selects that edge (or a parallel one).
    const graphBox = await page.locator('#graph').boundingBox();
    let best: { key: string; ends: string[]; x: number; y: number; len: number } | null = null;
    for (const e of seeds.graph.edges) {
      const [a, b] = await Promise.all(
        [e.source, e.target].map((n) => page.evaluate((k) => window.__kg?.nodePosition(k) ?? null, n)),
      );
      if (!a || !b) continue;
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      if (!best || len > best.len) {
        best = { key: e.key, ends: [e.source, e.target].sort(), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, len };
      }
    }
    if (!best || !graphBox) throw new Error('no edge to click');
    await page.mouse.click(graphBox.x + best.x, graphBox.y + best.y);
    const picked = (await kg(page)).selectedEdge;
    const pickedEdge = seeds.graph.edges.find((e) => e.key === picked);
    expect([pickedEdge?.source, pickedEdge?.target].sort()).toEqual(best.ends);
    expect(await page.locator('#evidence-list > li').count()).toBeGreaterThan(0);

    const box = page.locator(`#legend-relations input[data-relation="${relation}"]`);
    await box.uncheck();
    expect((await kg(page)).edgeCount).toBe(seeds.graph.edges.length - count);
    expect(new URL(page.url()).hash).toContain(`xr=${relation}`);
    await box.check();
    expect((await kg(page)).edgeCount).toBe(seeds.graph.edges.length);
    // A date range after every article leaves no edge; clearing it brings them all back.
    await page.fill('#date-from', '2100-01-01');
    expect((await kg(page)).edgeCount).toBe(0);
    await page.fill('#date-from', '');
    expect((await kg(page)).edgeCount).toBe(seeds.graph.edges.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a node click on the canvas selects it, and the URL state round-trips into a new page', async () => {
    const { page, problems } = await open(seedsServer.url);
    const target = seeds.graph.nodes.reduce((a, b) => (b.attributes.degree > a.attributes.degree ? b : a));
    const pos = await page.evaluate((k) => window.__kg?.nodePosition(k) ?? null, target.key);
    const box = await page.locator('#graph').boundingBox();
    expect(pos && box).toBeTruthy();
    if (!pos || !box) return;
    await page.mouse.move(box.x + pos.x, box.y + pos.y);
    await expect.poll(async () => (await kg(page)).hoveredNode).toBe(target.key);
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await expect.poll(async () => (await kg(page)).selectedNode).toBe(target.key);
    await page.mouse.move(box.x + 5, box.y + 5);
    await expect.poll(async () => (await kg(page)).hoveredNode).toBeNull();
    await screenshot(page, 'viewer-seeds.png');
    await page.locator('#legend-types input[data-type="LOCATION"]').uncheck();
    await page.locator('#mod-planned').uncheck();
    await page.selectOption('#size-by', 'pagerank');
    // Filters refit the camera (an animation): let it end before zooming by hand.
    await page.waitForTimeout(800);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => new URL(page.url()).hash).toContain('cam=');
    await page.waitForTimeout(800); // the camera settles and the debounced URL write lands
    const url = page.url();
    const before = await kg(page);

    const again = await open(url);
    const after = await kg(again.page);
    expect(after.selectedNode).toBe(target.key);
    expect(after.nodeCount).toBe(before.nodeCount);
    expect(after.edgeCount).toBe(before.edgeCount);
    expect(after.camera?.ratio).toBeCloseTo(before.camera?.ratio ?? 0, 3);
    expect(await again.page.isChecked('#legend-types input[data-type="LOCATION"]')).toBe(false);
    expect(await again.page.isChecked('#mod-planned')).toBe(false);
    expect(await again.page.inputValue('#size-by')).toBe('pagerank');
    expect(new URL(again.page.url()).hash).toBe(new URL(url).hash);
    expect([...problems, ...again.problems]).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it('renders hostile article text and names as inert text', async () => {
    const dir = join(tmp, 'xss');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'graph.json'),
      JSON.stringify(generateSyntheticGraph({ nodes: 40, edges: 80, xss: true })),
    );
    const { page, problems } = await open((await kit.serve(dir)).url);
    await searchAndPick(page, 'Front', XSS_LABEL);
    expect(await page.textContent('#panel-title')).toBe(XSS_LABEL);
    await searchAndPick(page, 'AS', 'Amerika Serikat');
    await page.locator('#panel button.relation[data-edge="amerika-serikat|URGED|israel"]').click();
    expect(await page.locator('#evidence-list').textContent()).toContain(
      '<img src=x onerror="window.__pwned=1">',
    );
    await page.waitForTimeout(300);
    const dom = await page.evaluate(() => ({
      pwned: (window as { __pwned?: unknown }).__pwned,
      imgs: document.querySelectorAll('img').length,
      scripts: document.querySelectorAll('#panel script, #search-results script').length,
    }));
    expect(dom).toEqual({ pwned: undefined, imgs: 0, scripts: 0 });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens from disk (file://) once installed into the build folder', async () => {
    const dir = join(tmp, 'static');
    await buildOutputs([SEEDS_DIR], dir, { builtAt: '2024-03-01T00:00:00.000Z' });
    await installViewer(dir);
    const { page, problems } = await open(pathToFileURL(join(dir, 'index.html')).href);
    const s = await kg(page);
    expect(s.error).toBeNull();
    expect(s.nodeCount).toBe(connected);
    expect(s.edgeCount).toBe(seeds.graph.edges.length);
    await page.click('#layout-menu summary');
    await page.click('#layout-btn');
    await expect.poll(async () => (await kg(page)).layoutRunning, { timeout: 20_000 }).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('explains a graph.json that does not match the schema', async () => {
    const dir = join(tmp, 'bad');
    mkdirSync(dir);
    writeFileSync(join(dir, 'graph.json'), JSON.stringify({ meta: { tool: 'other' }, graph: {} }));
    const { page } = await open((await kit.serve(dir)).url);
    const s = await kg(page);
    expect(s.ready).toBe(false);
    expect(s.error).toMatch(/^kg\/viewer: graph\.json does not match/);
    expect(await page.isVisible('#error')).toBe(true);
    expect(await page.textContent('#error')).toContain('kg build');
    await page.close();
  });
});
