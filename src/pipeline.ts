// The spine: read the inputs, run extraction over each article, collect results and problems.
import { extractDocument } from '../extract/index';
import { type InputProblem, KgError } from './errors';
import { readInputs } from './input';
import type { DocumentResult } from './schema';

export interface ExtractionRun {
  results: DocumentResult[];
  problems: InputProblem[];
}

export interface RunOptions {
  onProgress?: (done: number, total: number) => void;
  /** Seconds one document may take before it is reported and skipped (default DEFAULT_BUDGET_S). */
  budgetSeconds?: number;
  /** The bytes of standard input, for the path "-". */
  stdin?: () => Uint8Array;
}

/** The per-document time budget: far above any real article (a 2 MB single line takes a few seconds). */
export const DEFAULT_BUDGET_S = 60;

/** Reads a --budget value: seconds, a positive number. */
export function parseBudget(value: string): number {
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0))
    throw new KgError('cli', `--budget must be a positive number of seconds, not "${value}"`);
  return n;
}

export function runExtraction(paths: readonly string[], opts: RunOptions = {}): ExtractionRun {
  const { articles, problems } = opts.stdin ? readInputs(paths, opts.stdin) : readInputs(paths);
  const results: DocumentResult[] = [];
  const budgetMs = (opts.budgetSeconds ?? DEFAULT_BUDGET_S) * 1000;
  articles.forEach((a, i) => {
    try {
      results.push(extractDocument(a, { budgetMs }));
    } catch (err) {
      const message = err instanceof KgError ? err.message : `extraction failed: ${(err as Error).message}`;
      problems.push({ origin: a.origin, reason: message });
    }
    opts.onProgress?.(i + 1, articles.length);
  });
  return { results, problems };
}
