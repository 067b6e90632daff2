// `npm run bench`: time per MB of long single lines, throughput of extraction on the bench corpus,
// graph build stages, viewer load. `npm run bench -- --long-lines` runs the first part only.
// Figures are medians of several runs on this machine; nothing here is asserted by tests.
import { runGraphBench } from '../graph/bench';
import { runViewerBench } from '../viewer/bench';
import { runExtractBench } from './bench-extract';
import { runLongLineBench } from './bench-longline';

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-long-lines')) runLongLineBench();
  if (process.argv.includes('--long-lines')) return;
  await runExtractBench();
  await runGraphBench();
  await runViewerBench();
}

main().catch((err: unknown) => {
  process.stderr.write(`kg/bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
