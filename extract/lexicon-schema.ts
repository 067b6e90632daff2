// zod schemas of the lexicon data files. Tests validate every file with them (data-files.test.ts),
// so the CLI loads the files as plain JSON without paying for zod at every start.
import { z } from 'zod';
import { TAGS } from './tags';

const nonEmpty = z.string().min(1);
export const CountriesSchema = z.object({
  /** Words of a state's formal name ("Republik Uzbekistan", "Kerajaan Arab Saudi"): prefix + name is the state. */
  statePrefixes: z.array(nonEmpty),
  countries: z.array(
    z.object({
      code: z.string().length(2),
      name: nonEmpty,
      aliases: z.array(nonEmpty),
      militaryRule: z.boolean().optional(),
    }),
  ),
});
export const LocationsSchema = z.object({
  locations: z.array(
    z.object({
      id: nonEmpty,
      name: nonEmpty,
      aliases: z.array(nonEmpty),
      in: z.string().length(2).optional(),
      capitalOf: z.string().length(2).optional(),
      governmentOf: z.string().length(2).optional(),
      seatOf: nonEmpty.optional(),
    }),
  ),
});
export const OrganizationsSchema = z.object({
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
export const PersonsSchema = z.object({
  persons: z.array(z.object({ name: nonEmpty, aliases: z.array(nonEmpty) })),
});
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');
export const OfficesSchema = z.object({
  offices: z.array(
    z
      .object({ role: nonEmpty, of: nonEmpty, holder: nonEmpty, from: isoDay, to: isoDay.optional() })
      .strict(),
  ),
});
export const TitlesSchema = z.object({
  titles: z.array(z.object({ role: nonEmpty, forms: z.array(nonEmpty) })),
  honorifics: z.array(nonEmpty),
  titleModifiers: z.array(nonEmpty),
});
export const WordsSchema = z.object({
  abbreviations: z.array(nonEmpty),
  pronouns: z.object({
    person: z.array(nonEmpty),
    actor: z.array(nonEmpty),
    country: z.array(nonEmpty),
    organization: z.array(nonEmpty),
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
export const ConflictsSchema = z.object({
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
export const CommonWordsSchema = z.object({ words: z.array(nonEmpty) });
export const TagSchema = z.enum(TAGS);
export const TagsFileSchema = z.object({
  words: z.record(z.string().min(1), z.array(TagSchema).min(1)),
});
export const TriggersSchema = z.object({ lists: z.record(z.string(), z.array(nonEmpty)) });

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
