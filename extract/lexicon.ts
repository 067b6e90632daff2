// The lexicon data files (countries, places, organisations, titles, people, closed-class words,
// trigger forms) as typed data. They are validated by zod in tests (lexicon-schema.ts), not at load.
import type { z } from 'zod';
import commonWordsFile from './lexicon/common-words.json';
import conflictsFile from './lexicon/conflicts.json';
import countriesFile from './lexicon/countries.json';
import isoCountriesFile from './lexicon/iso-countries.json';
import locationsFile from './lexicon/locations.json';
import officesFile from './lexicon/offices.json';
import organizationsFile from './lexicon/organizations.json';
import personsFile from './lexicon/persons.json';
import titlesFile from './lexicon/titles.json';
import triggersFile from './lexicon/triggers.json';
import wordsFile from './lexicon/words.json';
import type * as S from './lexicon-schema';

// Typed by the schemas; a JSON file that does not fit its schema fails tsc here or data-files.test.ts.
export const COUNTRIES: z.infer<typeof S.CountriesSchema> = countriesFile;
export const LOCATIONS: z.infer<typeof S.LocationsSchema> = locationsFile;
export const ORGANIZATIONS: z.infer<typeof S.OrganizationsSchema> = organizationsFile;
export const PERSONS: z.infer<typeof S.PersonsSchema> = personsFile;
export const TITLES: z.infer<typeof S.TitlesSchema> = titlesFile;
export const OFFICES: z.infer<typeof S.OfficesSchema> = officesFile;
export const WORDS: z.infer<typeof S.WordsSchema> = wordsFile;
export const CONFLICTS: z.infer<typeof S.ConflictsSchema> = conflictsFile;
export const COMMON_WORDS: ReadonlySet<string> = new Set(commonWordsFile.words);
/** Words for a party's people, forces or officials ("pasukan", "para pejabat"): before an actor they stand for it. */
export const ACTOR_MODIFIERS: ReadonlySet<string> = new Set(wordsFile.actorModifiers);
export const TRIGGERS: z.infer<typeof S.TriggersSchema> = triggersFile;

export interface CountryEntry {
  code: string;
  name: string;
  aliases: string[];
  militaryRule: boolean;
}

/**
 * Every ISO country with its Indonesian name, overridden and extended by countries.json. The ISO
 * names come from iso-countries.json, generated from i18n-iso-countries (extract/iso-countries.ts).
 */
export function countryTable(): CountryEntry[] {
  const names: Record<string, string[]> = isoCountriesFile.names;
  const extra = new Map(COUNTRIES.countries.map((c) => [c.code, c]));
  const out: CountryEntry[] = [];
  // Former states such as Uni Soviet are not in the ISO list; countries.json adds them.
  const codes = [...new Set([...Object.keys(names), ...extra.keys()])].sort();
  for (const code of codes) {
    const isoNames = names[code] ?? [];
    const ov = extra.get(code);
    const name = ov?.name ?? isoNames[0];
    if (!name) continue;
    const aliases = new Set<string>([...isoNames, ...(ov?.aliases ?? [])]);
    aliases.delete(name);
    out.push({ code, name, aliases: [...aliases], militaryRule: ov?.militaryRule ?? false });
  }
  return out;
}
