// Writes extract/lexicon/iso-countries.json: every ISO 3166 country code with its Indonesian names,
// from i18n-iso-countries. Runs only when that package is upgraded (`npm run gen:countries`), so the
// CLI reads 5 kB of JSON instead of loading the package with all its locales at every start.
import countries from 'i18n-iso-countries';
import idLocale from 'i18n-iso-countries/langs/id.json';
import { writeFileAtomic } from '../src/io';
import { PROJECT_ROOT } from '../src/paths';

export const ISO_COUNTRIES_FILE = `${PROJECT_ROOT}/extract/lexicon/iso-countries.json`;

/** The file's content: code → Indonesian names, codes sorted, as i18n-iso-countries gives them. */
export function isoCountriesJson(): string {
  countries.registerLocale(idLocale);
  const names = countries.getNames('id', { select: 'all' });
  // One country a line, as Biome formats JSON, so `biome check` passes on the generated file.
  const rows = Object.keys(names)
    .sort()
    .map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(names[k]).replaceAll('","', '", "')}`);
  return `{\n  "source": "i18n-iso-countries (id)",\n  "names": {\n${rows.join(',\n')}\n  }\n}\n`;
}

if (process.argv[1]?.endsWith('iso-countries.ts')) writeFileAtomic(ISO_COUNTRIES_FILE, isoCountriesJson());
