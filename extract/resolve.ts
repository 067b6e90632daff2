// Entity resolution within a document: unnamed officials to what they act for, capitals to places or
// governments, pronouns and plural anaphors to the entities a reader would pick (salience: the last
// person, actor, country, place and group). Produces, per sentence, the slots the relation rules read.
import type { EntityType } from '../src/schema';
import { ENTITIES, officeHolder, officeHolders } from './gazetteer';
import { TRIGGERS, WORDS } from './lexicon';
import type { Mention } from './mentions';
import {
  assignGovernments,
  collectPeople,
  genericOffice,
  type People,
  type Person,
  resolveName,
  roleRef,
  sideAfter,
  speakerAfter,
  toRef,
} from './people';
import { quoteOpenFlags, speakerOf } from './quotes';
import { type Ref, type SentenceIn, type Slot, surface } from './resolve-types';
import { hasTag, tagged } from './tags';
import type { Token } from './text';

export { type Ref, type SentenceIn, type Slot, surface } from './resolve-types';

const LOCATIVE = tagged('Locative');
// "Rusia menyerang Kyiv", "serangan terhadap Tripoli": a capital under attack is the place hit.
const ATTACK_VERBS = new Set(TRIGGERS.lists.attack_verbs ?? []);
const ATTACK_NOUNS = new Set(TRIGGERS.lists.attack_nouns ?? []);
const GENERIC_ROLES = tagged('GenericRole');
const PERSON_PRONOUN_BLOCK = new Set(WORDS.pronouns.person);

/** "pihak-pihak bertikai", "kedua belah pihak": the sides of the article's conflict (filled in later). */
const WARRING = /bertikai|berperang|belah pihak|kedua pihak|kedua kubu/;
export const PARTIES: Ref = { id: 'parties:', name: 'pihak-pihak bertikai', type: 'ORGANIZATION' };

export interface Resolved {
  slots: Slot[][];
  /** Per sentence: the person the article is mostly about so far, for a possessive "kunjungannya". */
  prevPerson: (Ref | undefined)[];
  /** Per sentence: who its quotation is attributed to ('"…," kata X' in the same sentence). */
  speakers: (Slot | undefined)[];
  /** Per sentence: the speaker's own side (their country or body), whom their quoted calls do not target. */
  speakerSides: (Ref | undefined)[];
  /** The country or body the article ties a person to ("Menlu AS Pompeo" → AS), by person id. */
  sideOf: (personId: string) => string | undefined;
}

/** What the reader has in mind so far: the referents pronouns and anaphors reach back to. */
interface Salience {
  lastSubjectPerson: Ref | undefined;
  lastPerson: Ref | undefined;
  lastActor: Ref | undefined;
  lastActorAt: number;
  personCount: Map<string, { ref: Ref; n: number }>;
  lastCountry: Ref | undefined;
  /** The organisation last named ("organisasi itu", "blok regional tersebut"). */
  lastOrg: Ref | undefined;
  lastPlace: Ref | undefined;
  lastPair: Ref[] | undefined;
  lastGroupAt: number;
  /** Per sentence with groups, its coordinated groups in order. */
  groupHistory: Ref[][][];
  lastPairOf: Map<EntityType, Ref[]>;
  /** Actors named lately, latest first, each once, with their sentence ("A menuduh B. Kedua pemimpin …"). */
  recentActors: { ref: Ref; si: number }[];
}

/** Within the sentence being read. */
interface Here {
  si: number;
  s: SentenceIn;
  slots: Slot[];
  firstPerson: Ref | undefined;
  firstActor: Ref | undefined;
}

interface Env {
  sents: readonly SentenceIn[];
  people: People;
  /** The article's date (YYYY-MM-DD or YYYY-MM), for offices named without their holder. */
  date: string | undefined;
}

const newSalience = (): Salience => ({
  lastSubjectPerson: undefined,
  lastPerson: undefined,
  lastActor: undefined,
  lastActorAt: -10,
  personCount: new Map(),
  lastCountry: undefined,
  lastOrg: undefined,
  lastPlace: undefined,
  lastPair: undefined,
  lastGroupAt: -10,
  groupHistory: [],
  lastPairOf: new Map(),
  recentActors: [],
});

