// Extraction over worker threads: each loads the extractor once; articles go out as workers
// free up and results come back in input order, so output is byte-identical whatever the job count.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { DEFAULT_BUDGET_S } from './budget';
import type { InputProblem } from './errors';
import { KgError } from './errors';
import { planInputs, streamInputs } from './input-stream';
import { relationsToJsonl } from './relations-jsonl';
import type { Article, DocumentResult } from './schema';

/** What a worker sends back for one article of a batch. */
export interface DocReply {
  /** The document's result; null when it failed or only its JSON Lines were asked for. */
  result: DocumentResult | null;
  /** Its relations as JSON Lines, when asked for instead of the result. */
  jsonl: string;
  /** Why extraction failed; empty when it did not. */
  error: string;
}

/** A batch of articles for a worker, numbered in input order. */
export interface WorkerJob {
  seq: number;
  articles: Article[];
}

/** A worker's answer to one batch: a reply per article, in the batch's order. */
export interface WorkerReply {
  seq: number;
  replies: DocReply[];
}

/** One article's outcome, delivered in input order: its result or JSON Lines, or why it failed. */
export type Outcome =
  | { article: Article; result: DocumentResult | null; jsonl: string }
  | { article: Article; error: string };

export interface PoolOptions {
  /** Worker threads; 1 extracts in this thread. */
  jobs: number;
  /** Deliver only the relations as JSON Lines (result null): less to send between threads. */
  jsonl: boolean;
  /** Awaited before each article is taken: backpressure from the output. */
  ready?: () => Promise<void>;
  /** Milliseconds one document may take (extractDocument's budget). */
  budgetMs?: number;
}

/** The problem text for a failed document: a KgError (the budget) as it is, else "extraction failed". */
export function failureReason(err: unknown): string {
  return err instanceof KgError ? err.message : `extraction failed: ${(err as Error).message}`;
}

/**
 * Articles go to a worker in batches of up to this many (or BATCH_CHARS of text, whichever comes
 * first): one message per article woke the main thread ~3,500 times on the bench corpus, and on two
 * cores each wake-up took a core from a worker (postMessage was 7–9 % of the workers' profile).
 */
const BATCH_DOCS = 16;
const BATCH_CHARS = 1 << 16;

/** Batches a worker holds at once: the one it works on and the next, so it never waits for work. */
const WINDOW = 2;

/**
 * Workers leave functions with more bytecode than this to the baseline compiler. Each worker is a
 * cold isolate that optimises the extractor afresh, and with every core busy extracting, V8's
 * optimising compiles of the big functions (analyse, splitLine, resolveDocument: recompiled up to 9
 * times after deopts) took CPU from the extraction itself: on 2 cores, --jobs 2 ran the bench corpus
 * ~18 % faster with this limit. One thread (--jobs 1) keeps the default: a core is free for the
 * compiler there, and the limit cost it wall time. V8 flags are per process, read when a function is
 * optimised, so it is set before the workers start and reset once they are gone.
 */
const WORKER_MAX_OPTIMIZED_BYTECODE = 500;

/** Reads --jobs. */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw new KgError('extract', `--jobs must be a whole number from 1 to 256, not "${value}"`);
  return n;
}

/**
 * Default --jobs: every core but one on inputs big enough to repay the workers' start-up, else
 * one. The spare core is for the main thread (reading, ordering, writing) and V8's compiler and GC
 * threads: on 2 cores, 2 workers ran the bench corpus in 1.25× the time of 1 (npm run bench).
 */
export function defaultJobs(inputBytes: number, cores: number = availableParallelism()): number {
  return inputBytes >= 1_000_000 ? Math.max(1, cores - 1) : 1;
}

/**
 * The worker script: the compiled one beside the bundle, or (running from source, in development and
 * tests) the TypeScript one, loaded through tsx's loader registered inside the worker.
 */
function startWorker(jsonl: boolean, budgetMs: number | undefined): Worker {
  const workerData = { jsonl, budgetMs };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./extract-worker.mjs', import.meta.url), { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
}

function extractHere(
  extractDocument: (a: Article, o: { budgetMs?: number }) => DocumentResult,
  article: Article,
  opts: PoolOptions,
): Outcome {
  const jsonl = opts.jsonl;
  try {
    const result = extractDocument(article, opts.budgetMs === undefined ? {} : { budgetMs: opts.budgetMs });
    return jsonl
      ? { article, result: null, jsonl: relationsToJsonl([result]) }
      : { article, result, jsonl: '' };
  } catch (err) {
    return { article, error: failureReason(err) };
  }
}

/**
 * Extracts every article with opts.jobs worker threads (in this thread when it is 1) and hands each
 * outcome to `sink` in input order. Articles are pulled from the iterable only as workers free up,
 * so a streamed input is never read far ahead.
 */
export async function extractAll(
  articles: AsyncIterable<Article> | Iterable<Article>,
  opts: PoolOptions,
  sink: (o: Outcome) => void,
): Promise<void> {
  if (opts.jobs <= 1) {
    // Loaded here: with workers, only they load the lexicons and compile the rules.
    const { extractDocument } = await import('../extract/index');
    for await (const a of articles) {
      await opts.ready?.();
      sink(extractHere(extractDocument, a, opts));
    }
    return;
  }
  setFlagsFromString(`--max-optimized-bytecode-size=${WORKER_MAX_OPTIMIZED_BYTECODE}`);
  const workers = Array.from({ length: opts.jobs }, () => startWorker(opts.jsonl, opts.budgetMs));
  try {
    await runPool(articles, workers, sink, opts.ready);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    // Back to V8's default for what runs next in this thread (kg build's layout).
    setFlagsFromString('--max-optimized-bytecode-size=61440');
  }
}

