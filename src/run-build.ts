// `kg build` and `kg start`: the one place that runs extraction and then the graph build on its
// results (graph/ never runs extraction itself).
import type { BuildOptions, BuildSummary } from '../graph/build';
import { buildFromResults, corpusLabel, resolveBuildTime } from '../graph/build';
import { runExtractionParallel } from './extract-pool';
import type { DocumentResult } from './schema';

/**
 * Runs extraction over paths (files or folders) and writes the build into outDir. Used by
 * `kg build` and by `kg start` to build the seeds before serving.
 */
export async function buildOutputs(
  paths: readonly string[],
  outDir: string,
  opts: BuildOptions & { jobs?: number } = {},
): Promise<BuildSummary> {
  // Resolved before the long extraction so a bad KG_BUILD_TIME fails fast.
  const builtAt = opts.builtAt ?? resolveBuildTime();
  opts.onStage?.('extract');
  const results: DocumentResult[] = [];
  const run = await runExtractionParallel(paths, {
    ...(opts.jobs === undefined ? {} : { jobs: opts.jobs }),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    onResult: ({ result }) => {
      if (result) results.push(result);
    },
  });
  const { meta, files } = buildFromResults(results, outDir, {
    ...opts,
    builtAt,
    corpus: paths.map(corpusLabel),
  });
  return { outDir, problems: run.problems, counts: meta.counts, files };
}
