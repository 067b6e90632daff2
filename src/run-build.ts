// `kg build` and `kg start`: the one place that runs extraction and then the graph build on its
// results (graph/ never runs extraction itself).
import type { BuildOptions, BuildSummary } from '../graph/build';
import { buildFromResults, corpusLabel, resolveBuildTime } from '../graph/build';
import { runExtraction } from './pipeline';

/**
 * Runs extraction over paths (files or folders) and writes the build into outDir. Used by
 * `kg build` and by `kg start` to build the seeds before serving.
 */
export function buildOutputs(
  paths: readonly string[],
  outDir: string,
  opts: BuildOptions = {},
): BuildSummary {
  // Resolved before the long extraction so a bad KG_BUILD_TIME fails fast.
  const builtAt = opts.builtAt ?? resolveBuildTime();
  opts.onStage?.('extract');
  const run = runExtraction(paths, opts.onProgress ? { onProgress: opts.onProgress } : {});
  const { meta, files } = buildFromResults(run.results, outDir, {
    ...opts,
    builtAt,
    corpus: paths.map(corpusLabel),
  });
  return { outDir, problems: run.problems, counts: meta.counts, files };
}