async function runPool(
  articles: AsyncIterable<Article> | Iterable<Article>,
  workers: Worker[],
  sink: (o: Outcome) => void,
  ready?: () => Promise<void>,
): Promise<void> {
  const sent = new Map<number, Article[]>();
  const done = new Map<number, Outcome[]>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  const flush = (): void => {
    for (let batch = done.get(next); batch !== undefined; batch = done.get(next)) {
      done.delete(next);
      next++;
      for (const o of batch) sink(o);
    }
  };
  for (const w of workers) {
    w.on('message', (r: WorkerReply) => {
      const batch = sent.get(r.seq) as Article[];
      sent.delete(r.seq);
      load.set(w, (load.get(w) ?? 1) - 1);
      done.set(
        r.seq,
        batch.map((article, i) => outcomeOf(article, r.replies[i] as DocReply)),
      );
      flush();
      wake?.();
    });
    w.on('error', (err) => {
      failure = new Error(`kg/extract: a worker thread failed: ${err.message}`);
      wake?.();
    });
  }
  const idle = (): Worker | undefined => leastLoaded(workers, load);
  const waitFor = (ready: () => boolean): Promise<void> =>
    new Promise((res) => {
      const check = (): void => {
        if (failure || ready()) {
          wake = null;
          res();
        } else wake = check;
      };
      check();
    });
  let seq = 0;
  const send = async (batch: Article[]): Promise<void> => {
    await waitFor(() => idle() !== undefined);
    if (failure) throw failure;
    const w = idle() as Worker;
    load.set(w, (load.get(w) ?? 0) + 1);
    sent.set(seq, batch);
    w.postMessage({ seq: seq++, articles: batch } satisfies WorkerJob);
  };
  for await (const batch of batches(articles, ready)) await send(batch);
  await waitFor(() => sent.size === 0);
  if (failure) throw failure;
}

/** The least loaded worker, if any has room in its window. */
function leastLoaded(workers: readonly Worker[], load: ReadonlyMap<Worker, number>): Worker | undefined {
  let best: Worker | undefined;
  for (const w of workers) if ((load.get(w) ?? 0) < (best ? (load.get(best) ?? 0) : WINDOW)) best = w;
  return best;
}

function outcomeOf(article: Article, r: DocReply): Outcome {
  return r.error ? { article, error: r.error } : { article, result: r.result, jsonl: r.jsonl };
}

/** The articles in batches of BATCH_DOCS or BATCH_CHARS, the last one short; `ready` is awaited per article. */
async function* batches(
  articles: AsyncIterable<Article> | Iterable<Article>,
  ready?: () => Promise<void>,
): AsyncGenerator<Article[]> {
  let batch: Article[] = [];
  let chars = 0;
  for await (const article of articles) {
    await ready?.();
    batch.push(article);
    chars += article.text.length;
    if (batch.length < BATCH_DOCS && chars < BATCH_CHARS) continue;
    yield batch;
    batch = [];
    chars = 0;
  }
  if (batch.length > 0) yield batch;
}

export interface ParallelRunOptions {
  /** Worker threads; 1 extracts in this thread; default: all cores but one on inputs of 1 MB or more. */
  jobs?: number;
  /** Each document's outcome, in input order: its result, or (with `jsonl`) its relations' lines. */
  onResult: (r: { result: DocumentResult | null; jsonl: string }) => void;
  /** Ask for JSON Lines instead of results (cheaper between threads). */
  jsonl?: boolean;
  /** Awaited before each article is handed out: lets a slow output (a pipe) hold the reading back. */
  ready?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
  /** Seconds one document may take before it is reported and skipped (default DEFAULT_BUDGET_S). */
  budgetSeconds?: number;
  /** The bytes of standard input, for the path "-". */
  stdin?: () => Uint8Array;
}

/**
 * Like runExtraction, streamed and over worker threads: articles are read one at a time as workers
 * free up and results handed over in input order, so memory stays bounded by the largest article.
 * Progress counts input bytes.
 */
export async function runExtractionParallel(
  paths: readonly string[],
  opts: ParallelRunOptions,
): Promise<{ problems: InputProblem[]; documents: number }> {
  const plan = planInputs(paths);
  const problems: InputProblem[] = [];
  let readBytes = 0;
  const sizes = new Map<string, number>();
  function* articles(): Generator<Article> {
    for (const item of opts.stdin ? streamInputs(plan, opts.stdin) : streamInputs(plan)) {
      if ('problem' in item) {
        problems.push(item.problem);
        readBytes += item.bytes;
        opts.onProgress?.(readBytes, plan.bytes);
      } else {
        sizes.set(item.article.origin, item.bytes);
        yield item.article;
      }
    }
  }
  let documents = 0;
  const jobs = opts.jobs ?? defaultJobs(plan.bytes);
  await extractAll(
    articles(),
    {
      jobs,
      jsonl: opts.jsonl === true,
      budgetMs: (opts.budgetSeconds ?? DEFAULT_BUDGET_S) * 1000,
      ...(opts.ready ? { ready: opts.ready } : {}),
    },
    (o) => {
      readBytes += sizes.get(o.article.origin) ?? 0;
      sizes.delete(o.article.origin);
      if ('error' in o) problems.push({ origin: o.article.origin, reason: o.error });
      else {
        documents++;
        opts.onResult(o);
      }
      opts.onProgress?.(readBytes, plan.bytes);
    },
  );
  return { problems, documents };
}
