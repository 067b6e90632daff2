// The per-document time budget (--budget), kept apart from the pipeline so the main thread of a
// worker run can read it without loading the extractor.
import { KgError } from './errors';

/** The per-document time budget: far above any real article (a 2 MB single line takes a few seconds). */
export const DEFAULT_BUDGET_S = 60;

/** Reads a --budget value: seconds, a positive number. */
export function parseBudget(value: string): number {
  const n = Number(value);
  if (!(Number.isFinite(n) && n > 0))
    throw new KgError('cli', `--budget must be a positive number of seconds, not "${value}"`);
  return n;
}
