// The exploring features in a real browser (Debian chromium via playwright-core): ego network and
// expand, shortest paths, the time slider and play, sortable tables with CSV, the article view,
// colour by community, and GEXF / graph.json export of what is drawn. Screenshots go to test-output/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiGraph, UndirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../src/paths';
import { buildOutputs } from '../src/run-build';
import { type GraphFile, GraphFileSchema } from '../src/schema';
import { BrowserKit, drawn, kg, screenshot, searchAndPick } from './browser-kit';
import { ensureViewerBundle } from './bundle';
import type { RunningServer } from './server';
import { generateSyntheticGraph } from './synthetic';

let kit: BrowserKit;
let tmp: string;
let seeds: GraphFile;
let seedsServer: RunningServer;
let synth: GraphFile;
let synthServer: RunningServer;
/** A failed setup (no chromium, say) must fail every test with its message, not mark them skipped. */
let setupError: unknown = null;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'kg-explore-'));
  try {
    const seedsDir = join(tmp, 'seeds-out');
    await buildOutputs([SEEDS_DIR], seedsDir, { builtAt: '2024-03-01T00:00:00.000Z' });
    seeds = GraphFileSchema.parse(JSON.parse(readFileSync(join(seedsDir, 'graph.json'), 'utf8')));
    const synthDir = join(tmp, 'synth');
    mkdirSync(synthDir);
    synth = generateSyntheticGraph({ nodes: 300, edges: 700, seed: 11 });
    writeFileSync(join(synthDir, 'graph.json'), JSON.stringify(synth));
    kit = new BrowserKit(await ensureViewerBundle());
    await kit.start();
    seedsServer = await kit.serve(seedsDir);
    synthServer = await kit.serve(synthDir);
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

/** Who is linked to whom in a graph.json, whatever the direction: what ego and path work on. */
function links(file: GraphFile): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const n of file.graph.nodes) g.addNode(n.key);
  for (const e of file.graph.edges) if (e.source !== e.target) g.mergeEdge(e.source, e.target);
  return g;
}

async function saved(download: Promise<Download>): Promise<string> {
  const path = await (await download).path();
  return readFileSync(path, 'utf8');
}

const label = (key: string): string => seeds.graph.nodes.find((n) => n.key === key)?.attributes.label ?? key;

