// Table-driven tests of the rule registry: every rule's own example must fire that rule and its
// counterexamples must not yield its relation; plus per-relation tables of sentences we wrote.
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../src/schema';
import { extractDocument } from './index';
import { compilePattern, RULES } from './rules';

const relationsOf = (text: string) => extractDocument({ id: 't.txt', text, origin: 't.txt' }).relations;
const triples = (text: string) =>
  relationsOf(text).map((r) => `${r.subject.name} ${r.relation} ${r.object.name}`);

describe('rule registry', () => {
  it('has unique ids and a rule for every relation type but AFFILIATED_WITH', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const types = new Set(RULES.map((r) => r.relation));
    for (const t of RELATION_TYPES.filter((x) => x !== 'AFFILIATED_WITH')) expect(types.has(t)).toBe(true);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s fires on its own example', (_id, rule) => {
    expect(relationsOf(rule.example).map((r) => r.rule)).toContain(rule.id);
  });

  const counters = RULES.flatMap((r) => r.counterexamples.map((c) => [r.id, c, r.relation] as const));
  it.each(counters)('%s stays silent on "%s"', (_id, sentence, relation) => {
    expect(relationsOf(sentence).filter((r) => r.relation === relation)).toEqual([]);
  });

  it('rejects a pattern it cannot read, naming the rule', () => {
    expect(() => compilePattern('{S} ... Bertemu {O}', 'extract/rules/met.json (rule 9, met/x)')).toThrow(
      /kg\/extract: cannot read "Bertemu" .*met\.json \(rule 9/,
    );
    expect(() => compilePattern('@no_such_list {S}', 'extract/rules/met.json (rule 1)')).toThrow(
      /unknown word list "@no_such_list"/,
    );
  });
});

// Sentences written for these tests (not taken from the gold corpora).
const MUST: [string, string][] = [
  [
    'Menlu Sugiono bertemu dengan Menteri Luar Negeri Jepang Takeshi Iwaya di Tokyo.',
    'Sugiono MET Takeshi Iwaya',
  ],
  [
    'Presiden Prabowo Subianto melakukan panggilan telepon dengan Presiden Vladimir Putin.',
    'Prabowo Subianto MET Vladimir Putin',
  ],
  [
    'Indonesia mendesak Israel dan Hamas untuk segera menyepakati gencatan senjata.',
    'Indonesia URGED Israel',
  ],
  ['Indonesia mendesak Israel dan Hamas untuk segera menyepakati gencatan senjata.', 'Indonesia URGED Hamas'],
  [
    'Mesir dan Qatar terus memediasi perundingan antara Israel dan Hamas.',
    'Qatar MEDIATES konflik Israel–Hamas',
  ],
  ['Turki menjadi mediator Rusia-Ukraina sejak awal perang.', 'Turki MEDIATES perang Rusia–Ukraina'],
  ['Pemerintah Thailand bernegosiasi dengan Kamboja soal perbatasan.', 'Thailand NEGOTIATES_WITH Kamboja'],
  ['Kanselir Jerman Olaf Scholz mengunjungi Beijing pekan lalu.', 'Olaf Scholz VISITED Beijing'],
  ['Menlu Retno Marsudi tiba di Amman, Yordania, pada Senin.', 'Retno Marsudi VISITED Amman'],
  ['Malaysia mengecam Israel atas serangan ke kamp pengungsi.', 'Malaysia CRITICIZED Israel'],
  ['Hamas menolak usulan Israel tentang pertukaran tahanan.', 'Hamas REJECTED Israel'],
  ['Jepang mendukung Ukraina dalam menghadapi invasi.', 'Jepang SUPPORTS Ukraina'],
  ['Rusia menggempur Kharkiv dengan rudal balistik.', 'Rusia ATTACKED Kharkiv'],
  [
    'Menteri Luar Negeri Mesir Badr Abdelatty menerima telepon dari Blinken.',
    'Badr Abdelatty AFFILIATED_WITH Mesir',
  ],
  [
    'Kementerian Luar Negeri Rusia memanggil duta besar Jerman.',
    'Kementerian Luar Negeri Rusia AFFILIATED_WITH Rusia',
  ],
  [
    'Juru bicara Gedung Putih John Kirby menolak berkomentar.',
    'Gedung Putih AFFILIATED_WITH Amerika Serikat',
  ],
];
const MUST_NOT: [string, string][] = [
  ['Presiden Prabowo Subianto tidak bertemu dengan Presiden Vladimir Putin.', 'MET'],
  ['Indonesia mendesak gencatan senjata segera di Gaza.', 'URGED'],
  ['Perundingan tidak langsung antara Iran dan AS dimediasi Oman.', 'NEGOTIATES_WITH'],
  ['Presiden Prabowo Subianto bertemu dengan Presiden Vladimir Putin di Moskow.', 'VISITED'],
  ['Mantan Menteri Luar Negeri Laos Alounkeo Kittikhoun hadir.', 'AFFILIATED_WITH'],
  ['Israel menuduh rumah sakit Indonesia sebagai sarang teroris.', 'CRITICIZED'],
  ['Jepang mendukung pembentukan negara Palestina.', 'SUPPORTS'],
  ['Baca juga: Presiden Joe Biden bertemu dengan Xi Jinping', 'MET'],
];

describe('relations a careful reader finds', () => {
  it.each(MUST)('%s → %s', (sentence, triple) => {
    expect(triples(sentence)).toContain(triple);
  });
  it.each(MUST_NOT)('%s has no %s', (sentence, relation) => {
    expect(relationsOf(sentence).filter((r) => r.relation === relation)).toEqual([]);
  });
});

describe('modality, negation, coordination', () => {
  it('reads a scheduled meeting as planned with CAMEO 036', () => {
    const r = relationsOf('Menlu Sugiono dijadwalkan bertemu dengan Menlu China Wang Yi di Beijing.').find(
      (x) => x.relation === 'MET',
    );
    expect(r?.modality).toBe('planned');
    expect(r?.cameo).toBe('036');
  });
  it('reads a reported meeting as asserted', () => {
    const r = relationsOf('Menlu Sugiono telah bertemu dengan Menlu China Wang Yi.').find(
      (x) => x.relation === 'MET',
    );
    expect(r?.modality).toBe('asserted');
  });
  it('drops a negated act', () => {
    expect(relationsOf('Menlu Sugiono belum bertemu dengan Menlu China Wang Yi.')).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ relation: 'MET' })]),
    );
  });
  it('multiplies coordinated objects', () => {
    const t = triples('Uni Eropa mendesak Rusia, Ukraina, dan Belarus untuk menahan diri.');
    expect(t).toEqual(
      expect.arrayContaining(['Uni Eropa URGED Rusia', 'Uni Eropa URGED Ukraina', 'Uni Eropa URGED Belarus']),
    );
  });
  it('gives every pair of a three-way call a MET', () => {
    const t = triples(
      'Percakapan telepon antara Presiden Joe Biden, Perdana Menteri Fumio Kishida, dan Presiden Yoon Suk Yeol berlangsung Senin.',
    );
    expect(t).toEqual(
      expect.arrayContaining([
        'Joe Biden MET Fumio Kishida',
        'Joe Biden MET Yoon Suk Yeol',
        'Fumio Kishida MET Yoon Suk Yeol',
      ]),
    );
  });
});

describe('rules documentation', () => {
  it('extract/rules/README.md lists the registry as it is (regenerate with npx kg rules --markdown)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { rulesMarkdown } = await import('./rules');
    expect(readFileSync(join(import.meta.dirname, 'rules', 'README.md'), 'utf8')).toBe(rulesMarkdown());
  });
});
