// Property-based tests (fast-check) of the whole extractor: random strings, mutated real articles
// and word salad from the lexicons. Each run must end, never throw, keep every offset and span
// inside the text, and give the same result twice. Seeded, so a failure replays.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentResult } from '../src/schema';
import { explainSentence } from './explain';
import { ENTITIES } from './gazetteer';
import { extractDocument, MAX_EVIDENCE_TEXT } from './index';

const HERE = import.meta.dirname;
const SEED_TEXTS = readdirSync(join(HERE, '..', 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(HERE, '..', 'seeds', f), 'utf8'));

/** Every string of a JSON lexicon file (trigger forms, clause words, titles…). */
function lexiconWords(file: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(HERE, 'lexicon', file), 'utf8')));
  return out.filter((w) => w.length < 40 && !w.includes('$'));
}

const VOCAB = [
  ...lexiconWords('triggers.json'),
  ...lexiconWords('words.json'),
  ...[...ENTITIES.values()].map((e) => e.name),
  ...['dan', 'serta', 'yang', ',', '.', '"', '“', '”', '(', ')', '-', 'kata', 'di', 'ke', 'dengan', 'nya'],
];

/** Checks what must hold of any result; returns the broken rules, so fast-check can shrink. */
function problems(text: string, r: DocumentResult): string[] {
  const out: string[] = [];
  for (const s of r.sentences)
    if (s.start < 0 || s.end > text.length || text.slice(s.start, s.end) !== s.text)
      out.push(`sentence ${s.index} offsets`);
  for (const rel of r.relations) {
    const [a, b] = rel.span;
    if (!(Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= text.length))
      out.push(`span ${a}-${b} outside 0-${text.length}`);
    const sent = r.sentences[rel.sentence];
    // Past MAX_EVIDENCE_TEXT a relation carries the stretch of its sentence around the match.
    const own =
      sent &&
      (sent.text.length > MAX_EVIDENCE_TEXT
        ? sent.text.includes(rel.text.replace(/^…|…$/g, ''))
        : sent.text === rel.text);
    if (!sent || !own) out.push(`relation sentence ${rel.sentence}`);
    else if (a < sent.start || b > sent.end) out.push(`span ${a}-${b} outside its sentence`);
  }
  return out;
}

function check(text: string): void {
  const r = extractDocument({ id: 'prop', text, origin: 'prop' });
  expect(problems(text, r)).toEqual([]);
  expect(extractDocument({ id: 'prop', text, origin: 'prop' })).toEqual(r);
}

/** A real article changed by random edits: inserts, deletions, duplications, stops removed, case flips. */
const mutated = fc
  .tuple(
    fc.constantFrom(...SEED_TEXTS),
    fc.array(
      fc.tuple(
        fc.constantFrom('insert', 'delete', 'duplicate', 'unstop', 'upper', 'run'),
        fc.nat(),
        fc.nat({ max: 400 }),
        fc.string({ unit: 'binary', maxLength: 6 }),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([base, edits]) => {
    let t = base;
    for (const [op, at0, len, s] of edits) {
      const at = t.length === 0 ? 0 : at0 % t.length;
      const end = Math.min(t.length, at + len);
      if (op === 'insert') t = t.slice(0, at) + s + t.slice(at);
      else if (op === 'delete') t = t.slice(0, at) + t.slice(end);
      else if (op === 'duplicate') t = t.slice(0, end) + t.slice(at, end).repeat(3) + t.slice(end);
      else if (op === 'unstop') t = t.slice(0, at) + t.slice(at, end).replace(/[.!?\n]/g, ' ') + t.slice(end);
      else if (op === 'upper') t = t.slice(0, at) + t.slice(at, end).toUpperCase() + t.slice(end);
      else t = t.slice(0, at) + (s || 'A').repeat(1 + (len % 200)) + t.slice(at);
    }
    return t;
  });

const salad = fc
  .array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 120 })
  .chain((words) => fc.constantFrom(words.join(' '), `${words.join(' ')}.`, words.join(', ')));

describe('extractor properties (fast-check)', () => {
  it('any string of code points, lone surrogates included: ends, no throw, spans inside (400 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => check(text)),
      { numRuns: 400, seed: 1 },
    );
  });

  it('mutated real articles: ends, no throw, spans inside, same result twice (300 runs)', () => {
    fc.assert(
      fc.property(mutated, (text) => check(text)),
      { numRuns: 300, seed: 2 },
    );
  });

  it('a sentence past MAX_EVIDENCE_TEXT: each relation carries the stretch around its match', () => {
    const text = `${'Rusia dan Iran bertemu dengan Qatar, '.repeat(400)}akhirnya`;
    const r = extractDocument({ id: 'long', text, origin: 'long' });
    expect(r.relations.length).toBeGreaterThan(0);
    for (const rel of r.relations) expect(rel.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_TEXT + 2);
    expect(problems(text, r)).toEqual([]);
  });

  it('word salad of triggers, clause words and entity names (600 runs)', () => {
    fc.assert(
      fc.property(salad, (text) => check(text)),
      { numRuns: 600, seed: 3 },
    );
  });

  it('kg explain on any string never throws and always says something (300 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), salad), (text) => {
        expect(explainSentence(text).length).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