/** Resolves every sentence's mentions to slots, in document order. */
export function resolveDocument(sents: readonly SentenceIn[], date?: string): Resolved {
  const people = collectPeople(sents);
  assignGovernments(sents, people);
  const env: Env = { sents, people, date };
  const st = newSalience();
  const out: Slot[][] = [];
  const prevPerson: (Ref | undefined)[] = [];
  for (const [si, s] of sents.entries()) {
    let main: { ref: Ref; n: number } | undefined;
    for (const c of st.personCount.values()) if (!main || c.n > main.n) main = c;
    prevPerson.push(main?.ref ?? st.lastSubjectPerson ?? st.lastPerson);
    const here: Here = { si, s, slots: [], firstPerson: undefined, firstActor: undefined };
    for (const m of s.mentions) {
      const slot = resolveMention(env, st, here, m);
      if (!slot) continue;
      here.slots.push(slot);
      // Plural anaphors stand for referents already in mind: they change nothing.
      if (!slot.members && m.pronoun !== 'pair') noteSlot(st, here, slot);
    }
    noteGroups(st, here);
    out.push(here.slots);
  }
  const speakers = out.map((ss, si) => speakerOf((sents[si] as SentenceIn).toks, ss));
  const speakerSides = speakers.map((sp, si) => (sp ? sideAfter(env.people, sents, si) : undefined));
  const sideOf = (id: string): string | undefined => env.people.sideOf(id);
  return { slots: out, prevPerson, speakers, speakerSides, sideOf };
}

/** One mention to a slot, or nothing when no referent can be told. */
function resolveMention(env: Env, st: Salience, here: Here, m: Mention): Slot | undefined {
  const { s } = here;
  // Every field set, in one order, however the slot is made: one shape for the engine to read.
  const make = (ref: Ref, extra?: Partial<Slot>): Slot => ({
    start: m.start,
    end: m.end,
    ref,
    mention: surface(s.toks, m.start, m.end, s.text),
    m,
    pair: extra?.pair,
    members: extra?.members,
  });
  if (m.kind === 'pronoun') {
    const group = groupAnaphor(st, here, m);
    if (group)
      return group.members ? make(group.members[0] ?? PARTIES, { members: group.members }) : make(PARTIES);
    if (group === null) return undefined;
  }
  const ref =
    m.kind === 'entity'
      ? entityRef(env, here, m)
      : m.kind === 'name'
        ? resolveName(env.people, m, s)
        : m.kind === 'role'
          ? roleMentionRef(env, st, here, m)
          : pronounRef(env, st, here, m);
  // A news outlet is a source, not an actor; "oposisi Venezuela" is a group within the state, not the state.
  if (!ref || m.entity?.media) return undefined;
  if (ref.type === 'COUNTRY' && hasTag(s.toks[m.start - 1]?.norm ?? '', 'NotTheState')) return undefined;
  // "Presiden negara itu Asif Ali Zardari": the holder serves the country last in mind.
  if (m.affilAnaphor && !m.affil && st.lastCountry) m.affil = ENTITIES.get(st.lastCountry.id);
  const state = regimeState(env, s.toks[m.start - 1]?.norm ?? '', ref);
  if (state) return make(state);
  return m.pair ? make(ref, { pair: m.pair.map(toRef) }) : make(ref);
}

/** "rezim Presiden Suriah Bashar al-Assad": a regime named by its leader is the state the leader heads. */
function regimeState(env: Env, before: string, ref: Ref): Ref | undefined {
  if (ref.type !== 'PERSON' || !hasTag(before, 'RegimeWord')) return undefined;
  const affil = env.people.get(ref.id)?.affil;
  const e = affil ? ENTITIES.get(affil) : undefined;
  return e?.type === 'COUNTRY' ? toRef(e) : undefined;
}

