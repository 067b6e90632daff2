// The text layer on adversarial input: long runs of one character, of capitals, of punctuation,
// alternating patterns and 1 MB lines. Each function must finish (the run's timeout is the limit)
// with sane output; the rewritten DATELINE must match what the backtracking original matched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleDate, sentenceDate } from './dates';
import { cleanLines, DATELINE, splitSentences, tokenize } from './text';

/** The DATELINE pattern before the rewrite: correct, but n⁶ on a run of capitals. Reference only. */
const BACKTRACKING_DATELINE =
  /^\s*(?:(?:\p{Lu}|\p{Ll}(?=\p{Lu}))[\p{L}\d.]*(?:\s*\([^)]{1,30}\))?[ ,]*){1,6}\s*(?:(?:[-–—]{1,2}|\|)\s+|[–—]{1,2}(?=\p{Lu})|(?<=\s)-{1,2}(?=\p{Lu}))/u;

const MB = 1 << 20;
const fill = (unit: string, size = MB): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Strings built to make backtracking patterns and per-position rescans blow up. */
const ADVERSARIAL: Record<string, string> = {
  capitals: fill('A'),
  'capitals with dots': fill('A.'),
  'capital words': fill('AB '),
  'capitals then a dash': `${fill('JAKARTA ', MB - 3)} - x`,
  lower: fill('a'),
  spaces: `x${fill(' ')}x`,
  'full stops': fill('.'),
  'stops and capitals': fill('. A'),
  commas: fill(','),
  dashes: fill('-'),
  'open parentheses': fill('A ('),
  'parenthesised agencies': fill('A (ANTARA) '),
  newlines: fill('\n'),
  'newline runs then date': `${fill('\n', MB - 20)}date 2024-01-02 x`,
  'baca juga and spaces': `baca juga${fill(' ')}x`,
  initials: fill('A.B.C. '),
  'alternating case': fill('aA'),
  'digits and words': fill('1 Januari '),
  'slash dates': fill('(1/2/'),
  joiners: fill("a-'"),
  'one word no spaces': fill('Kata'),
};

describe('text layer on adversarial strings', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`splits and tokenises ${name} (1 MB) with offsets inside the text`, () => {
      // Plain comparisons counted, not one expect per token: a megabyte holds ~500k tokens.
      let bad = 0;
      for (const l of cleanLines(text)) if (text.slice(l.start, l.end) !== l.text) bad++;
      for (const s of splitSentences(text)) {
        if (text.slice(s.start, s.end) !== s.text) bad++;
        for (const t of tokenize(s.text))
          if (s.text.slice(t.start, t.end) !== t.text || t.end <= t.start) bad++;
      }
      expect(bad).toBe(0);
      expect(DATELINE.exec(text)?.[0].length ?? 0).toBeLessThanOrEqual(text.length);
      const d = articleDate(text);
      if (d !== undefined) expect(d).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
      expect(sentenceDate(text.slice(0, 100_000), '2024-01-02')).toMatch(/^\d{4}-\d{2}/);
    });
  }

  it('cuts the dateline of a 4 KB token of capitals like any other word', () => {
    const text = `${'A'.repeat(4096)} - Menteri Luar Negeri tiba di Kairo pada Senin untuk bertemu mitranya.`;
    expect(cleanLines(text)[0]?.text).toBe(
      'Menteri Luar Negeri tiba di Kairo pada Senin untuk bertemu mitranya.',
    );
  });

  it('finds the date stamp after a run of blank lines', () => {
    expect(articleDate(`\n\n \n\t\ndate 2024-03-05\nisi`)).toBe('2024-03-05');
  });
});

describe('DATELINE rewrite', () => {
  const alphabet = fc.constantFrom(
    'A',
    'B',
    'a',
    '.',
    ' ',
    ',',
    '(',
    ')',
    '-',
    '–',
    '|',
    '\t',
    'É',
    'x',
    '6',
  );
  it('matches exactly what the backtracking pattern matched (fast-check, 3000 strings)', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 16 }), fc.string({ maxLength: 8 }), (chars, tail) => {
        const s = chars.join('') + tail;
        expect(DATELINE.exec(s)?.[0]).toBe(BACKTRACKING_DATELINE.exec(s)?.[0]);
      }),
      { numRuns: 3000, seed: 10 },
    );
  });

  it('agrees on real datelines', () => {
    for (const s of [
      'JAKARTA, Kompas.com - Menlu tiba.',
      'Jakarta (ANTARA) - Presiden',
      'GAZA CITY, KOMPAS.com – Serangan',
      'Washington —Presiden',
      'WASHINGTON DC | Presiden',
      'Jakarta -Presiden',
      'BEIJING, iNews.id – Menteri',
    ])
      expect(DATELINE.exec(s)?.[0]).toBe(BACKTRACKING_DATELINE.exec(s)?.[0]);
  });
});
