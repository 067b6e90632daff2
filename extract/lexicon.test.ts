// The lexicons load and validate; a bad entry stops the run with the file and the entry's path.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, countryTable, TRIGGERS } from './lexicon';
import { load, TitlesSchema } from './lexicon-schema';

describe('lexicons', () => {
  it('give Indonesian country names with the aliases the ISO data lacks', () => {
    const us = countryTable().find((c) => c.code === 'US');
    expect(us?.name).toBe('Amerika Serikat');
    expect(us?.aliases).toEqual(expect.arrayContaining(['AS', 'Negeri Paman Sam']));
    expect(countryTable().find((c) => c.code === 'CN')?.aliases).toEqual(
      expect.arrayContaining(['Tiongkok', 'Cina']),
    );
    expect(COUNTRIES.countries.length).toBeGreaterThan(30);
  });
  it('list inflected trigger forms rather than stems', () => {
    expect(TRIGGERS.lists.visit_verbs).toContain('mengunjungi');
    expect(TRIGGERS.lists.urge_verbs).toContain('mendesak');
  });
  it('reject a malformed entry, naming file and entry', () => {
    expect(() =>
      load(
        TitlesSchema,
        { titles: [{ role: '', forms: ['x'] }], honorifics: [], titleModifiers: [] },
        'titles.json',
      ),
    ).toThrow(/kg\/lexicon: invalid extract\/lexicon\/titles\.json at titles\.0\.role/);
  });
});