/** A lexicon entity; a capital stands for its government unless the sentence treats it as a place. */
function entityRef(env: Env, here: Here, m: Mention): Ref | undefined {
  const e = m.entity;
  if (!e) return undefined;
  if (e.type === 'PERSON') return env.people.get(e.id)?.ref ?? toRef(e);
  const { s, slots } = here;
  // "tiba di Doha", "mengunjungi Kyiv dan Moskow": places, not governments.
  const prevSlot = slots[slots.length - 1];
  const joinedToPlace =
    prevSlot?.ref.type === 'LOCATION' &&
    prevSlot.end === m.start - 1 &&
    ['dan', ','].includes(s.toks[m.start - 1]?.norm ?? '');
  const prev = s.toks[m.start - 1]?.norm ?? '';
  // "ibu kota Korea Selatan, Seoul": a capital set beside its own country names the city.
  const besideItsCountry = prev === ',' && prevSlot?.ref.id === e.capitalOf && prevSlot?.end === m.start - 1;
  // "Beirut dihantam serangan udara": a capital that is struck is the place hit.
  const struck =
    hasTag(s.toks[m.end]?.norm ?? '', 'StruckVerb') ||
    ATTACK_VERBS.has(prev) ||
    (hasTag(prev, 'AgainstPrep') && ATTACK_NOUNS.has(s.toks[m.start - 2]?.norm ?? ''));
  // "pemerintah (sebelumnya) di Bogota", "junta di Naypyidaw": the government seated there is the state.
  const seatOf = (k: number): boolean => hasTag(s.toks[k]?.norm ?? '', 'GovernmentWord');
  const seat =
    prev === 'di' &&
    (seatOf(m.start - 2) || (hasTag(s.toks[m.start - 2]?.norm ?? '', 'PostModifier') && seatOf(m.start - 3)));
  const state = e.capitalOf ? ENTITIES.get(e.capitalOf) : undefined;
  if (seat && state) return toRef(state);
  if (
    !e.capitalOf ||
    LOCATIVE.has(prev) ||
    hasTag(prev, 'TravelVerb') ||
    joinedToPlace ||
    besideItsCountry ||
    struck
  )
    return toRef(e);
  const followedByCountry =
    s.toks[m.end]?.text === ',' &&
    s.mentions.some((x) => x.start === m.end + 1 && x.entity?.type === 'COUNTRY');
  return state && !followedByCountry ? toRef(state) : toRef(e);
}

/** A titled mention without a name: its holder, a person already in the story, or its country. */
function roleMentionRef(env: Env, st: Salience, here: Here, m: Mention): Ref | undefined {
  if (m.pronoun === 'country') return st.lastCountry;
  // "Pemimpin Turki itu"; "Mantan wakil menteri luar negeri Laos …": a person already in the story.
  // "presiden AS itu": the person the article ties to that office and country, if it names one.
  const key = (m.roleKey ?? m.role ?? '').toLowerCase();
  const specific = !GENERIC_ROLES.has(key);
  const holder = m.anaphor && m.affil && specific ? env.people.holders(key, m.affil.id)[0] : undefined;
  if (holder) return holder.ref;
  // "… membujuk Volodymyr Zelensky. Presiden Ukraina tersebut …": the office's holder.
  const incumbent = m.anaphor && m.affil && specific ? officeHolderRef(env, key, m.affil.id) : undefined;
  if (incumbent) return incumbent.ref;
  // "Diplomat Arab Saudi tersebut": the person the story is about if the article ties them to that state
  // ("Kim Yong-chol … Dia tiba … John Kelly menyambut pejabat Korea Utara itu", though Kim Jong-un was
  // named since), else the latest person tied to it.
  const subject = st.lastSubjectPerson;
  if (m.anaphor && subject?.type === 'PERSON' && servesIn(env, subject, m)) return subject;
  const ofState = m.anaphor
    ? st.recentActors.find((r) => r.ref.type === 'PERSON' && servesIn(env, r.ref, m))
    : undefined;
  if (ofState) return ofState.ref;
  const person = here.firstPerson ?? st.lastSubjectPerson ?? st.lastPerson;
  // "pernyataan Menlu Pakistan itu" with no one in the story yet: the office acts for its country.
  // "Zelensky dimarahi oleh pemimpin Amerika tersebut": nor is it someone tied to another state.
  if (m.anaphor)
    return person && !servesElsewhere(env, person, m) ? person : m.affil ? toRef(m.affil) : undefined;
  if (m.former) return person;
  if (m.bare) return specific ? bareHolder(env.people.holders(key), st, here.si) : undefined;
  const ref = roleRef(env.people, env.sents, m, here.si);
  // "Emir Qatar tiba di Iran" with no emir named in the article: the holder on the article's date.
  // Not an office predicated of someone ("terpilih sebagai presiden Amerika", "menjadi PM Israel").
  const office = ref?.type !== 'PERSON' && m.entity && specific && !genericOffice(here.s.toks, m);
  const held = office && m.entity ? officeHolderRef(env, key, m.entity.id) : undefined;
  const out = held?.ref ?? ref;
  // The office holder: the slot is that person, tied to the office's country, unless only the lexicon
  // knows who held it ("Menteri luar negeri Suriah mengatakan …" names no one to tie).
  if (out?.type === 'PERSON' && m.entity) m.affil = held && !held.named ? undefined : m.entity;
  return out;
}

