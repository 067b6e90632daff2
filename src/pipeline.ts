// The spine: read the inputs, run extraction over each article, collect results and problems.
import { extractDocument } from '../extract/index';
import type { InputProblem } from './errors';
import { readInputs } from './input';
import { planInputs, streamInputs } from './input-stream';
import type { Article, DocumentResult } from './schema';

export interface ExtractionRun {
  results: DocumentResult[];
  problems: InputProblem[];
}

export interface RunOptions {
  onProgress?: (done: number, total: number) => void;
}

export function runExtraction(paths: readonly string[], opts: RunOptions = {}): ExtractionRun {
  const { articles, problems } = readInputs(paths);
  const results: DocumentResult[] = [];
  articles.forEach((a, i) => {
    try {
      results.push(extractDocument(a));
    } catch (err) {
      problems.push({ origin: a.origin, reason: `extraction failed: ${(err as Error).message}` });
    }
    opts.onProgress?.(i + 1, articles.length);
  });
  return { results, problems };
}

export interface ParallelRunOptions {
  /** Worker threads; 1 extracts in this thread; default: all cores on inputs of 1 MB or more. */
  jobs?: number;
  /** Each document's outcome, in input order: its result, or (with `jsonl`) its relations' lines. */
  onResult: (r: { result: DocumentResult | null; jsonl: string }) => void;
  /** Ask for JSON Lines instead of results (cheaper between threads). */
  jsonl?: boolean;
  /** Awaited before each article is handed out: lets a slow output (a pipe) hold the reading back. */
  ready?: () => Promise<void>;
  onProgress?: (done: number, total: number) => void;
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
  const { defaultJobs, extractAll } = await import('./extract-pool');
  const plan = planInputs(paths);
  const problems: InputProblem[] = [];
  let readBytes = 0;
  const sizes = new Map<string, number>();
  function* articles(): Generator<Article> {
    for (const item of streamInputs(plan)) {
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
    { jobs, jsonl: opts.jsonl === true, ...(opts.ready ? { ready: opts.ready } : {}) },
    (o) => {
      readBytes += sizes.get(o.article.origin) ?? 0;
      sizes.delete(o.article.origin);
      if ('error' in o) problems.push({ origin: o.article.origin, reason: `extraction failed: ${o.error}` });
      else {
        documents++;
        opts.onResult(o);
      }
      opts.onProgress?.(readBytes, plan.bytes);
    },
  );
  return { problems, documents };
}
