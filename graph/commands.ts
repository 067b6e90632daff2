// CLI verbs of the graph layer: `kg build` (extraction → graph → every export) and `kg neo4j push`.
// The only graph/ module that prints: problems, a summary line, and progress bars on stderr.
import type { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { DEFAULT_BUDGET_S, parseBudget } from '../src/budget';
import { EXIT_SKIPPED, formatProblem } from '../src/errors';
import { parseJobs } from '../src/extract-pool';
import { chooseInputs } from '../src/input';
import { SEEDS_DIR } from '../src/paths';
import type { buildOutputs } from '../src/run-build';

/** Stages of `kg build` after extraction, in order: the export stages share one bar. */
const EXPORT_STAGES = ['relations.jsonl', 'documents.jsonl', 'graph.json', 'graph.gexf', 'neo4j'];

interface Progress {
  /** Counted work of the current stage (documents extracted, layout iterations, rows pushed). */
  update: (done: number, total: number) => void;
  /** Names the stage that starts now; counted stages get their own bar. */
  stage: (name: string) => void;
  stop: () => void;
}

/**
 * Progress bars on stderr, only on a terminal (logs and pipes stay clean): one bar for extraction,
 * one for the layout's iterations, one over the export stages; other stages get a line.
 * cli-progress is loaded only when a bar will be drawn: every `kg` run (extract too) loads this
 * module, and the package's load cost ~30 ms of start-up that quiet, piped or logged runs never use.
 */
async function progressBar(label: string, first: string, quiet = false): Promise<Progress> {
  const quietRun: Progress = { update: () => {}, stage: () => {}, stop: () => {} };
  if (quiet || process.stderr.isTTY !== true) return quietRun;
  const Bar = (await import('cli-progress')).SingleBar;
  let bar: SingleBar | undefined;
  let current = first;
  const start = (name: string, total: number): SingleBar => {
    bar?.stop();
    current = name;
    const b = new Bar({
      stream: process.stderr,
      format: `${label}: ${name} [{bar}] {value}/{total} {eta_formatted}`,
      hideCursor: true,
    });
    b.start(total, 0);
    bar = b;
    return b;
  };
  return {
    update(done, total) {
      (bar && current !== 'export' ? bar : start(current, total)).update(done);
    },
    stage(name) {
      const i = EXPORT_STAGES.indexOf(name);
      if (i >= 0) {
        if (current !== 'export') start('export', EXPORT_STAGES.length);
        bar?.update(i, { stage: name });
        return;
      }
      bar?.stop();
      bar = undefined;
      current = name;
      if (name !== 'extract' && name !== 'layout') process.stderr.write(`${label}: ${name}…\n`);
    },
    stop() {
      if (current === 'export') bar?.update(EXPORT_STAGES.length);
      bar?.stop();
      bar = undefined;
    },
  };
}

interface BuildFlags {
  out: string;
  merge?: boolean;
  jobs?: string;
  budget: string;
  quiet?: boolean;
}

export interface GraphCommandHooks {
  /** Prepares what a build adds to its folder before it is switched in (the viewer page). */
  prepare?: () => Promise<(dir: string) => void>;
}

export function registerGraphCommands(program: Command, hooks: GraphCommandHooks = {}): void {
  program
    .command('build')
    .description(
      'extract relations and build the graph with its exports: relations.jsonl, documents.jsonl, graph.json, graph.gexf, neo4j/',
    )
    .argument(
      '[paths...]',
      'files or folders to read; "-" reads standard input (default: piped stdin, else seeds/)',
    )
    .option('-o, --out <dir>', 'output folder', 'out')
    .option(
      '-m, --merge',
      'add these documents to the build already in --out instead of rebuilding from scratch',
    )
    .option(
      '-j, --jobs <n>',
      'worker threads for extraction (default: all cores but one on inputs of 1 MB or more)',
    )
    .option('--budget <seconds>', 'time one document may take before it is skipped', String(DEFAULT_BUDGET_S))
    .option('-q, --quiet', 'no progress bar and no summary line; only the documents skipped')
    .action(async (paths: string[], opts: BuildFlags) => {
      const budgetSeconds = parseBudget(opts.budget);
      const jobs = opts.jobs === undefined ? undefined : parseJobs(opts.jobs);
      const input = chooseInputs(paths, SEEDS_DIR);
      const bar = await progressBar('kg build', 'extract', opts.quiet === true);
      // Loaded here, not at the top, so `kg extract` does not pay for graphology and the exporters.
      const { buildOutputs } = await import('../src/run-build');
      const beforeCommit = await hooks.prepare?.();
      let summary: Awaited<ReturnType<typeof buildOutputs>>;
      try {
        summary = await buildOutputs(input.paths, opts.out, {
          merge: opts.merge === true,
          ...(jobs === undefined ? {} : { jobs }),
          onProgress: bar.update,
          onStage: bar.stage,
          layout: { onProgress: bar.update },
          budgetSeconds,
          ...(input.stdin ? { stdin: input.stdin } : {}),
          ...(beforeCommit ? { beforeCommit } : {}),
        });
      } finally {
        bar.stop();
      }
      for (const p of summary.problems) process.stderr.write(`${formatProblem(p)}\n`);
      if (!summary.built) {
        process.stderr.write(
          `kg/build: no document could be read, so ${opts.out}/ was left as it was; fix the inputs above\n`,
        );
        process.exitCode = 1;
        return;
      }
      const c = summary.counts;
      if (!opts.quiet)
        process.stderr.write(
          `kg build: ${c.documents} documents, ${c.relationMentions} relation mentions → ${c.nodes} nodes, ${c.edges} edges in ${opts.out}/\n`,
        );
      if (summary.problems.length > 0) process.exitCode = EXIT_SKIPPED;
    });

  const neo = program.command('neo4j').description('Neo4j: push a build to a live server');
  neo
    .command('push')
    .description('write graph.json and its lexical layer to Neo4j 5 or 4.4 (idempotent: MERGE everywhere)')
    .option('-d, --dir <dir>', 'build folder to push (written by kg build)', 'out')
    .option('--uri <uri>', 'server, e.g. bolt://localhost:7687 (env NEO4J_URI)')
    .option('--user <user>', 'user name (env NEO4J_USER; default neo4j)')
    .option('--password <password>', 'password (env NEO4J_PASSWORD)')
    .option('--database <name>', 'database (env NEO4J_DATABASE; default: the server default)')
    .action(
      async (opts: { dir: string; uri?: string; user?: string; password?: string; database?: string }) => {
        const { connectionFrom, loadRows, pushToNeo4j } = await import('./neo4j-push');
        const conn = connectionFrom(opts);
        const rows = loadRows(opts.dir);
        const bar = await progressBar('kg neo4j push', 'rows');
        try {
          const s = await pushToNeo4j(rows, { ...conn, onProgress: bar.update });
          bar.stop();
          process.stderr.write(
            `kg neo4j push: Neo4j ${s.serverVersion} at ${conn.uri}: ${s.rows} rows, created ${s.nodesCreated} nodes, ${s.relationshipsCreated} relationships, ${s.constraintsAdded} constraints\n`,
          );
        } finally {
          bar.stop();
        }
      },
    );
}