/**
 * The holder of an office (offices.json): the one on the article's date, else, undated ("Menlu RI akan
 * menuju ke Dhaka"), the one holder in any year whom the article names. `named`: the article names them.
 */
function officeHolderRef(env: Env, role: string, of: string): { ref: Ref; named: boolean } | undefined {
  const held = officeHolder(role, of, env.date);
  if (held) {
    const p = env.people.get(held.id);
    return { ref: p?.ref ?? toRef(held), named: p !== undefined };
  }
  const holders = officeHolders(role, of).flatMap((p) => env.people.get(p.id)?.ref ?? []);
  return holders.length === 1 ? { ref: holders[0] as Ref, named: true } : undefined;
}

/** The states the article ties a person to (their titles' countries, or their bodies'). */
function statesOf(env: Env, person: Ref): string[] {
  const p = env.people.get(person.id);
  if (!p) return [];
  return [p.affil, p.affilParent, ...p.offices.map((o) => o.affil)].filter(
    (id): id is string => id !== undefined && ENTITIES.get(id)?.type === 'COUNTRY',
  );
}

/** Whether the article ties this person to the titled mention's state. */
function servesIn(env: Env, person: Ref, m: Mention): boolean {
  return m.affil?.type === 'COUNTRY' && statesOf(env, person).includes(m.affil.id);
}

/** Whether the article ties this person to another state than the titled mention's (states only). */
function servesElsewhere(env: Env, person: Ref, m: Mention): boolean {
  if (m.affil?.type !== 'COUNTRY') return false;
  const states = statesOf(env, person);
  return states.length > 0 && !states.includes(m.affil.id);
}

/**
 * A title alone ("Presiden kemudian …") is the one holder of that office named before the sentence,
 * or else the only one the article names; two candidates leave it unresolved.
 */
function bareHolder(holders: readonly Person[], st: Salience, si: number): Ref | undefined {
  const ids = new Set(holders.map((p) => p.ref.id));
  const before = st.recentActors.filter((r) => r.si < si && ids.has(r.ref.id));
  if (before.length > 0) return before.length === 1 ? before[0]?.ref : undefined;
  return holders.length === 1 ? holders[0]?.ref : undefined;
}

/**
 * Plural anaphors: "keduanya", "ketiga negara tersebut" take the latest group of that size and kind;
 * "mereka" opening a sentence after a group takes its members; the warring sides wait for the conflict.
 * Returns null for a plural anaphor with no group to stand for, undefined for any other pronoun.
 */
