// `kg build` and `kg start`: the one place that runs extraction and then the graph build on its
// results (graph/ never runs extraction itself).
import type { BuildOptions, BuildSummary } from '../graph/build';
import { buildLocked, corpusLabel, resolveBuildTime } from '../graph/build';
import { runExtractionParallel } from './extract-pool';
import { lockOutputDir } from './outdir';
import type { DocumentResult } from './schema';

/**
 * Runs extraction over paths (files or folders, "-" for stdin) and writes the build into outDir, all
 * or nothing. Used by `kg build` and by `kg start` to build the seeds before serving.
 */
export async function buildOutputs(
  paths: readonly string[],
  outDir: string,
  opts: BuildOptions & { jobs?: number } = {},
): Promise<BuildSummary> {
  // Resolved before the long extraction so a bad KG_BUILD_TIME fails fast; the lock is taken
  // first too, so a second build into the same folder is refused at once, not after extracting.
  const builtAt = opts.builtAt ?? resolveBuildTime();
  const unlock = lockOutputDir(outDir);
  try {
    opts.onStage?.('extract');
    const results: DocumentResult[] = [];
    const run = await runExtractionParallel(paths, {
      ...(opts.jobs === undefined ? {} : { jobs: opts.jobs }),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      ...(opts.budgetSeconds !== undefined ? { budgetSeconds: opts.budgetSeconds } : {}),
      ...(opts.stdin ? { stdin: opts.stdin } : {}),
      onResult: ({ result }) => {
        if (result) results.push(result);
      },
    });
    if (results.length === 0) {
      const counts = { documents: 0, sentences: 0, relationMentions: 0, nodes: 0, edges: 0 };
      return { outDir, built: false, problems: run.problems, counts, files: [] };
    }
    const { meta, files } = buildLocked(results, outDir, {
      ...opts,
      builtAt,
      corpus: paths.map(corpusLabel),
    });
    return { outDir, built: true, problems: run.problems, counts: meta.counts, files };
  } finally {
    unlock();
  }
}
