// `npm run bench`: time per MB of long single lines, throughput of extraction on the bench corpus,
// graph build stages, viewer load, and `kg neo4j push` into the project's own Neo4j server.
// `npm run bench -- --long-lines` runs the first part only.
// Figures are medians of several runs on this machine; nothing here is asserted by tests.
import { runGraphBench } from '../graph/bench';
import { runNeo4jBench } from '../graph/bench-neo4j';
import { runViewerBench } from '../viewer/bench';
import { runExtractBench } from './bench-extract';
import { runLongLineBench } from './bench-longline';

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-long-lines')) runLongLineBench();
  if (process.argv.includes('--long-lines')) return;
  await runExtractBench();
  await runGraphBench();
  await runViewerBench();
  // The push bench needs Java and Maven for the project's Neo4j server; without them it says why.
  await runNeo4jBench().catch((err: unknown) => {
    process.stdout.write(
      `\n(kg neo4j push bench skipped: ${err instanceof Error ? err.message : String(err)})\n`,
    );
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`kg/bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
