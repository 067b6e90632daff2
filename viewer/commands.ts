// CLI verbs of the viewer: `kg view [DIR]` serves a build folder in the graph viewer, and
// `kg start` (what `npm start` runs) builds the seed articles into out/ and serves that.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { formatProblem } from '../src/errors';
import { SEEDS_DIR } from '../src/paths';
import type { RunningServer } from './server';

export const DEFAULT_PORT = 8484;

interface ServeFlags {
  port: string;
  open?: boolean;
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535) {
    throw new Error(
      `kg/viewer: --port must be a whole number from 0 to 65535 (0: any free port), not "${value}".`,
    );
  }
  return n;
}

function findOnPath(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const full = join(dir, cmd);
    if (dir !== '' && existsSync(full)) return full;
  }
  return null;
}

function openInBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
  const path = findOnPath(opener);
  if (path === null) {
    process.stderr.write(`kg view: --open needs ${opener}, which is not installed; open ${url} yourself.\n`);
    return;
  }
  const child = spawn(path, [url], { detached: true, stdio: 'ignore' });
  child.on('error', (err) => process.stderr.write(`kg view: could not open a browser (${err.message}).\n`));
  child.unref();
}

/** Serves until Ctrl+C / SIGTERM, then closes the server so the process exits cleanly. */
async function serveAndWait(dir: string, flags: ServeFlags, verb: string): Promise<RunningServer> {
  const port = parsePort(flags.port);
  // Loaded on use, so other verbs do not pay for vite and the server.
  const { ensureViewerBundle } = await import('./bundle');
  const { serveViewer } = await import('./server');
  const bundleDir = await ensureViewerBundle();
  const server = await serveViewer({ dir, bundleDir, port });
  process.stdout.write(`${verb}: serving ${dir} at ${server.url}  (Ctrl+C to stop)\n`);
  if (flags.open) openInBrowser(server.url);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

export function registerViewerCommands(program: Command): void {
  program
    .command('view')
    .description('serve a build folder (graph.json from `kg build`) in the graph viewer on 127.0.0.1')
    .argument('[dir]', 'build folder', 'out')
    .option('-p, --port <port>', 'port to listen on (0: any free port)', String(DEFAULT_PORT))
    .option('--open', 'open the page in the default browser')
    .action(async (dir: string, flags: ServeFlags) => {
      const folder = resolve(dir);
      if (!existsSync(join(folder, 'graph.json'))) {
        throw new Error(
          `kg/viewer: no graph.json in ${folder}; build one with \`kg build -o ${dir}\` (or \`npm start\` for the seeds).`,
        );
      }
      await serveAndWait(folder, flags, 'kg view');
    });

  program
    .command('start')
    .description(
      'build the seed articles into out/ and serve them in the graph viewer (what `npm start` runs)',
    )
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-p, --port <port>', 'port to listen on (0: any free port)', String(DEFAULT_PORT))
    .option('--open', 'open the page in the default browser')
    .action(async (flags: ServeFlags & { out: string }) => {
      parsePort(flags.port);
      const out = resolve(flags.out);
      const { buildOutputs } = await import('../src/run-build');
      const { ensureViewerBundle, installBundle } = await import('./bundle');
      const dist = await ensureViewerBundle();
      // The folder also opens from disk afterwards: index.html + assets/ + graph-data.js, part of the build's set.
      const summary = await buildOutputs([SEEDS_DIR], out, {
        beforeCommit: (dir) => installBundle(dist, dir),
      });
      for (const p of summary.problems) process.stderr.write(`${formatProblem(p)}\n`);
      const c = summary.counts;
      process.stderr.write(
        `kg start: ${c.documents} documents, ${c.relationMentions} relation mentions → ${c.nodes} nodes, ${c.edges} edges in ${flags.out}/\n`,
      );
      await serveAndWait(out, flags, 'kg start');
    });
}
