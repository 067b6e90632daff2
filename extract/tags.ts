// The tagged lexicon (extract/lexicon/tags.json): word → tags, compromise-style. Stages and rule
// patterns ask "does this word carry #Subordinator?" instead of keeping word sets in code.
import tagsFile from './lexicon/tags.json';

/** Every tag a word may carry; a typo in tags.json fails at load with the file's name. */
export const TAGS = [
  'Ability',
  'Accusation',
  'AccusationNoun',
  'Adverb',
  'AdverbialOpener',
  'AffiliationLink',
  'AffiliationWord',
  'AgainstPrep',
  'Agreement',
  'Become',
  'BodyHead',
  'ChairTitle',
  'CivicBody',
  'Compass',
  'Conditional',
  'ConflictNoun',
  'ControlVerb',
  'Coordinator',
  'Copula',
  'Demonstrative',
  'Denial',
  'Filler',
  'FormerPost',
  'FrontedPrep',
  'GenericRole',
  'GovernmentWord',
  'GroupHead',
  'Hearsay',
  'Kinship',
  'Leadership',
  'LedBy',
  'Locative',
  'ListIntro',
  'ListCloser',
  'Membership',
  'MinistryHead',
  'NameParticle',
  'NegativeEpithet',
  'NegativeJudgement',
  'NegativePredicate',
  'NotBody',
  'NotTheState',
  'PeopleNoun',
  'PersonHonorific',
  'PersonalTitle',
  'PortfolioTitle',
  'Threat',
  'OfficeGap',
  'Ownership',
  'PairJoiner',
  'PlaceHead',
  'PlaceTail',
  'Origin',
  'Composition',
  'Delegation',
  'PlaceAdjective',
  'PostModifier',
  'PressTitle',
  'Purpose',
  'Quantifier',
  'Quote',
  'Reciprocal',
  'Relational',
  'Refusal',
  'Acceptance',
  'Airport',
  'CalledOff',
  'PortfolioHead',
  'RegimeWord',
  'RegionalTitle',
  'SharedName',
  'SideJoiner',
  'Comitative',
  'SendVerb',
  'Complementizer',
  'Incumbent',
  'DependentTitle',
  'SourceVerb',
  'SpeechTag',
  'StateProperty',
  'StatementNoun',
  'StruckVerb',
  'Subordinator',
  'VenuePrep',
  'TimeAdverb',
  'TitlePrefix',
  'TopicWord',
  'TimeWord',
  'TravelVerb',
  'WarCompound',
  'WaterHead',
  'Without',
  'NotOnly',
  'LocalTime',
] as const;
export type Tag = (typeof TAGS)[number];

const TAG_SET: ReadonlySet<string> = new Set(TAGS);
export function isTag(s: string): s is Tag {
  return TAG_SET.has(s);
}

// Checked here without zod (the CLI does not load it); the zod schema of the file is TagsFileSchema
// in lexicon-schema.ts, which data-files.test.ts applies.
const BY_TAG = new Map<Tag, Set<string>>();
/** The other way round, for hasTag: most words asked about carry no tag, so one look-up answers. */
const BY_WORD = new Map<string, Tag[]>();
for (const [word, tags] of Object.entries(tagsFile.words))
  for (const t of tags) {
    if (!isTag(t))
      throw new Error(
        `kg/lexicon: invalid extract/lexicon/tags.json at words.${word}: unknown tag "${t}"; fix the entry`,
      );
    const s = BY_TAG.get(t) ?? new Set<string>();
    s.add(word);
    BY_TAG.set(t, s);
    const w = BY_WORD.get(word) ?? [];
    w.push(t);
    BY_WORD.set(word, w);
  }

/** The words carrying a tag (lower case; multi-word entries joined by one space). */
export function tagged(tag: Tag): ReadonlySet<string> {
  return BY_TAG.get(tag) ?? new Set();
}

/** Whether a lower-case word carries a tag. */
export function hasTag(word: string, tag: Tag): boolean {
  return BY_WORD.get(word)?.includes(tag) === true;
}
