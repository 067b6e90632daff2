// `npm run bench`, extraction part: `kg extract` as a whole process on the bench corpus with one and
// with all workers, beside a peer (compromise) and a floor (a regex pass); start-up time; peak memory
// on the corpus and on ten copies of it; time on 1/8, 1/4, 1/2 and all of it. One table, one run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { splitSentences } from '../extract/text';
import { PROJECT_ROOT } from './paths';

const CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'bench', 'news.jsonl');
const OUT = join(PROJECT_ROOT, 'bench-output', 'extract');
const KG = join(PROJECT_ROOT, 'bin', 'kg.mjs');
const PEER = join(PROJECT_ROOT, 'src', 'bench-peer.mjs');
const RUNS = Number(process.env.KG_BENCH_RUNS ?? 3) || 3;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

interface Run {
  /** Wall time of the whole process, start-up and writing included, in seconds. */
  wall: number;
  /** Peak resident memory in MB (the process and its worker threads). */
  rssMb: number;
  /** User + system CPU seconds of the process and its threads: less sensitive to load than wall. */
  cpu: number;
}

/** Runs a node script as a whole process; the peak memory is read from GNU time's %M. */
function run(args: readonly string[]): Run {
  const t0 = performance.now();
  const p = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M cpu=%U+%S', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const wall = (performance.now() - t0) / 1000;
  if (p.error) throw new Error(`cannot run /usr/bin/time (apt-get install time): ${p.error.message}`);
  if (p.status !== 0 && p.status !== 2)
    throw new Error(`node ${args.join(' ')} failed (${p.status}): ${p.stderr.trim().slice(-500)}`);
  const m = /maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)/.exec(p.stderr);
  return m
    ? { wall, rssMb: Number(m[1]) / 1024, cpu: Number(m[2]) + Number(m[3]) }
    : { wall, rssMb: Number.NaN, cpu: Number.NaN };
}

function runs(n: number, args: readonly string[]): Run {
  const all = Array.from({ length: n }, () => run(args));
  return {
    wall: median(all.map((r) => r.wall)),
    rssMb: median(all.map((r) => r.rssMb)),
    cpu: median(all.map((r) => r.cpu)),
  };
}

const kgExtract = (input: string, jobs: number): string[] => [
  KG,
  'extract',
  input,
  '--jobs',
  String(jobs),
  '--out',
  join(OUT, 'relations.jsonl'),
];

/** Writes the first `fraction` of the corpus lines, or `copies` concatenated copies with fresh ids. */
function corpusVariant(lines: readonly string[], name: string, fraction: number, copies = 1): string {
  const path = join(OUT, name);
  const take = lines.slice(0, Math.round(lines.length * fraction));
  const out: string[] = [];
  for (let k = 0; k < copies; k++)
    for (const l of take) {
      if (k === 0) out.push(l);
      else {
        const o = JSON.parse(l) as { id: string };
        out.push(JSON.stringify({ ...o, id: `${o.id}~${k}` }));
      }
    }
  writeFileSync(path, `${out.join('\n')}\n`);
  return path;
}

export async function runExtractBench(): Promise<void> {
  if (!existsSync(CORPUS))
    throw new Error(`the bench corpus is missing at ${CORPUS}; check out ../shared beside the project`);
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'cli.mjs'))) throw new Error('run `npm run build` first');
  mkdirSync(OUT, { recursive: true });
  const lines = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  // Sentences as kg counts them (its splitter), so sentences/s of all rows share one count.
  const sentences = lines.reduce(
    (n, l) => n + splitSentences((JSON.parse(l) as { text: string }).text).length,
    0,
  );
  const mb = statSync(CORPUS).size / 1e6;
  const jobs = availableParallelism();
  const seed = join(PROJECT_ROOT, 'seeds', '000_e4f47d1ea02cc990.txt');
  const node0 = runs(5, ['-e', '0']);
  const small = runs(5, [KG, 'extract', seed, '--out', join(OUT, 'seed.jsonl')]);
  const one = runs(RUNS, kgExtract(CORPUS, 1));
  const all = jobs > 1 ? runs(RUNS, kgExtract(CORPUS, jobs)) : one;
  const floor = runs(RUNS, [PEER, 'floor', CORPUS]);
  const peer = run([PEER, 'peer', CORPUS]);
  const ten = run(kgExtract(corpusVariant(lines, 'news-10x.jsonl', 1, 10), jobs));
  const scale = [1 / 8, 1 / 4, 1 / 2].map((f) => ({
    f,
    wall: run(kgExtract(corpusVariant(lines, `news-${f}.jsonl`, f), jobs)).wall,
  }));
  scale.push({ f: 1, wall: all.wall });
  rmSync(OUT, { recursive: true, force: true });

  const row = (name: string, r: Run): string =>
    `| ${name} | ${r.wall.toFixed(2)} | ${(mb / r.wall).toFixed(2)} | ${Math.round(sentences / r.wall)} | ${r.cpu.toFixed(2)} | ${(mb / r.cpu).toFixed(2)} | ${Math.round(r.rssMb)} |`;
  const ratio = (a: Run, b: Run): string => (b.wall / a.wall).toFixed(2);
  const lines2 = [
    `## kg extract, whole process, on ${CORPUS.split('/').slice(-3).join('/')} (Node ${process.version}, ${jobs} cores)`,
    `${lines.length} articles, ${mb.toFixed(2)} MB, ${sentences} sentences (kg's splitter); medians of ${RUNS} runs, peer once`,
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other processes share the cores; ratios in one run are fairer than absolutes)`,
    '',
    '| process | wall s | MB/s | sentences/s | CPU s | MB per CPU s | peak RSS MB |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('kg extract --jobs 1', one),
    row(`kg extract --jobs ${jobs}`, all),
    row('peer: compromise/one, Indonesian lexicon, 3 match patterns', peer),
    row('floor: regex tokenising pass', floor),
    '',
    `wall: kg (${jobs} workers) / peer: ${ratio(all, peer)}×; kg / floor: ${ratio(all, floor)}×; ${jobs} workers / 1: ${ratio(all, one)}×; kg (1 worker) / peer: ${ratio(one, peer)}×`,
    `CPU: kg (1 worker) / peer: ${(peer.cpu / one.cpu).toFixed(2)}×; kg / floor: ${(floor.cpu / one.cpu).toFixed(2)}×; ${jobs} workers use ${(all.cpu / one.cpu).toFixed(2)}× the CPU of 1`,
    `start-up: kg extract of one seed file ${small.wall.toFixed(2)} s, node -e 0 ${node0.wall.toFixed(2)} s → +${(small.wall - node0.wall).toFixed(2)} s`,
    `peak RSS: corpus ${Math.round(all.rssMb)} MB, ten copies (${(mb * 10).toFixed(0)} MB) ${Math.round(ten.rssMb)} MB → ×${(ten.rssMb / all.rssMb).toFixed(2)}; ten copies took ${ten.wall.toFixed(1)} s (${((mb * 10) / ten.wall).toFixed(2)} MB/s)`,
    `scaling (${jobs} workers): ${scale.map((s) => `${s.f === 1 ? '1' : `1/${Math.round(1 / s.f)}`}: ${s.wall.toFixed(2)} s`).join(', ')}; per MB: ${scale.map((s) => ((s.wall - node0.wall) / (mb * s.f)).toFixed(2)).join(', ')} s`,
    '',
  ];
  process.stdout.write(`${lines2.join('\n')}\n`);
}
