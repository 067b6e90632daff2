// The tagged lexicon (extract/lexicon/tags.json): word → tags, compromise-style. Stages and rule
// patterns ask "does this word carry #Subordinator?" instead of keeping word sets in code.
import { z } from 'zod';
import { load } from './lexicon';
import tagsFile from './lexicon/tags.json';

/** Every tag a word may carry; a typo in tags.json fails at load with the file's name. */
export const TagSchema = z.enum([
  'Ability',
  'Adverb',
  'AdverbialOpener',
  'BodyHead',
  'Conditional',
  'ConflictNoun',
  'ControlVerb',
  'Coordinator',
  'Filler',
  'FormerPost',
  'FrontedPrep',
  'GenericRole',
  'Locative',
  'ListIntro',
  'NameParticle',
  'NegativeEpithet',
  'NegativePredicate',
  'PairJoiner',
  'PlaceHead',
  'Purpose',
  'Quote',
  'Reciprocal',
  'SideJoiner',
  'SpeechTag',
  'Subordinator',
  'TimeAdverb',
  'TitlePrefix',
  'TimeWord',
  'TravelVerb',
]);
export type Tag = z.infer<typeof TagSchema>;

const TagsFileSchema = z.object({ words: z.record(z.string().min(1), z.array(TagSchema).min(1)) });

const BY_TAG = new Map<Tag, Set<string>>();
for (const [word, tags] of Object.entries(load(TagsFileSchema, tagsFile, 'tags.json').words))
  for (const t of tags) {
    const s = BY_TAG.get(t) ?? new Set<string>();
    s.add(word);
    BY_TAG.set(t, s);
  }

/** The words carrying a tag (lower case; multi-word entries joined by one space). */
export function tagged(tag: Tag): ReadonlySet<string> {
  return BY_TAG.get(tag) ?? new Set();
}

/** Whether a lower-case word carries a tag. */
export function hasTag(word: string, tag: Tag): boolean {
  return BY_TAG.get(tag)?.has(word) ?? false;
}
