// The extraction pool hands outcomes over in input order whatever the number of worker threads,
// and two threads give exactly what one gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultJobs, extractAll, type Outcome } from './extract-pool';
import { SEEDS_DIR } from './paths';
import type { Article } from './schema';

const seeds: Article[] = readdirSync(SEEDS_DIR)
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join(SEEDS_DIR, f), 'utf8'), origin: f }));
// A long article first and short ones after: the short ones finish first, yet must come out after it.
const articles: Article[] = [
  { id: 'long', text: seeds.map((a) => a.text).join('\n\n'), origin: 'long' },
  ...seeds,
  ...seeds.map((a) => ({ ...a, id: `${a.id}#2` })),
];

async function run(jobs: number, jsonl: boolean): Promise<Outcome[]> {
  const out: Outcome[] = [];
  await extractAll(articles, { jobs, jsonl }, (o) => out.push(o));
  return out;
}

describe('extractAll', () => {
  it('gives the same results in input order with two worker threads as in this thread', async () => {
    const here = await run(1, false);
    const two = await run(2, false);
    expect(two.map((o) => o.article.id)).toEqual(articles.map((a) => a.id));
    expect(two).toEqual(here);
    expect(here.some((o) => 'result' in o && (o.result?.relations.length ?? 0) > 0)).toBe(true);
  });
  it('sends back JSON Lines only when asked, the same from workers as from this thread', async () => {
    const here = await run(1, true);
    const two = await run(2, true);
    expect(two).toEqual(here);
    expect(here.every((o) => 'jsonl' in o && o.result === null)).toBe(true);
    expect(here.map((o) => ('jsonl' in o ? o.jsonl : '')).join('')).toContain('"relation":');
  });
});

describe('defaultJobs', () => {
  it.each([
    [500_000, 8, 1],
    [5_000_000, 1, 1],
    [5_000_000, 2, 1],
    [5_000_000, 8, 7],
  ])('%i bytes on %i cores: %i worker(s)', (bytes, cores, want) => {
    expect(defaultJobs(bytes, cores)).toBe(want);
  });
});
