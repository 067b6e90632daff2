// The generated ISO country names match the installed i18n-iso-countries, so an upgrade of the
// package cannot silently leave the lexicon behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ISO_COUNTRIES_FILE, isoCountriesJson } from './iso-countries';

describe('iso-countries.json', () => {
  it('is current; if not, run `npm run gen:countries`', () => {
    expect(readFileSync(ISO_COUNTRIES_FILE, 'utf8')).toBe(isoCountriesJson());
  });
});