function groupAnaphor(
  st: Salience,
  here: Here,
  m: Mention,
): { members: Ref[] | undefined } | null | undefined {
  const { s, si } = here;
  const said = surface(s.toks, m.start, m.end, s.text).toLowerCase();
  if (m.pronoun === 'pair') return pairMembers(st, here, m, said);
  // "mereka" after a group of the sentence before stands for each member ("A dan B … Mereka").
  const groupMereka =
    m.pronoun === 'actor' &&
    st.lastPair &&
    si - st.lastGroupAt === 1 &&
    !here.firstActor &&
    said === 'mereka';
  if (groupMereka && m.start <= 1) return { members: st.lastPair };
  // "AS dan Rusia mengonfirmasi bahwa delegasi mereka akan bertemu": a group named earlier in the sentence.
  if (m.pronoun !== 'actor' || said !== 'mereka') return undefined;
  const before = here.slots.filter((x) => x.end <= m.start);
  const earlier = coordinatedGroups(s.toks, before)[0];
  // "menelepon kedua pemimpin dan mendesak mereka …": a plural anaphor earlier in the sentence.
  const standIn = [...before].reverse().find((x) => x.members && x.members.length >= 2)?.members;
  return earlier ? { members: earlier } : standIn ? { members: standIn } : undefined;
}

/** "keduanya", "kedua pemimpin", "ketiga negara itu": the group the pair anaphor stands for, or null. */
function pairMembers(
  st: Salience,
  here: Here,
  m: Mention,
  said: string,
): { members: Ref[] | undefined } | null {
  const { s, si } = here;
  const size = groupSize(said);
  // "perantara antara Iran dan AS, menyerukan kedua pihak …": a pair earlier in the sentence first.
  const inSentence = coordinatedGroups(
    s.toks,
    here.slots.filter((x) => x.end <= m.start),
  ).find((g) => g.length === (size || 2));
  if (inSentence) return { members: inSentence };
  if (WARRING.test(said)) return { members: undefined };
  const wanted: EntityType | undefined = /pemimpin|menteri|utusan/.test(said)
    ? 'PERSON'
    : said.includes('negara')
      ? 'COUNTRY'
      : undefined;
  // "Dalam pertemuan Retno dengan Wang Yi, keduanya membahas …": the two named before it in the sentence.
  const named = [
    ...new Map(here.slots.filter((x) => x.end <= m.start).map((x) => [x.ref.id, x.ref])).values(),
  ];
  const namedTwo = named.filter((r) => r.type === (wanted ?? 'PERSON'));
  if ((size || 2) === 2 && namedTwo.length === 2) return { members: namedTwo };
  // Sentences latest first; within one, its first group (the subject's) first.
  const fits = (g: Ref[]): boolean => g.length === size && (!wanted || (g[0] as Ref).type === wanted);
  const sized = [...st.groupHistory]
    .reverse()
    .find((gs) => gs.some(fits))
    ?.find(fits);
  // "Sisi bertemu dengan Boulos. Kedua belah pihak membahas …": two people of the sentence before
  // outrank a group named further back.
  const pairBefore = size === 2 && !wanted ? pairOfSentenceBefore(st, si) : undefined;
  const members =
    (st.lastGroupAt < si - 1 ? pairBefore : undefined) ??
    sized ??
    [wanted ? st.lastPairOf.get(wanted) : st.lastPair].find((g) => g?.length === (size || 2)) ??
    (size <= 2 && wanted ? lastTwo(st, si, wanted) : undefined) ??
    pairBefore;
  return members ? { members } : null;
}

/** Puts an actor first in the recent list (in place: this runs for every slot of every article). */
function noteRecent(st: Salience, ref: Ref, si: number): void {
  const list = st.recentActors;
  const k = list.findIndex((r) => r.ref.id === ref.id);
  if (k >= 0) list.splice(k, 1);
  list.unshift({ ref, si });
  if (list.length > 8) list.length = 8;
}

