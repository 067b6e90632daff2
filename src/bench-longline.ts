// `npm run bench`, long lines: time per MB of single lines with no full stop, 10 KB to 2 MB, made
// from the seed articles and from adversarial patterns. Linear time shows as a flat column.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../extract/index';
import { median } from './bench-extract';
import { SEEDS_DIR } from './paths';

const SIZES_KB = [10, 100, 500, 1000, 2000];

/** The seed articles as one line: stops and line breaks turned into commas and spaces. */
function seedLine(): string {
  const text = readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'))
    .join(' ');
  return text.replace(/[.!?]/g, ',').replace(/\s+/g, ' ');
}

/** Lines and the sizes they are run at: the adversarial ones are slow per MB, so they stop at 200 KB. */
const LINES: Record<string, { unit: () => string; sizes: number[] }> = {
  'seed articles, stops removed': { unit: seedLine, sizes: SIZES_KB },
  'capitals, one token': { unit: () => 'A', sizes: SIZES_KB },
  '"dengan Iran bertemu" repeated': { unit: () => 'dengan Iran bertemu ', sizes: [10, 50, 200] },
  '"Rusia dan Iran dan …" list': { unit: () => 'Rusia dan Iran dan ', sizes: [10, 50, 200] },
};

function lineOf(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** Median ms per MB of extracting one line of each size (3 runs each, after one warm-up). */
function msPerMb(unit: string, sizes: readonly number[]): number[] {
  extractDocument({ id: 'warm', text: lineOf(unit, 10_000), origin: 'bench' });
  return sizes.map((kb) => {
    const text = lineOf(unit, kb * 1000);
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      extractDocument({ id: 'line', text, origin: 'bench' });
      runs.push(performance.now() - t0);
    }
    return median(runs) / (kb / 1000);
  });
}

const size = (kb: number): string => (kb >= 1000 ? `${kb / 1000} MB` : `${kb} KB`);

export function runLongLineBench(): void {
  process.stdout.write('## Long single lines: ms per MB (median of 3 runs per size)\n');
  for (const [name, { unit, sizes }] of Object.entries(LINES)) {
    const ms = msPerMb(unit(), sizes);
    const ratio = (ms[ms.length - 1] ?? 0) / (ms[0] || 1);
    const cells = sizes.map((kb, k) => `${size(kb)} ${Math.round(ms[k] ?? 0)}`).join(', ');
    process.stdout.write(`${name}: ${cells}; largest ÷ smallest ${ratio.toFixed(2)}\n`);
  }
  process.stdout.write('\n');
}
