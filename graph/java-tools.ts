// The project's two small Java programs (graph/neo4j-server, graph/gephi-check): built with Maven into
// target/ (the local repository is Maven's default, ~/.m2, so a second build is offline), run with
// the classpath Maven wrote. Used by `npm run neo4j:server`, the live tests and the bench.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../src/errors';
import { PROJECT_ROOT } from '../src/paths';

export type JavaTool = 'neo4j-server' | 'gephi-check';

const MAIN_CLASS: Readonly<Record<JavaTool, string>> = {
  'neo4j-server': 'kabar.Neo4jServer',
  'gephi-check': 'kabar.GephiCheck',
};

function toolDir(tool: JavaTool): string {
  return join(PROJECT_ROOT, 'graph', tool);
}

function newestSource(dir: string): number {
  let newest = statSync(join(dir, 'pom.xml')).mtimeMs;
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  walk(join(dir, 'src'));
  return newest;
}

/** Compiles the tool unless target/ is newer than its sources; returns the java command line. */
export function buildJavaTool(tool: JavaTool): string[] {
  const dir = toolDir(tool);
  const cpFile = join(dir, 'target', 'classpath.txt');
  const stamp = join(dir, 'target', 'classes');
  if (!existsSync(cpFile) || !existsSync(stamp) || statSync(cpFile).mtimeMs < newestSource(dir)) {
    // The first build fetches the dependencies from Maven Central; later ones find them in ~/.m2.
    const args = [
      '-q',
      '-B',
      '-Dstyle.color=never',
      'compile',
      'dependency:build-classpath',
      `-Dmdep.outputFile=${cpFile}`,
    ];
    const res = spawnSync('mvn', args, { cwd: dir, stdio: ['ignore', 'inherit', 'inherit'] });
    if (res.error !== undefined) {
      throw new KgError('java', `cannot run mvn (${res.error.message}); install Maven and Java 17`);
    }
    if (res.status !== 0) {
      throw new KgError('java', `mvn failed to build ${dir} (exit ${res.status}); see its output above`);
    }
    // Maven leaves an unchanged classpath file alone; its time marks this build.
    const now = new Date();
    utimesSync(cpFile, now, now);
  }
  const cp = `${join(dir, 'target', 'classes')}:${readFileSync(cpFile, 'utf8').trim()}`;
  return ['-cp', cp, MAIN_CLASS[tool]];
}

export interface Neo4jServer {
  uri: string;
  /** e.g. "Neo4j/5.26.30", as the server reports it through Cypher */
  version: string;
  user: string;
  password: string;
  /** The folder LOAD CSV reads file:/// URLs from. */
  importDir: string;
  stop: () => Promise<void>;
}

/**
 * The server's memory: KG_NEO4J_HEAP (the JVM's -Xmx, default 4g) and KG_NEO4J_PAGECACHE_MB (the
 * store's page cache, default 1024). A 2 GB heap with a 256 MB cache held a push of the synthetic
 * 100k-edge graph to ~20k relationships/s; 4 GB with 1 GB gave ~26k (npm run bench:neo4j).
 */
export function serverMemoryArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const heap = env.KG_NEO4J_HEAP || '4g';
  const cache = env.KG_NEO4J_PAGECACHE_MB || '1024';
  if (!/^\d+[mg]$/i.test(heap)) {
    throw new KgError('neo4j-server', `KG_NEO4J_HEAP="${heap}" is not a size; use e.g. 4g or 2048m`);
  }
  if (!/^\d+$/.test(cache) || Number(cache) < 8) {
    throw new KgError('neo4j-server', `KG_NEO4J_PAGECACHE_MB="${cache}" is not a size in MB; use e.g. 1024`);
  }
  return [`-Xmx${heap}`, `-Dkabar.pagecacheMb=${cache}`];
}

const READY = /^neo4j ready: (\S+) version (\S+) user (\S+) password (\S+) import (.+)$/;

/**
 * Builds and starts the in-process Neo4j server. It reads nothing from stdin and stops when stdin
 * closes, so it cannot outlive this process.
 */
export async function startNeo4jServer(password = 'kabar-graph', timeoutMs = 240_000): Promise<Neo4jServer> {
  const javaArgs = buildJavaTool('neo4j-server');
  const child = spawn('java', [...serverMemoryArgs(), ...javaArgs, '--until-stdin-closes'], {
    env: { ...process.env, NEO4J_PASSWORD: password },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (b: Buffer) => {
    log = (log + b.toString()).slice(-4000);
  });
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const stop = async (): Promise<void> => {
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise<Neo4jServer>((resolve, reject) => {
    let out = '';
    const fail = (why: string): void => {
      child.kill('SIGKILL');
      reject(new KgError('neo4j-server', `${why}; its log ends:\n${log}`));
    };
    const timer = setTimeout(() => fail(`no ready line in ${timeoutMs / 1000} s`), timeoutMs);
    const onExit = (code: number | null): void => {
      clearTimeout(timer);
      fail(`java exited with code ${code} before the server was ready`);
    };
    child.once('exit', onExit);
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const line = out.split('\n').find((l) => READY.test(l));
      const m = line === undefined ? null : READY.exec(line);
      if (m === null) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      resolve({
        uri: m[1] ?? '',
        version: m[2] ?? '',
        user: m[3] ?? '',
        password: m[4] ?? '',
        importDir: m[5] ?? '',
        stop,
      });
    });
  });
}