/** With no pair named together, "kedua pemimpin" are the last two of that kind named apart. */
function lastTwo(st: Salience, si: number, wanted: EntityType): Ref[] | undefined {
  // Named before this sentence: "Presiden Turki Erdogan, yang menengahi sengketa kedua negara" is not one.
  const before = st.recentActors.filter((r) => r.si < si).map((r) => r.ref);
  let two = before.filter((r) => r.type === wanted).slice(0, 2);
  // "Pemerintah Taliban menampik usulan Pakistan. … kedua negara": a governing body counts as a side.
  if (two.length < 2 && wanted === 'COUNTRY')
    two = before.filter((r) => r.type === 'COUNTRY' || r.type === 'ORGANIZATION').slice(0, 2);
  return two.length === 2 ? two.reverse() : undefined;
}

/**
 * "Trump memuji Presidan Turki Erdogan. Keduanya bertemu …": a bare "keduanya" with no pair named together
 * is the two people named in this sentence so far and the one before, or failing those two states.
 */
function pairOfSentenceBefore(st: Salience, si: number): Ref[] | undefined {
  const before = st.recentActors.filter((r) => r.si >= si - 1).map((r) => r.ref);
  for (const kind of ['PERSON', 'COUNTRY'] as const) {
    const two = before.filter((r) => r.type === kind);
    if (two.length === 2) return two.reverse();
    if (two.length > 2) return undefined;
  }
  return undefined;
}

/** Singular pronouns: the person, actor, place or speaker a reader would pick. */
function pronounRef(env: Env, st: Salience, here: Here, m: Mention): Ref | undefined {
  const { si, s } = here;
  switch (m.pronoun) {
    case 'person':
      return here.firstPerson ?? st.lastSubjectPerson ?? st.lastPerson;
    case 'actor': {
      // "mereka"/"pihaknya" reach back one sentence at most.
      const recent = si - st.lastActorAt <= 1 ? st.lastActor : undefined;
      const afterGroup = st.lastPair && si - st.lastGroupAt === 1 && !here.firstActor;
      return afterGroup ? recent : (here.firstActor ?? recent);
    }
    // "ke sana": the place last named.
    case 'place':
      return st.lastPlace;
    case 'organization':
      return st.lastOrg;
    // "saya" inside a quote: whoever the quote is attributed to ("…,” kata Presiden Jokowi).
    case 'speaker':
      return speakerAfter(env.people, env.sents, si);
    case 'side':
      return quoteOpenFlags(s.toks)[m.start] === 1 ? sideAfter(env.people, env.sents, si) : undefined;
    default:
      return ownCountryOf(env, here, m) ?? st.lastCountry;
  }
}

/**
 * "Menlu Prancis mengatakan negaranya akan mendukung …": a country with the possessive clitic is the
 * own state of the person this sentence has named so far, before any country last named.
 */
function ownCountryOf(env: Env, here: Here, m: Mention): Ref | undefined {
  const word = here.s.toks[m.start]?.norm ?? '';
  const person = here.firstPerson;
  if (!word.endsWith('nya') || person?.type !== 'PERSON') return undefined;
  const id = env.people.sideOf(person.id);
  const e = id ? ENTITIES.get(id) : undefined;
  return e?.type === 'COUNTRY' ? toRef(e) : undefined;
}

