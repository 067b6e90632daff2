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
