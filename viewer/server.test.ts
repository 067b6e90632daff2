// The static server: page from the bundle folder, data from the build folder, nothing outside them.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePort } from './commands';
import { type RunningServer, resolveRequest, serveViewer } from './server';

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kg-server-'));
  mkdirSync(join(root, 'out'));
  mkdirSync(join(root, 'bundle', 'assets'), { recursive: true });
  writeFileSync(join(root, 'out', 'graph.json'), '{"x":1}');
  writeFileSync(join(root, 'out', 'graph.gexf'), '<gexf/>');
  writeFileSync(join(root, 'bundle', 'index.html'), '<!doctype html><title>page</title>');
  writeFileSync(join(root, 'bundle', 'assets', 'app.js'), 'void 0;');
  writeFileSync(join(root, 'secret.txt'), 'no');
  writeFileSync(join(root, 'out', '.env'), 'TOKEN=x');
  mkdirSync(join(root, 'out', '.git'));
  writeFileSync(join(root, 'out', '.git', 'config'), '[core]');
  symlinkSync('/', join(root, 'out', 'rootfs'));
  symlinkSync(join(root, 'secret.txt'), join(root, 'out', 'leak.txt'));
  symlinkSync('.env', join(root, 'out', 'env.txt'));
  symlinkSync('graph.json', join(root, 'out', 'alias.json'));
  server = await serveViewer({ dir: join(root, 'out'), bundleDir: join(root, 'bundle'), port: 0 });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('serveViewer', () => {
  it('listens on 127.0.0.1 and serves the page with a strict CSP', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await res.text()).toContain('<title>page</title>');
    expect((await fetch(`${server.url}assets/app.js`)).headers.get('content-type')).toContain('javascript');
  });
  it('serves graph.json and graph.gexf from the build folder', async () => {
    const res = await fetch(`${server.url}graph.json?v=2`);
    expect(await res.json()).toEqual({ x: 1 });
    expect((await fetch(`${server.url}graph.gexf`)).headers.get('content-type')).toContain('xml');
    const head = await fetch(`${server.url}graph.json`, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe('7');
  });
  it('answers 404 for missing files and paths that climb out', async () => {
    expect((await fetch(`${server.url}nope.json`)).status).toBe(404);
    expect((await fetch(`${server.url}%2e%2e/secret.txt`)).status).toBe(404);
    expect(resolveRequest({ dir: join(root, 'out') }, '/../secret.txt')).toBeNull();
    expect(resolveRequest({ dir: join(root, 'out') }, '/..%2fsecret.txt')).toBeNull();
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });
  it('does not follow symlinks out of the folder (a link to / or to a file beside it)', async () => {
    expect((await fetch(`${server.url}rootfs/etc/passwd`)).status).toBe(404);
    expect((await fetch(`${server.url}leak.txt`)).status).toBe(404);
    expect(await (await fetch(`${server.url}alias.json`)).json()).toEqual({ x: 1 });
  });
  it('serves no dotfiles or dot-folders, not even through a link', async () => {
    for (const p of ['.env', '.git/config', '%2eenv', 'env.txt'])
      expect((await fetch(`${server.url}${p}`)).status, p).toBe(404);
  });
  it('answers only requests for 127.0.0.1 or localhost (no DNS rebinding)', async () => {
    const status = (host: string) =>
      new Promise<number>((done, fail) => {
        const req = request(
          { host: '127.0.0.1', port: server.port, path: '/graph.json', headers: { Host: host } },
          (res) => {
            res.resume();
            done(res.statusCode ?? 0);
          },
        );
        req.on('error', fail);
        req.end();
      });
    expect(await status('evil.example')).toBe(403);
    expect(await status('evil.example:8484')).toBe(403);
    expect(await status(`localhost:${server.port}`)).toBe(200);
    expect(await status(`127.0.0.1:${server.port}`)).toBe(200);
  });
  it('survives malformed requests and files vanishing while they are served', async () => {
    expect((await fetch(`${server.url}%E0%A4%A`)).status).toBe(404);
    expect((await fetch(`${server.url}${'a/'.repeat(2000)}x`)).status).toBe(404);
    // Another process creates and deletes a file as fast as it can while it is requested.
    const churn = spawn('bash', [
      '-c',
      `for i in $(seq 3000); do echo x > "${join(root, 'out', 'flap.json')}"; rm -f "${join(root, 'out', 'flap.json')}"; done`,
    ]);
    const codes = new Set<number>();
    for (let i = 0; i < 300; i++)
      codes.add((await fetch(`${server.url}flap.json`).catch(() => ({ status: -1 }))).status);
    churn.kill();
    for (const c of codes) expect([200, 404, -1]).toContain(c);
    expect((await fetch(`${server.url}graph.json`)).status).toBe(200);
  });
  it('says how to fix a busy port', async () => {
    await expect(serveViewer({ dir: join(root, 'out'), port: server.port })).rejects.toThrow(/--port 0/);
  });
});

describe('parsePort', () => {
  it('accepts 0..65535 and explains anything else', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8484')).toBe(8484);
    expect(() => parsePort('http')).toThrow(/kg\/viewer: --port must be a whole number/);
    expect(() => parsePort('70000')).toThrow(/65535/);
  });
});
