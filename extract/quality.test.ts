// Quality gate: runs the shared scorer on the seed gold and all 50 dev articles together and fails
// below the figures the project promises: micro P ≥ 0.90 and F1 ≥ 0.85, and F1 ≥ 0.80 for each of MET,
// URGED, MEDIATES, VISITED, CRITICIZED, ATTACKED and AFFILIATED_WITH.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths';
import { runExtraction } from '../src/pipeline';
import { relationsToJsonl } from '../src/relations-jsonl';

const SHARED = join(PROJECT_ROOT, '..', 'shared');
const SCORER = join(SHARED, 'eval', 'score.mjs');

interface Score {
  total: { p: number; r: number; f1: number };
  perType: Record<string, { tp: number; fp: number; fn: number; f1: number }>;
}

function score(goldDir: string, relFile: string): Score {
  return JSON.parse(
    execFileSync(process.execPath, [SCORER, goldDir, relFile, '--json'], { encoding: 'utf8' }),
  ) as Score;
}

describe('extraction quality against the gold', () => {
  let dir = '';
  let rel = '';
  beforeAll(() => {
    if (!existsSync(SCORER))
      throw new Error(`kg/test: the scorer is missing at ${SCORER}; check out ../shared beside the project`);
    dir = mkdtempSync(join(tmpdir(), 'kg-quality-'));
    rel = join(dir, 'relations.jsonl');
    const run = runExtraction([join(SHARED, 'seeds'), join(SHARED, 'corpus', 'dev', 'docs')]);
    writeFileSync(rel, relationsToJsonl(run.results));
  });

  it('seeds + dev: micro precision ≥ 0.90 and F1 ≥ 0.85, and F1 ≥ 0.80 for the seven main types', () => {
    const both = join(dir, 'gold-both');
    mkdirSync(both);
    for (const d of [join(SHARED, 'gold'), join(SHARED, 'corpus', 'dev', 'gold')])
      for (const f of readdirSync(d).filter((x) => x.endsWith('.json')))
        copyFileSync(join(d, f), join(both, f));
    const s = score(both, rel);
    expect(s.total.p, 'micro precision').toBeGreaterThanOrEqual(0.9);
    expect(s.total.f1, 'micro F1').toBeGreaterThanOrEqual(0.85);
    for (const t of ['MET', 'URGED', 'MEDIATES', 'VISITED', 'CRITICIZED', 'ATTACKED', 'AFFILIATED_WITH'])
      expect(s.perType[t]?.f1, t).toBeGreaterThanOrEqual(0.8);
  });
});
