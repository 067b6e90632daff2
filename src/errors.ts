// Errors the user can act on: each names the module, the input (file:line) and how to fix it.

/** A document that could not be read; the run goes on without it and exits non-zero at the end. */
export interface InputProblem {
  origin: string;
  reason: string;
}

/** Exit code when some documents were skipped but the rest were processed. */
export const EXIT_SKIPPED = 2;

export class KgError extends Error {
  constructor(module: string, message: string) {
    super(`kg/${module}: ${message}`);
    this.name = 'KgError';
  }
}

export function formatProblem(p: InputProblem): string {
  return `kg/input: skipped ${p.origin}: ${p.reason}`;
}
