// `kg view` as a user runs it: prints the URL, serves the page and the graph, and explains a
// folder without graph.json.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths';
import { ensureViewerBundle } from './bundle';
import { generateSyntheticGraph } from './synthetic';

const CLI = [
  join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
  join(PROJECT_ROOT, 'src', 'cli.ts'),
];
let dir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-view-'));
  writeFileSync(join(dir, 'graph.json'), JSON.stringify(generateSyntheticGraph({ nodes: 20, edges: 40 })));
  // Built here so the CLI finds a fresh bundle and the test does not time a vite build.
  await ensureViewerBundle();
});

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

function waitForUrl(p: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    p.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (m) resolve(m[0]);
    });
    p.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    p.on('exit', (code) => reject(new Error(`kg view exited with ${code}: ${err}`)));
  });
}

describe('kg view', () => {
  it('prints the URL and serves the viewer and graph.json on 127.0.0.1', async () => {
    child = spawn(process.execPath, [...CLI, 'view', dir, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await waitForUrl(child);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="graph"');
    const graph = (await (await fetch(`${url}graph.json`)).json()) as { meta: { tool: string } };
    expect(graph.meta.tool).toBe('kabar-graph');
  });
  it('says how to make a folder without graph.json viewable', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kg-view-empty-'));
    const res = spawnSync(process.execPath, [...CLI, 'view', empty, '--port', '0'], { encoding: 'utf8' });
    rmSync(empty, { recursive: true, force: true });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/kg\/viewer: no graph\.json in .*kg build -o/);
  });
});
