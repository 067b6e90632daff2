// The spine: read the inputs, run extraction over each article, collect results and problems.
import { extractDocument } from '../extract/index';
import type { InputProblem } from './errors';
import { readInputs } from './input';
import type { DocumentResult } from './schema';

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
  onProgress?: (done: number, total: number) => void;
}

/** Like runExtraction, over worker threads, handing results over in input order. */
export async function runExtractionParallel(
  paths: readonly string[],
  opts: ParallelRunOptions,
): Promise<{ problems: InputProblem[]; documents: number }> {
  const { defaultJobs, extractAll } = await import('./extract-pool');
  const { articles, problems } = readInputs(paths);
  const jobs = opts.jobs ?? defaultJobs(articles.reduce((n, a) => n + a.text.length, 0));
  let documents = 0;
  let n = 0;
  await extractAll(articles, { jobs, jsonl: opts.jsonl === true }, (o) => {
    n++;
    if ('error' in o) problems.push({ origin: o.article.origin, reason: `extraction failed: ${o.error}` });
    else {
      documents++;
      opts.onResult(o);
    }
    opts.onProgress?.(n, articles.length);
  });
  return { problems, documents };
}
