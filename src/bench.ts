// `npm run bench`: throughput of extraction on the bench corpus, graph build stages, viewer load.
// Figures are medians of several runs on this machine; nothing here is asserted by tests.
import { runGraphBench } from '../graph/bench';
import { runViewerBench } from '../viewer/bench';
import { runExtractBench } from './bench-extract';

async function main(): Promise<void> {
  await runExtractBench();
  await runGraphBench();
  await runViewerBench();
}

main().catch((err: unknown) => {
  process.stderr.write(`kg/bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
