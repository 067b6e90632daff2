// The spine: read the inputs, run extraction over each article, collect results and problems.
import { extractDocument } from '../extract/index';
import { DEFAULT_BUDGET_S } from './budget';
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

export { DEFAULT_BUDGET_S, parseBudget } from './budget';

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