/** Updates what the reader has in mind after one slot. */
function noteSlot(st: Salience, here: Here, slot: Slot): void {
  const { ref, m } = slot;
  const isPersonLike =
    ref.type === 'PERSON' || (m.kind === 'role' && !GENERIC_ROLES.has((m.role ?? '').toLowerCase()));
  if (ref.type === 'PERSON' && !m.bare) {
    const c = st.personCount.get(ref.id) ?? { ref, n: 0 };
    c.n++;
    st.personCount.set(ref.id, c);
  }
  // A bare title ("lapor ke Presiden") refers back; it does not bring its holder to mind for "ia".
  if (isPersonLike && m.kind !== 'pronoun' && !m.bare) {
    here.firstPerson ??= ref;
    st.lastPerson = ref;
  }
  if (ref.type === 'COUNTRY') st.lastCountry = ref;
  const actor = ref.type === 'PERSON' || ref.type === 'COUNTRY' || ref.type === 'ORGANIZATION';
  if (actor && m.kind !== 'pronoun') {
    // "Presiden Somalia X … PM Ethiopia Y … kedua negara": a titled person names a country too.
    if (m.affil?.type === 'COUNTRY' && m.affil.id !== ref.id)
      noteRecent(st, { id: m.affil.id, name: m.affil.name, type: m.affil.type }, here.si);
    noteRecent(st, ref, here.si);
  }
  if (ref.type === 'ORGANIZATION' && m.kind !== 'pronoun') st.lastOrg = ref;
  if ((ref.type === 'COUNTRY' || ref.type === 'LOCATION') && m.kind !== 'pronoun') st.lastPlace = ref;
  if (ref.type === 'COUNTRY' || ref.type === 'ORGANIZATION') {
    here.firstActor ??= ref;
    st.lastActor = ref;
    st.lastActorAt = here.si;
  }
  // "Perdana Menteri Qatar … mengatakan pihaknya …": a titled person's side is the state or body of the title.
  if (
    ref.type === 'PERSON' &&
    m.kind !== 'pronoun' &&
    (m.affil?.type === 'COUNTRY' || m.affil?.type === 'ORGANIZATION')
  )
    here.firstActor ??= { id: m.affil.id, name: m.affil.name, type: m.affil.type };
}

/**
 * "Menlu AS X, Menlu Jepang Y dan Menlu Australia Z bertemu … Ketiga negara mendesak …": a group of
 * people titled by their countries also names the group of those countries, kept after it.
 */
function withTheirStates(groups: Ref[][], slots: readonly Slot[]): Ref[][] {
  const out = [...groups];
  for (const g of groups) {
    if ((g[0] as Ref).type !== 'PERSON') continue;
    const states = g.map((r) => slots.find((x) => x.ref.id === r.id)?.m.affil);
    const ids = new Set(states.map((a) => a?.id));
    if (states.every((a) => a?.type === 'COUNTRY') && ids.size === g.length)
      out.push(states.map((a) => ({ id: a?.id ?? '', name: a?.name ?? '', type: 'COUNTRY' as const })));
  }
  return out;
}

/**
 * "Okochi berbicara melalui telepon dengan Bailey dan Lee. Mereka mengecam …": a group after "dengan"
 * took part with the clause's subject, so the group a later "mereka" names has the subject in it too
 * (put first; the group itself stays for "keduanya").
 */
function withComitativeSubject(groups: Ref[][], here: Here): Ref[][] {
  const g = groups[0];
  const lead = g?.[0];
  const head = lead && here.slots.find((x) => x.ref.id === lead.id);
  if (!g || !lead || !head || !hasTag(here.s.toks[head.start - 1]?.norm ?? '', 'Comitative')) return groups;
  const opener = mainClauseStart(here.s.toks, here.slots);
  const subject = here.slots.find((x) => x.start >= opener && x.end < head.start);
  if (!subject || !SAME_GROUP(lead.type, subject.ref.type) || g.some((r) => r.id === subject.ref.id))
    return groups;
  return [[subject.ref, ...g], ...groups];
}

