// Node side of the page bundle: builds viewer/dist with vite when it is missing or older than its
// sources, and installs it into a build folder (index.html, assets/, graph-data.js for file://).
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/io';
import { PROJECT_ROOT } from '../src/paths';

export const VIEWER_DIR = join(PROJECT_ROOT, 'viewer');
export const VIEWER_DIST = join(VIEWER_DIR, 'dist');
/** Written next to graph.json so index.html opened from disk gets the graph without fetch. */
export const GRAPH_DATA_JS = 'graph-data.js';

/** Files the bundle is made from; any newer than dist/index.html makes the bundle stale. */
function sourceFiles(): string[] {
  const files = [join(VIEWER_DIR, 'index.html'), join(VIEWER_DIR, 'vite.config.ts')];
  for (const dir of [join(VIEWER_DIR, 'web')]) {
    for (const f of readdirSync(dir)) if (!f.endsWith('.test.ts')) files.push(join(dir, f));
  }
  // Modules of graph/ the page shares: palette and appearance, and the writers of its exports.
  for (const f of ['style.ts', 'model.ts', 'gexf.ts', 'graph-json-write.ts'])
    files.push(join(PROJECT_ROOT, 'graph', f));
  files.push(join(PROJECT_ROOT, 'src', 'schema.ts'));
  return files.filter((f) => existsSync(f));
}

export function viewerBundleIsFresh(dist = VIEWER_DIST): boolean {
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return sourceFiles().every((f) => statSync(f).mtimeMs <= built);
}

/**
 * Returns viewer/dist, building it first if needed. Builds go to a private folder renamed into
 * place, so two processes (parallel test files, a test and `kg view`) never see a half-built bundle.
 */
export async function ensureViewerBundle(opts: { force?: boolean } = {}): Promise<string> {
  if (!opts.force && viewerBundleIsFresh()) return VIEWER_DIST;
  const tmp = `${VIEWER_DIST}.${process.pid}.tmp`;
  const { build } = await import('vite');
  const { default: config } = await import('./vite.config');
  try {
    await build({ ...config, configFile: false, build: { ...config.build, outDir: tmp, emptyOutDir: true } });
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`kg/viewer: building the page with vite failed: ${(err as Error).message}`);
  }
  if (!opts.force && viewerBundleIsFresh()) {
    // Another process finished an identical build meanwhile; replacing it could break its server.
    rmSync(tmp, { recursive: true, force: true });
    return VIEWER_DIST;
  }
  try {
    rmSync(VIEWER_DIST, { recursive: true, force: true });
    renameSync(tmp, VIEWER_DIST);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    // Another process may have put its fresh build in place between our rm and rename.
    if (!viewerBundleIsFresh())
      throw new Error(`kg/viewer: cannot write ${VIEWER_DIST}: ${(err as Error).message}`);
  }
  return VIEWER_DIST;
}

/**
 * Makes a build folder a static site: copies the page and its assets next to graph.json and writes
 * graph-data.js (graph.json as a script), because browsers refuse fetch() from file:// pages.
 */
export async function installViewer(outDir: string): Promise<void> {
  installBundle(await ensureViewerBundle(), outDir);
}

/** installViewer with the bundle at hand: synchronous, so a build can add the page before it commits. */
export function installBundle(dist: string, outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  rmSync(join(outDir, 'assets'), { recursive: true, force: true });
  cpSync(join(dist, 'assets'), join(outDir, 'assets'), { recursive: true });
  cpSync(join(dist, 'index.html'), join(outDir, 'index.html'));
  const graphJson = join(outDir, 'graph.json');
  if (!existsSync(graphJson)) return;
  const text = readFileSync(graphJson, 'utf8');
  try {
    JSON.parse(text);
  } catch (err) {
    throw new Error(
      `kg/viewer: ${graphJson} is not valid JSON (${(err as Error).message}); rebuild it with \`kg build\`.`,
    );
  }
  // JSON is a JavaScript expression, so the file is graph.json with an assignment in front.
  writeFileAtomic(join(outDir, GRAPH_DATA_JS), `window.__KG_GRAPH__ = ${text.trimEnd()};\n`);
}
