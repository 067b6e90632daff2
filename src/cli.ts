// The command line (`kg`): the only module that prints. Verbs: extract, explain, rules, build,
// neo4j push, view, start.
import { Command } from 'commander';
import { registerGraphCommands } from '../graph/commands';
import { registerViewerCommands } from '../viewer/commands';
import { DEFAULT_BUDGET_S, parseBudget } from './budget';
import { EXIT_SKIPPED, formatProblem, KgError } from './errors';
import { parseJobs, runExtractionParallel } from './extract-pool';
import { chooseInputs } from './input';
import { type AtomicFile, openAtomic } from './io';
import { SEEDS_DIR } from './paths';

const program = new Command();
program
  .name('kg')
  .description('kabar-graph: a knowledge graph of international politics from Indonesian news')
  .version('0.1.0');

// `kg extract … | head`: the reader went away, so there is no one left to tell; end quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

program
  .command('extract')
  .description(
    'extract relations from articles (.txt, .jsonl, folders, "-" for stdin; default: piped stdin, else seeds/) as JSON Lines',
  )
  .argument('[paths...]', 'files or folders to read; "-" reads standard input', [])
  .option('-o, --out <file>', 'write to this file instead of stdout')
  .option(
    '-j, --jobs <n>',
    'worker threads for extraction (default: all cores but one on inputs of 1 MB or more)',
  )
  .option('--budget <seconds>', 'time one document may take before it is skipped', String(DEFAULT_BUDGET_S))
  .option('-q, --quiet', 'print only the documents skipped, no summary')
  .action(async (paths: string[], opts: { out?: string; jobs?: string; budget: string; quiet?: boolean }) => {
    const jobs = opts.jobs === undefined ? undefined : parseJobs(opts.jobs);
    const budgetSeconds = parseBudget(opts.budget);
    const input = chooseInputs(paths, SEEDS_DIR);
    // Streamed: each document's lines are written as soon as it and all before it are done.
    const file = opts.out ? openOut(opts.out) : null;
    let run: Awaited<ReturnType<typeof runExtractionParallel>>;
    try {
      run = await runExtractionParallel(input.paths, {
        ...(jobs === undefined ? {} : { jobs }),
        budgetSeconds,
        ...(input.stdin ? { stdin: input.stdin } : {}),
        jsonl: true,
        onResult: ({ jsonl: lines }) => {
          if (lines === '') return;
          if (file) file.write(lines);
          else process.stdout.write(lines);
        },
        // A slow reader of stdout holds the reading back instead of output piling up in memory.
        ready: () =>
          file || !process.stdout.writableNeedDrain
            ? Promise.resolve()
            : new Promise((res) => process.stdout.once('drain', () => res())),
      });
    } catch (err) {
      file?.abort();
      throw err;
    }
    for (const p of run.problems) process.stderr.write(`${formatProblem(p)}\n`);
    if (run.documents === 0) {
      file?.abort();
      process.stderr.write(
        'kg/extract: no document could be read, so nothing was written; fix the inputs above\n',
      );
      process.exitCode = 1;
      return;
    }
    file?.commit();
    if (!opts.quiet && opts.out)
      process.stderr.write(`kg extract: ${run.documents} documents → ${opts.out}\n`);
    if (run.problems.length > 0) process.exitCode = EXIT_SKIPPED;
  });

program
  .command('explain')
  .description('show how one sentence is read: tokens, mentions, entities, rules that fired or came close')
  .argument('<sentence>', 'an Indonesian sentence')
  .action(async (sentence: string) => {
    // Loaded on use, like the rules below: only the verbs that need the extractor load it here.
    const { explainSentence } = await import('../extract/explain');
    if (sentence.trim() === '')
      throw new KgError(
        'explain',
        'the sentence is empty; give one, e.g. kg explain "Menlu Retno bertemu Blinken."',
      );
    process.stdout.write(explainSentence(sentence));
  });

program
  .command('rules')
  .description('list the relation rules of the registry: id, relation, pattern and example')
  .option('--markdown', 'print the table that extract/rules/README.md holds')
  .action(async (opts: { markdown?: boolean }) => {
    const { AFFILIATION_RULES, RULES, rulesMarkdown } = await import('../extract/rules');
    if (opts.markdown) {
      process.stdout.write(rulesMarkdown());
      return;
    }
    const rows = [
      ...RULES.map((r) => [r.id, r.relation, r.pattern, r.example]),
      ...AFFILIATION_RULES.map((r) => [r.id, r.relation, r.pattern, r.example]),
    ];
    const w = Math.max(...rows.map((r) => (r[0] as string).length));
    for (const [id, rel, pattern, example] of rows)
      process.stdout.write(
        `${(id as string).padEnd(w)}  ${(rel as string).padEnd(15)}  ${pattern}\n${' '.repeat(w + 19)}e.g. ${example}\n`,
      );
  });

// The viewer page is copied next to every build so out/index.html opens from disk.
registerGraphCommands(program, {
  prepare: async () => {
    const { ensureViewerBundle, installBundle } = await import('../viewer/bundle');
    const dist = await ensureViewerBundle();
    return (dir) => installBundle(dist, dir);
  },
});
registerViewerCommands(program);

/** Opens --out for a streamed write; an unwritable path is named with what to do. */
function openOut(path: string): AtomicFile {
  try {
    return openAtomic(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new KgError('extract', `cannot write ${path} (${code}); choose a writable path with --out`);
  }
}

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
