// `kg view`'s web server: plain node:http, bound to 127.0.0.1, serving the page from viewer/dist
// and graph.json (and GEXF, etc.) from the build folder. Read-only; never lists directories; only
// regular files inside the folders once symlinks are resolved, no dotfiles, only local Host names.
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path';

export interface ServeOptions {
  /** The build folder: graph.json, graph.gexf, … */
  dir: string;
  /** Where index.html and assets/ come from; defaults to `dir` (a folder with the viewer installed). */
  bundleDir?: string;
  /** 0 picks any free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.gexf': 'application/xml; charset=utf-8',
  '.graphml': 'application/xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.jsonl': 'application/x-ndjson; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.cypher': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Defence in depth for untrusted article text: no inline script, no foreign origins. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const hidden = (rel: string): boolean => rel.split(sep).some((part) => part === '..' || part.startsWith('.'));

/**
 * Maps a URL path to a regular file under root, or null: outside root once symlinks are resolved
 * (a link to / stays out), a dotfile or dot-folder (.env, .git/) on the way, or no such file.
 */
function fileUnder(root: string, urlPath: string): string | null {
  const rel = normalize(urlPath).replace(/^([/\\])+/, '');
  if (hidden(rel)) return null;
  try {
    const realRoot = realpathSync(root);
    const real = realpathSync(join(realRoot, rel));
    const inside = relative(realRoot, real);
    if (inside === '' || isAbsolute(inside) || hidden(inside)) return null;
    return statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

/** Host names a page of this server is reached by; anything else is DNS rebinding or a proxy. */
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function hostAllowed(host: string | undefined, own: string): boolean {
  if (host === undefined) return false;
  const name = host.replace(/:\d+$/, '').toLowerCase();
  return LOCAL_HOSTS.has(name) || name === own.toLowerCase();
}

function isBundlePath(p: string): boolean {
  return p === '/' || p === '/index.html' || p.startsWith('/assets/');
}

export function resolveRequest(opts: ServeOptions, rawUrl: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const target = path === '/' ? '/index.html' : path;
  if (opts.bundleDir !== undefined && isBundlePath(path)) return fileUnder(opts.bundleDir, target);
  return fileUnder(opts.dir, target);
}

function handle(opts: ServeOptions, req: IncomingMessage, res: ServerResponse): void {
  if (!hostAllowed(req.headers.host, opts.host ?? '127.0.0.1')) {
    res
      .writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('kg/viewer: unknown Host; open http://127.0.0.1:PORT/\n');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveRequest(opts, req.url ?? '/');
  if (file === null) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    // Gone between the lookup and now (a build switching in): as if it had never been there.
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

export function serveViewer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!existsSync(opts.dir)) {
    return Promise.reject(
      new Error(`kg/viewer: folder ${opts.dir} does not exist; build one with \`kg build\`.`),
    );
  }
  const server = createServer((req, res) => {
    // No request may take the server down: whatever goes wrong answers this request alone.
    try {
      handle(opts, req, res);
    } catch {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
    }
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `kg/viewer: port ${opts.port} is in use; pass another --port, or --port 0 for any free port.`,
            )
          : new Error(`kg/viewer: cannot listen on ${host}:${opts.port ?? 0}: ${err.message}`),
      );
    });
    server.listen(opts.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
