// Loads the lexicon data files (countries, places, organisations, titles, people, closed-class words,
// trigger forms) and validates them with zod, so a bad edit fails at load with the file's name.
import countries from 'i18n-iso-countries';
import idLocale from 'i18n-iso-countries/langs/id.json';
import { z } from 'zod';
import commonWordsFile from './lexicon/common-words.json';
import conflictsFile from './lexicon/conflicts.json';
import countriesFile from './lexicon/countries.json';
import locationsFile from './lexicon/locations.json';
import organizationsFile from './lexicon/organizations.json';
import personsFile from './lexicon/persons.json';
import titlesFile from './lexicon/titles.json';
import triggersFile from './lexicon/triggers.json';
import wordsFile from './lexicon/words.json';

const nonEmpty = z.string().min(1);
const CountriesSchema = z.object({
  countries: z.array(
    z.object({
      code: z.string().length(2),
      name: nonEmpty,
      aliases: z.array(nonEmpty),
      militaryRule: z.boolean().optional(),
    }),
  ),
});
const LocationsSchema = z.object({
  locations: z.array(
    z.object({
      id: nonEmpty,
      name: nonEmpty,
      aliases: z.array(nonEmpty),
      in: z.string().length(2).optional(),
      capitalOf: z.string().length(2).optional(),
      governmentOf: z.string().length(2).optional(),
    }),
  ),
});
const OrganizationsSchema = z.object({
  organizations: z.array(
    z.object({
      id: nonEmpty,
      name: nonEmpty,
      aliases: z.array(nonEmpty),
      parent: nonEmpty.optional(),
      caseSensitive: z.array(nonEmpty).optional(),
      media: z.boolean().optional(),
      seat: z.boolean().optional(),
    }),
  ),
});
const PersonsSchema = z.object({
  persons: z.array(z.object({ name: nonEmpty, aliases: z.array(nonEmpty) })),
});
export const TitlesSchema = z.object({
  titles: z.array(z.object({ role: nonEmpty, forms: z.array(nonEmpty) })),
  honorifics: z.array(nonEmpty),
  titleModifiers: z.array(nonEmpty),
});
const WordsSchema = z.object({
  abbreviations: z.array(nonEmpty),
  pronouns: z.object({
    person: z.array(nonEmpty),
    actor: z.array(nonEmpty),
    country: z.array(nonEmpty),
    pair: z.array(nonEmpty),
    place: z.array(nonEmpty),
    speaker: z.array(nonEmpty),
    side: z.array(nonEmpty),
  }),
  prepositions: z.array(nonEmpty),
  clauseBreakers: z.array(nonEmpty),
  sayVerbs: z.array(nonEmpty),
  planned: z.array(nonEmpty),
  negation: z.array(nonEmpty),
  actorModifiers: z.array(nonEmpty),
  placeModifiers: z.array(nonEmpty),
  notNames: z.array(nonEmpty),
  nationalityNouns: z.array(nonEmpty),
  /** Month names and abbreviations (Indonesian and English) → month number. */
  months: z.record(nonEmpty, z.number().int().min(1).max(12)),
});
const ConflictsSchema = z.object({
  conflicts: z.array(
    z.object({
      id: nonEmpty,
      name: nonEmpty,
      parties: z.array(nonEmpty).min(2),
      places: z.array(nonEmpty),
      aliases: z.array(nonEmpty),
    }),
  ),
});
const CommonWordsSchema = z.object({ words: z.array(nonEmpty) });
const TriggersSchema = z.object({ lists: z.record(z.string(), z.array(nonEmpty)) });

/** Validates one lexicon file's data; the error names the file, the entry and what to fix. */
export function load<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new Error(
      `kg/lexicon: invalid extract/lexicon/${file} at ${i?.path.join('.') ?? '?'}: ${i?.message ?? ''}; fix the entry`,
    );
  }
  return r.data;
}

export const COUNTRIES = load(CountriesSchema, countriesFile, 'countries.json');
export const LOCATIONS = load(LocationsSchema, locationsFile, 'locations.json');
export const ORGANIZATIONS = load(OrganizationsSchema, organizationsFile, 'organizations.json');
export const PERSONS = load(PersonsSchema, personsFile, 'persons.json');
export const TITLES = load(TitlesSchema, titlesFile, 'titles.json');
export const WORDS = load(WordsSchema, wordsFile, 'words.json');
export const CONFLICTS = load(ConflictsSchema, conflictsFile, 'conflicts.json');
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  load(CommonWordsSchema, commonWordsFile, 'common-words.json').words,
);
export const TRIGGERS = load(TriggersSchema, triggersFile, 'triggers.json');

export interface CountryEntry {
  code: string;
  name: string;
  aliases: string[];
  militaryRule: boolean;
}

countries.registerLocale(idLocale);

/** Every ISO country with its Indonesian name, overridden and extended by countries.json. */
export function countryTable(): CountryEntry[] {
  const names = countries.getNames('id', { select: 'all' });
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