/** After a sentence: its coordinated groups ("A, B dan C") and the person it is about. */
function noteGroups(st: Salience, here: Here): void {
  const groups = withComitativeSubject(
    withTheirStates(coordinatedGroups(here.s.toks, here.slots), here.slots),
    here,
  );
  // "Junta di ketiga negara tersebut menuduh … . Mereka …": a plural anaphor's members stay the group.
  const standIn = here.slots.find((x) => x.members && x.members.length >= 2)?.members;
  if (groups.length === 0 && standIn) {
    st.lastPair = standIn;
    st.lastGroupAt = here.si;
  }
  if (groups.length > 0) {
    st.groupHistory.push(groups);
    st.lastPair = groups[0];
    st.lastGroupAt = here.si;
    for (const g of groups) {
      const t = (g[0] as Ref).type;
      if (!st.lastPairOf.has(t) || g === groups[0]) st.lastPairOf.set(t, g);
    }
  }
  const opener = mainClauseStart(here.s.toks, here.slots);
  const inMain = here.slots.filter((x) => x.start >= opener);
  const first = (inMain.length > 0 ? inMain : here.slots).find(
    (x) => x.ref.type !== 'LOCATION' && x.ref.type !== 'CONFLICT',
  );
  // A bare title is the sentence's subject only where it opens it ("Presiden kemudian …").
  if (first?.m.bare && first.start > opener) return;
  if (first && (first.ref.type === 'PERSON' || PERSON_PRONOUN_BLOCK.has(first.mention.toLowerCase())))
    st.lastSubjectPerson = first.ref;
  // '"Kami meminta Myanmar …," kata Zeid.': the speaker, not an actor quoted, is who a later "Dia" is.
  const speaker = speakerOf(here.s.toks, here.slots);
  if (speaker?.ref.type === 'PERSON') st.lastSubjectPerson = speaker.ref;
}

/** A verb of the me-/ber- forms ("Berbicara", "Menanggapi"); titles are mentions and never reach it. */
const VERB_FORM = /^(?:me|ber)\p{Ll}{3,}$/u;

/**
 * "Setelah bertemu Xi Jinping, Prabowo …": a fronted adverbial clause holds no subject; the main
 * clause starts after its comma. So does a fronted verb phrase ("Berbicara di Nicosia setelah bertemu
 * Nicos Nouris, Johansson …"). 0 when the sentence opens with its main clause.
 */
function mainClauseStart(toks: readonly Token[], slots: readonly Slot[]): number {
  const w = toks[0]?.norm ?? '';
  const verb = VERB_FORM.test(w) && !slots.some((x) => x.start === 0);
  if (!hasTag(w, 'AdverbialOpener') && !hasTag(w, 'FrontedPrep') && !verb) return 0;
  for (let k = 1; k < Math.min(toks.length, 20); k++) if (toks[k]?.text === ',') return k + 1;
  return 0;
}

/** How many members a plural anaphor names: "keduanya" 2, "ketiga negara" 3; 0 when it does not say. */
function groupSize(said: string): number {
  const n = said.match(/\b(?:ke)?(dua|tiga|empat|lima)(?:nya)?\b/)?.[1];
  return n ? ['dua', 'tiga', 'empat', 'lima'].indexOf(n) + 2 : 0;
}

const SAME_GROUP = (a: EntityType, b: EntityType): boolean =>
  a === b || ((a === 'COUNTRY' || a === 'ORGANIZATION') && (b === 'COUNTRY' || b === 'ORGANIZATION'));

/** Runs of two or more actors joined by commas and "dan"/"serta" ("A, B dan C"), in sentence order. */
export function coordinatedGroups(toks: readonly Token[], slots: readonly Slot[]): Ref[][] {
  const out: Ref[][] = [];
  let run: Ref[] = [];
  let closed = false;
  const flush = (): void => {
    const ids = new Set(run.map((r) => r.id));
    if (run.length >= 2 && closed && ids.size === run.length) out.push(run);
    run = [];
    closed = false;
  };
  for (let k = 0; k < slots.length; k++) {
    const a = slots[k] as Slot;
    if (a.ref.type === 'LOCATION' || a.ref.type === 'CONFLICT') {
      flush();
      continue;
    }
    const prev = slots[k - 1];
    const between = prev ? toks.slice(prev.end, a.start).map((t) => t.norm) : [];
    const joiner = between.join(' ');
    const joins =
      prev !== undefined &&
      run.length > 0 &&
      SAME_GROUP((run[0] as Ref).type, a.ref.type) &&
      (joiner === ',' || joiner === 'dan' || joiner === ', dan' || joiner === 'serta');
    // After the closing "dan", a comma opens an apposition, not another member.
    if (!joins || (closed && joiner === ',')) flush();
    else if (joiner !== ',') closed = true;
    run.push(a.ref);
  }
  flush();
  return out;
}
