// `npm run bench`, extraction part: throughput of `kg extract` on the bench corpus (MB/s and
// sentences/s, medians of several runs) in-process and as the real CLI, and the CLI's peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../extract/index';
import { readInputs } from './input';
import { PROJECT_ROOT } from './paths';

const CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'bench', 'news.jsonl');
const RUNS = Number(process.env.KG_BENCH_RUNS ?? 5) || 5;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export async function runExtractBench(): Promise<void> {
  if (!existsSync(CORPUS))
    throw new Error(`the bench corpus is missing at ${CORPUS}; check out ../shared beside the project`);
  const { articles } = readInputs([CORPUS]);
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let sentences = 0;
  let relations = 0;
  const walls: number[] = [];
  const cpus: number[] = [];
  // One warm-up run lets the JIT settle; the figures are the median of the runs after it.
  for (let r = 0; r <= RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let s = 0;
    let rel = 0;
    for (const a of articles) {
      const d = extractDocument(a);
      s += d.sentences.length;
      rel += d.relations.length;
    }
    const wall = (performance.now() - t0) / 1000;
    const c = process.cpuUsage(c0);
    if (r === 0) continue;
    walls.push(wall);
    cpus.push((c.user + c.system) / 1e6);
    sentences = s;
    relations = rel;
  }
  const out = join(PROJECT_ROOT, 'bench-output', 'extract');
  mkdirSync(out, { recursive: true });
  const cliWalls: number[] = [];
  const rss: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    const p = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'bin', 'kg.mjs'), 'extract', CORPUS, '--out', join(out, 'relations.jsonl')],
      {
        encoding: 'utf8',
        env: { ...process.env, KG_REPORT_RSS: '1' },
      },
    );
    cliWalls.push((performance.now() - t0) / 1000);
    const m = /maxRSS (\d+)/.exec(p.stderr);
    if (m) rss.push(Number(m[1]) / 1024);
    if (p.status !== 0 && p.status !== 2) throw new Error(`kg extract failed: ${p.stderr.trim()}`);
  }
  const mb = bytes / 1e6;
  const w = median(walls);
  const cw = median(cliWalls);
  const lines = [
    `## kg extract on ${CORPUS.split('/').slice(-3).join('/')}`,
    `${articles.length} articles, ${mb.toFixed(2)} MB of text, ${sentences} sentences, ${relations} relations`,
    `in-process (median of ${RUNS} after a warm-up): ${w.toFixed(2)} s wall, ${median(cpus).toFixed(2)} s CPU → ${(mb / w).toFixed(2)} MB/s, ${Math.round(sentences / w)} sentences/s`,
    `CLI end to end (median of 3, startup and writing included): ${cw.toFixed(2)} s → ${(mb / cw).toFixed(2)} MB/s, ${Math.round(sentences / cw)} sentences/s, peak RSS ${rss.length ? Math.round(median(rss)) : '?'} MB`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
