// The viewer on the whole bench corpus (3,463 articles, ~14k entities) in real chromium: ready with
// no page error, only nodes with a drawn relation drawn, labels shown, legend counts drawn / total,
// camera refitted after a filter. Needs ../shared, so it runs with `npm run test:viewer-bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphFile, GraphFileSchema } from '../src/schema';
import { benchCorpusBuild } from './bench-build';
import { BrowserKit, drawn, kg, screenshot } from './browser-kit';
import { ensureViewerBundle } from './bundle';

let kit: BrowserKit;
let dir: string;
let file: GraphFile;

beforeAll(async () => {
  dir = await benchCorpusBuild();
  file = GraphFileSchema.parse(JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')));
  kit = new BrowserKit(await ensureViewerBundle());
  await kit.start();
});

afterAll(async () => {
  await kit?.close();
});

describe('viewer on the bench corpus', () => {
  it('is ready without page errors and draws no isolated node by default', async () => {
    const { page, problems } = await kit.open((await kit.serve(dir)).url, { timeout: 120_000 });
    const s = await kg(page);
    expect(s.error).toBeNull();
    expect(s.totalNodes).toBe(file.graph.nodes.length);
    const shown = await drawn(page);
    const ends = new Set<string>();
    const byKey = new Map(file.graph.edges.map((e) => [e.key, e]));
    for (const e of shown.edges) {
      const edge = byKey.get(e);
      if (edge) ends.add(edge.source).add(edge.target);
    }
    expect(shown.nodes.filter((n) => !ends.has(n))).toEqual([]);
    // Only entities that take part in a relation become nodes now, so none may be isolated at all.
    expect(s.nodeCount).toBeLessThanOrEqual(s.totalNodes);
    expect(s.edgeCount).toBe(file.graph.edges.length);
    // Labels are placed after the first frames; under load that can come a little later.
    await expect.poll(async () => (await drawn(page)).labels.length, { timeout: 30_000 }).toBeGreaterThan(10);
    // Legend rows count drawn / total.
    expect(await page.locator('#legend-types input[data-type="PERSON"] ~ .count').textContent()).toMatch(
      /^[\d,]+ \/ [\d,]+$/,
    );
    await page.waitForTimeout(500);
    await screenshot(page, 'viewer-bench.png');
    // A filter refits the camera to what it leaves.
    const before = s.camera;
    await page.locator('#legend-types input[data-type="PERSON"]').uncheck();
    await expect.poll(async () => (await kg(page)).camera, { timeout: 5_000 }).not.toEqual(before);
    expect((await kg(page)).nodeCount).toBeLessThan(s.nodeCount);
    await page.waitForTimeout(600);
    await screenshot(page, 'viewer-bench-filtered.png');
    expect(problems).toEqual([]);
    await page.close();
  });
});