describe('exploring in chromium', () => {
  it('shows an actor’s neighbourhood, expands it a node at a time, and restores it from the URL', async () => {
    const { page, problems } = await kit.open(seedsServer.url);
    const l = links(seeds);
    await searchAndPick(page, 'Blinken', 'Antony Blinken');
    await page.click('#panel [data-ego-depth="1"]');
    const ring = new Set(['person:antony-blinken', ...l.neighbors('person:antony-blinken')]);
    await expect.poll(async () => (await kg(page)).egoSize).toBe(ring.size);
    expect((await drawn(page)).nodes.sort()).toEqual([...ring].sort());
    // Expand Israel (a neighbour): its own neighbours join.
    await searchAndPick(page, 'Israel', 'Israel');
    await page.click('#ego-expand');
    const grown = new Set([...ring, ...l.neighbors('country:il')]);
    await expect.poll(async () => (await kg(page)).egoSize).toBe(grown.size);
    expect(new URL(page.url()).hash).toContain('ego=person%3Aantony-blinken');
    await page.waitForTimeout(500);
    await screenshot(page, 'viewer-ego.png');
    // Depth 2 from the bar over the canvas.
    await page.click('#explore-bar [data-depth="2"]');
    const two = Object.entries(singleSourceLength(l, 'person:antony-blinken')).filter(([, d]) => d <= 2);
    expect((await kg(page)).egoSize).toBe(new Set([...two.map(([n]) => n), ...grown]).size);
    const again = await kit.open(page.url());
    expect((await kg(again.page)).egoSize).toBe((await kg(page)).egoSize);
    await page.click('#ego-clear');
    expect((await kg(page)).egoSize).toBeNull();
    expect([...problems, ...again.problems]).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('draws and lists the shortest paths between two actors with their relations and evidence', async () => {
    const { page, problems } = await kit.open(seedsServer.url);
    const [from, to] = ['person:matthew-miller', 'country:qa'];
    const l = links(seeds);
    const da = singleSourceLength(l, from);
    const db = singleSourceLength(l, to);
    const total = da[to] ?? -1;
    expect(total).toBeGreaterThan(1);
    const onPath = Object.keys(da).filter((n) => (da[n] ?? 0) + (db[n] ?? 1e9) === total);
    await searchAndPick(page, 'Matthew', label(from));
    await page.click('#path-from');
    await searchAndPick(page, 'Qatar', label(to));
    await page.click('#path-to');
    await page.click('#panel-close');
    await expect.poll(async () => (await kg(page)).path?.length).toBe(total);
    expect((await drawn(page)).nodes.sort()).toEqual(onPath.sort());
    const paths = page.locator('#path-list > li');
    expect(await paths.count()).toBe((await kg(page)).path?.count);
    // Each step names its relation and quotes a sentence with subject and object marked.
    const steps = paths.first().locator('.path-step');
    expect(await steps.count()).toBe(total);
    expect(await steps.first().locator('button.relation').count()).toBeGreaterThan(0);
    expect(await steps.first().locator('blockquote.sentence').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).hash).toMatch(/pfrom=.*pto=/);
    await page.waitForTimeout(500);
    await screenshot(page, 'viewer-path.png');
    await page.locator('#path-list button.relation').first().click();
    expect((await kg(page)).selectedEdge).not.toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('filters edges by the time slider, with a histogram, and plays through time', async () => {
    const { page, problems } = await kit.open(synthServer.url);
    const bars = await page.locator('#histogram .bar').count();
    expect(bars).toBeGreaterThan(10);
    await page.locator('#time-lo').fill('3');
    await page.locator('#time-hi').fill('6');
    const s = await kg(page);
    expect(s.from).not.toBeNull();
    expect(s.to).not.toBeNull();
    // Exactly the edges with a mention inside the window are drawn.
    const inside = synth.graph.edges.filter((e) =>
      e.attributes.evidence.some(
        (ev) => ev.date !== undefined && ev.date >= (s.from ?? '') && ev.date <= (s.to ?? ''),
      ),
    );
    expect(s.edgeCount).toBe(inside.length);
    expect(s.edgeCount).toBeLessThan(synth.graph.edges.length);
    expect(await page.locator('#histogram .bar.out').count()).toBe(bars - 4);
    expect(new URL(page.url()).hash).toContain(`from=${s.from}`);
    await screenshot(page, 'viewer-time.png');
    await page.click('#time-play');
    await expect.poll(async () => (await kg(page)).from, { timeout: 5_000 }).not.toBe(s.from);
    expect((await kg(page)).timePlaying).toBe(true);
    await page.click('#time-play');
    expect((await kg(page)).timePlaying).toBe(false);
    await page.click('#reset-filters');
    expect((await kg(page)).edgeCount).toBe(synth.graph.edges.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts and searches the node and edge tables, links rows to the graph, exports the CSV shown', async () => {
    const { page, problems } = await kit.open(seedsServer.url);
    await page.click('#tables-btn');
    const rows = async (): Promise<string[]> => (await kg(page)).tableRows ?? [];
    const byKey = new Map(seeds.graph.nodes.map((n) => [n.key, n.attributes]));
    const degrees = (await rows()).map((k) => byKey.get(k)?.degree ?? -1);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect((await rows()).length).toBe((await kg(page)).nodeCount);
    await page.click('#data-table th[data-col="pagerank"] button');
    const ranks = (await rows()).map((k) => byKey.get(k)?.pagerank ?? -1);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    await page.click('#data-table th[data-col="pagerank"] button');
    const up = (await rows()).map((k) => byKey.get(k)?.pagerank ?? -1);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(new URL(page.url()).hash).toContain('sort=pagerank');
    await page.fill('#table-search', 'hamas');
    await expect
      .poll(async () => (await rows()).length)
      .toBe(
        seeds.graph.nodes.filter(
          (n) =>
            n.attributes.degree > 0 && /hamas/i.test(`${n.attributes.label} ${n.attributes.type} ${n.key}`),
        ).length,
      );
    const csv = await saved(
      Promise.all([page.waitForEvent('download'), page.click('#table-csv')]).then(([d]) => d),
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('key,label,type,degree,pagerank,mentions,community');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(await rows());
    await page.locator('#data-table tbody tr').first().click();
    expect((await kg(page)).selectedNode).toBe((await rows())[0]);
    expect(await page.locator('#data-table tbody tr.selected').count()).toBe(1);
    await page.click('#tab-edges');
    await page.fill('#table-search', '');
    expect((await rows()).length).toBe((await kg(page)).edgeCount);
    await screenshot(page, 'viewer-tables.png');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens an article from an evidence sentence and lists every relation each sentence produced', async () => {
    const { page, problems } = await kit.open(seedsServer.url);
    await searchAndPick(page, 'AS', 'Amerika Serikat');
    await page.locator('#panel button.relation').first().click();
    const doc = await page.locator('#evidence-list .open-doc').first().getAttribute('data-doc');
    expect(doc).not.toBeNull();
    await page.locator('#evidence-list .open-doc').first().click();
    expect((await kg(page)).doc).toBe(doc);
    const expected = new Map<number, Set<string>>();
    for (const e of seeds.graph.edges) {
      for (const ev of e.attributes.evidence) {
        if (ev.doc !== doc) continue;
        const set = expected.get(ev.sentence) ?? new Set();
        set.add(e.key);
        expected.set(ev.sentence, set);
      }
    }
    const items = page.locator('#doc-sentences > li');
    expect(await items.count()).toBe(expected.size);
    const first = [...expected.keys()].sort((a, b) => a - b)[0] ?? -1;
    const shown = await items
      .first()
      .locator('button.relation')
      .evaluateAll((b) => b.map((x) => x.getAttribute('data-edge')));
    expect(shown.sort()).toEqual([...(expected.get(first) ?? [])].sort());
    expect(new URL(page.url()).hash).toContain('doc=');
    await screenshot(page, 'viewer-document.png');
    await items.first().locator('button.relation').first().click();
    expect((await kg(page)).doc).toBeNull();
    expect((await kg(page)).selectedEdge).toBe(shown[0]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('exports what is drawn as GEXF and graph.json, coloured as on screen', async () => {
    const { page, problems } = await kit.open(seedsServer.url);
    await page.locator('#legend-relations input[data-relation="AFFILIATED_WITH"]').uncheck();
    await page.selectOption('#color-by', 'community');
    expect(await page.locator('#legend-nodes li').count()).toBeGreaterThan(1);
    await page.waitForTimeout(500);
    await screenshot(page, 'viewer-community.png');
    const shown = await drawn(page);
    await page.click('#export-menu summary');
    const json = await saved(
      Promise.all([page.waitForEvent('download'), page.click('#export-json')]).then(([d]) => d),
    );
    const file = GraphFileSchema.parse(JSON.parse(json));
    expect(file.graph.nodes.map((n) => n.key).sort()).toEqual(shown.nodes.sort());
    expect(file.graph.edges.map((e) => e.key).sort()).toEqual(shown.edges.sort());
    expect(file.graph.edges.some((e) => e.attributes.relation === 'AFFILIATED_WITH')).toBe(false);
    await page.click('#export-menu summary');
    const gexf = await saved(
      Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]).then(([d]) => d),
    );
    const back = parse(MultiGraph, gexf);
    expect(back.order).toBe(shown.nodes.length);
    expect(gexf).toContain('<gexf');
    expect(problems).toEqual([]);
    await page.close();
  });
});
