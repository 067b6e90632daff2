// Table tests of the rule engine alone (slots → candidates): subject strategies, groups, control,
// conditions and their reasons. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { type DocContext, matchSentence } from './engine';
import { analyse } from './index';
import { NEED_SETS, RULES } from './rules';

/** Every candidate of the first sentence as "rule: S REL O", and the near misses as "rule: reason". */
function run(text: string): { fired: string[]; misses: string[] } {
  const a = analyse(text);
  const last = a.sentences.length - 1;
  const ctx = a.context[last] as DocContext;
  const r = matchSentence(a.inputs[last]?.toks ?? [], a.slots[last] ?? [], ctx, true);
  return {
    fired: r.candidates.map((c) => `${c.rule.id}: ${c.subject.ref.name} ${c.relation} ${c.object.ref.name}`),
    misses: r.misses.map((m) => `${m.rule}: ${m.reason}`),
  };
}

const FIRES: [strategy: string, text: string, want: string][] = [
  [
    'clause subject',
    'Presiden Kenya, usai tiba di Accra, mengecam Mali.',
    'criticized/verb: Kenya CRITICIZED Mali',
  ],
  [
    'subject after a fronted clause',
    'Usai bertemu Presiden Ghana, Presiden Kenya mengecam Mali.',
    'criticized/verb: Kenya CRITICIZED Mali',
  ],
  [
    'relative clause',
    'Presiden Kenya mengunjungi Ghana, yang mengecam Mali.',
    'criticized/verb: Ghana CRITICIZED Mali',
  ],
  [
    'slot before the trigger',
    'Presiden Kenya dan Presiden Ghana bertemu di Accra.',
    'met/pair-verb: Kenya MET Ghana',
  ],
  ['group before the trigger', 'Kenya, Ghana dan Togo bertemu di Accra.', 'met/group-verb: Kenya MET Togo'],
  [
    'object control',
    'Presiden Kenya meminta Ghana untuk mengecam Mali.',
    'criticized/verb: Ghana CRITICIZED Mali',
  ],
  [
    'nearest actor',
    'Dukungan Kenya terhadap Ghana dalam melawan invasi Mali berlanjut.',
    'attacked/resisted: Mali ATTACKED Ghana',
  ],
  [
    'possessive',
    'Presiden Kenya William Ruto tiba di Accra. Kunjungannya ke Ghana berlangsung dua hari.',
    'visited/possessive: William Ruto VISITED Ghana',
  ],
  [
    'mutual',
    'Kenya dan Ghana saling menuding soal perbatasan.',
    'criticized/reciprocal: Ghana CRITICIZED Kenya',
  ],
];

const MISSES: [condition: string, text: string, want: string][] = [
  [
    'unless in-sentence',
    'Portugal akan bertemu dengan Ghana pada laga kedua Grup A.',
    'met/verb-dengan: the sentence reports sport, not politics',
  ],
  [
    'unless object-after-trigger',
    'Presiden Kenya dan Presiden Ghana bertemu dengan Presiden Togo.',
    'met/group-verb: the verb has its own object',
  ],
  ['negation', 'Presiden Kenya tidak bertemu dengan Presiden Ghana.', 'met/verb-dengan: negated'],
  [
    'require before-object',
    'Rusia menyerang infrastruktur energi di Ukraina.',
    'attacked/verb-people-of: killing or holding people counts against the party',
  ],
];

describe('rule engine', () => {
  it.each(FIRES)('%s: "%s" fires %s', (_s, text, want) => {
    expect(run(text).fired).toContain(want);
  });
  it.each(MISSES)('%s: "%s" is stopped with the reason "%s"', (_c, text, want) => {
    const r = run(text);
    expect(r.misses.some((m) => m.startsWith(want))).toBe(true);
    const id = want.split(':')[0] as string;
    expect(r.fired.filter((f) => f.startsWith(`${id}:`))).toEqual([]);
  });
});

/** Every sentence of a text, matched as explain does: candidates and near misses, one string each. */
function matchAll(text: string, prefilter: boolean): string[] {
  const a = analyse(text);
  return a.sentences.flatMap((_s, k) => {
    const ctx = a.context[k] as DocContext;
    const r = matchSentence(a.inputs[k]?.toks ?? [], a.slots[k] ?? [], ctx, true, prefilter);
    return [
      ...r.candidates.map(
        (c) => `${c.rule.id}@${c.anchor}: ${c.subject.ref.id} ${c.relation} ${c.object.ref.id}`,
      ),
      ...r.misses.map((m) => `${m.rule}@${m.at}: ${m.reason}`),
    ];
  });
}

describe('rule prefilter', () => {
  it('reads the required words after the anchor, optional ones left out', () => {
    const rule = RULES.find((r) => r.id === 'met/and-with');
    // (dengan|bersama) twice is one set, checked once.
    expect(rule?.needs.map((n) => [...(NEED_SETS[n] ?? [])])).toEqual([
      ['bersama', 'dengan'],
      ['dan', 'serta'],
    ]);
  });
  // The rules' own examples and counterexamples, and the sentences above: the prefilter only
  // answers early what matching the rule would have answered, reason included.
  const texts = [
    ...RULES.flatMap((r) => [r.example, ...r.counterexamples]),
    ...FIRES.map((f) => f[1]),
    ...MISSES.map((m) => m[1]),
  ];
  it.each(texts)('changes nothing on "%s"', (text) => {
    expect(matchAll(text, true)).toEqual(matchAll(text, false));
  });
});
