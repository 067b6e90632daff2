// The command line (`kg`): the only module that prints. Verbs: extract, explain, rules, build,
// neo4j push, view, start.
import { Command } from 'commander';
import { explainSentence } from '../extract/explain';
import { AFFILIATION_RULES, RULES, rulesMarkdown } from '../extract/rules';
import { registerGraphCommands } from '../graph/commands';
import { registerViewerCommands } from '../viewer/commands';
import { EXIT_SKIPPED, formatProblem, KgError } from './errors';
import { chooseInputs } from './input';
import { writeFileAtomic } from './io';
import { SEEDS_DIR } from './paths';
import { DEFAULT_BUDGET_S, parseBudget, runExtraction } from './pipeline';
import { relationsToJsonl } from './relations-jsonl';

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
  .option('--budget <seconds>', 'time one document may take before it is skipped', String(DEFAULT_BUDGET_S))
  .option('-q, --quiet', 'print only the documents skipped, no summary')
  .action((paths: string[], opts: { out?: string; budget: string; quiet?: boolean }) => {
    const budgetSeconds = parseBudget(opts.budget);
    const input = chooseInputs(paths, SEEDS_DIR);
    const run = runExtraction(
      input.paths,
      input.stdin ? { budgetSeconds, stdin: input.stdin } : { budgetSeconds },
    );
    for (const p of run.problems) process.stderr.write(`${formatProblem(p)}\n`);
    if (run.results.length === 0) {
      process.stderr.write(
        'kg/extract: no document could be read, so nothing was written; fix the inputs above\n',
      );
      process.exitCode = 1;
      return;
    }
    const jsonl = relationsToJsonl(run.results);
    if (opts.out) {
      try {
        writeFileAtomic(opts.out, jsonl);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
        throw new KgError('extract', `cannot write ${opts.out} (${code}); choose a writable path with --out`);
      }
    } else process.stdout.write(jsonl);
    if (!opts.quiet && opts.out)
      process.stderr.write(`kg extract: ${run.results.length} documents → ${opts.out}\n`);
    if (run.problems.length > 0) process.exitCode = EXIT_SKIPPED;
  });

program
  .command('explain')
  .description('show how one sentence is read: tokens, mentions, entities, rules that fired or came close')
  .argument('<sentence>', 'an Indonesian sentence')
  .action((sentence: string) => {
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
  .action((opts: { markdown?: boolean }) => {
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

// `npm run bench` reads the peak memory of a run from here.
if (process.env.KG_REPORT_RSS)
  process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`));

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
