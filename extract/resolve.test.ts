// Tests of entity resolution: aliases, surnames, titles, unnamed officials, pronouns, capitals.
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index';

const doc = (text: string) => extractDocument({ id: 'doc.txt', text, origin: 'doc.txt' });
const triples = (text: string) =>
  doc(text).relations.map((r) => `${r.subject.name} ${r.relation} ${r.object.name}`);

describe('entity resolution', () => {
  it('reads AS, Amerika Serikat and Negeri Paman Sam as one country', () => {
    const ids = doc(
      'AS mendesak Israel. Amerika Serikat mendesak Hamas. Negeri Paman Sam mendesak Qatar.',
    ).relations.map((r) => r.subject.id);
    expect(new Set(ids)).toEqual(new Set(['country:us']));
  });
  it('maps a surname to the full name used earlier in the article', () => {
    const t = triples(
      'Menteri Luar Negeri Kenya Musalia Mudavadi tiba di Kairo. Mudavadi lalu bertemu dengan Presiden Mesir.',
    );
    expect(t).toContain('Musalia Mudavadi VISITED Kairo');
    expect(t.some((x) => x.startsWith('Musalia Mudavadi MET'))).toBe(true);
  });
  it('strips titles from names and records the role', () => {
    const r = doc('Menlu AS Antony Blinken bertemu dengan PM Benjamin Netanyahu.').relations;
    const met = r.find((x) => x.relation === 'MET');
    expect(met?.subject).toMatchObject({
      name: 'Antony Blinken',
      mention: 'Menlu AS Antony Blinken',
      type: 'PERSON',
    });
    expect(met?.object).toMatchObject({ name: 'Benjamin Netanyahu', mention: 'PM Benjamin Netanyahu' });
    expect(r.find((x) => x.relation === 'AFFILIATED_WITH')).toMatchObject({
      role: 'Menlu',
      object: { name: 'Amerika Serikat' },
    });
  });
  it('lets an unnamed official act for the country', () => {
    expect(triples('Seorang pejabat senior AS mendesak Israel untuk menahan diri.')).toContain(
      'Amerika Serikat URGED Israel',
    );
  });
  it('resolves "ia" to the person the sentence is about', () => {
    expect(
      triples('Menlu Sugiono tiba di Kairo. Ia kemudian bertemu dengan Menlu Mesir Badr Abdelatty.'),
    ).toContain('Sugiono MET Badr Abdelatty');
  });
  it('reads a capital as its government unless it is a place travelled to', () => {
    expect(triples('Washington mendesak Beijing untuk menahan diri.')).toContain(
      'Amerika Serikat URGED China',
    );
    expect(triples('Blinken tiba di Beijing pada Senin.')).toContain('Antony Blinken VISITED Beijing');
  });
  it('lists document entities with aliases and sentence indexes', () => {
    const d = doc('Amerika Serikat (AS) mendesak Israel. AS juga mendesak Hamas.');
    const us = d.entities.find((e) => e.id === 'country:us');
    expect(us?.sentences).toEqual([0, 1]);
    expect(us?.aliases).toEqual(expect.arrayContaining(['Amerika Serikat (AS)', 'AS']));
  });
  it('gives "saya" in a quote to the person it is attributed to', () => {
    const t = triples('“Karena itu saya mengunjungi Kyiv,” kata Presiden Joko Widodo kepada wartawan.');
    expect(t).toContain('Joko Widodo VISITED Kyiv');
  });
  it('reads "ke sana" as the place last named', () => {
    expect(
      triples('Mereka pernah bertemu di Rusia. Saat itu Presiden Kim Jong Un berkunjung ke sana.'),
    ).toContain('Kim Jong Un VISITED Rusia');
  });
  it('counts a city and its country named together as destinations', () => {
    const t = triples('Menlu Sugiono tiba di Kairo, Mesir, pada Senin.');
    expect(t).toEqual(expect.arrayContaining(['Sugiono VISITED Kairo', 'Sugiono VISITED Mesir']));
  });
});
