// The build of the shared bench corpus (../shared/corpus/bench) that the bench-corpus browser check
// and `npm run bench` open in the viewer; rebuilt when missing or older than the corpus.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/paths';
import { buildOutputs } from '../src/run-build';

export const BENCH_CORPUS = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'bench', 'news.jsonl');
export const BENCH_BUILD = join(PROJECT_ROOT, 'bench-output', 'bench-corpus');

/** Returns the folder holding graph.json of the bench corpus, building it first if needed. */
export async function benchCorpusBuild(): Promise<string> {
  if (!existsSync(BENCH_CORPUS)) {
    throw new Error(
      `kg/viewer: the bench corpus is missing at ${BENCH_CORPUS}; check out the shared folder beside the project ` +
        '(this check needs ../shared/corpus/bench and is not part of `npm test`).',
    );
  }
  const graph = join(BENCH_BUILD, 'graph.json');
  if (!existsSync(graph) || statSync(graph).mtimeMs < statSync(BENCH_CORPUS).mtimeMs) {
    await buildOutputs([BENCH_CORPUS], BENCH_BUILD, { builtAt: '2024-01-01T00:00:00.000Z' });
  }
  return BENCH_BUILD;
}
