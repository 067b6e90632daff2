// Entity resolution within a document: names to people (surname → full name, known short forms),
// unnamed officials to what they act for, capitals to places or governments, pronouns to the
// entity a reader would pick. Produces, per sentence, the slots the relation rules read.
import type { EntityType } from '../src/schema';
import { ENTITIES, knownPerson, type LexEntity, matchAt, slug } from './gazetteer';
import { WORDS } from './lexicon';
import type { Mention } from './mentions';
import { hasTag, tagged } from './tags';
import type { Token } from './text';

export interface Ref {
  id: string;
  name: string;
  type: EntityType;
}

/** A resolved mention: what the relation rules see. */
export interface Slot {
  start: number;
  end: number;
  ref: Ref;
  /** Surface text of the mention (title included). */
  mention: string;
  m: Mention;
  /** The conflict parties of a pair mention ("Rusia-Ukraina"). */
  pair?: Ref[];
  /** What a plural anaphor ("keduanya", "pihak-pihak bertikai") stands for: one relation each. */
  members?: Ref[];
}

export interface SentenceIn {
  toks: Token[];
  mentions: Mention[];
  text: string;
  titleCase: boolean;
}

const LOCATIVE = tagged('Locative');
const GENERIC_ROLES = tagged('GenericRole');
const PERSON_PRONOUN_BLOCK = new Set(WORDS.pronouns.person);
const SPEECH_TAGS = new Set(WORDS.speechTags);

/** "pihak-pihak bertikai", "kedua belah pihak": the sides of the article's conflict (filled in later). */
const WARRING = /bertikai|berperang|belah pihak|kedua pihak|kedua kubu/;
export const PARTIES: Ref = { id: 'parties:', name: 'pihak-pihak bertikai', type: 'ORGANIZATION' };

const toRef = (e: LexEntity): Ref => ({ id: e.id, name: e.name, type: e.type });

interface Person {
  ref: Ref;
  tokens: string[];
  role?: string;
  roleKey?: string;
  affil?: string;
}

export function surface(toks: readonly Token[], start: number, end: number, text: string): string {
  const a = toks[start];
  const b = toks[end - 1];
  return a && b ? text.slice(a.start, b.end) : '';
}

export interface Resolved {
  slots: Slot[][];
  /** Per sentence: the person the article is mostly about so far, for a possessive "kunjungannya". */
  prevPerson: (Ref | undefined)[];
  /** Per sentence: who its quotation is attributed to ('"…," kata X' in the same sentence). */
  speakers: (Slot | undefined)[];
}

/** Whether the words before token i make what follows a destination or a named place. */
function placeContext(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]?.norm ?? '';
  if (hasTag(prev, 'PlaceHead') || hasTag(prev, 'TravelVerb')) return true;
  return prev === 'di' && hasTag(toks[i - 2]?.norm ?? '', 'TravelVerb');
}

/** Whether token i stands inside a quotation opened earlier in the sentence. */
function quoteOpenBefore(toks: readonly Token[], i: number): boolean {
  let open = false;
  for (let k = 0; k < i; k++) {
    const t = toks[k]?.text;
    if (t === '“') open = true;
    else if (t === '”') open = false;
    else if (t === '"') open = !open;
  }
  return open;
}

/** The slot named by a speech tag after a closing quote in the sentence ('…,” kata Menlu X'). */
function quoteSpeaker(s: SentenceIn, slots: readonly Slot[]): Slot | undefined {
  for (let i = 0; i < s.toks.length; i++) {
    const t = s.toks[i]?.text;
    if (t !== '”' && t !== '"') continue;
    let j = i + 1;
    if (s.toks[j]?.text === ',') j++;
    if (!hasTag(s.toks[j]?.norm ?? '', 'SpeechTag')) continue;
    const found = slots.find((x) => x.start > j && x.start <= j + 3);
    if (found) return found;
  }
  return undefined;
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

/** Resolves every sentence's mentions to slots, in document order. */
export function resolveDocument(sents: readonly SentenceIn[]): Resolved {
  const people: Person[] = [];
  const byId = new Map<string, Person>();
  const addPerson = (ref: Ref, role?: string, affil?: string, roleKey?: string): Person => {
    const known = byId.get(ref.id);
    if (known) {
      if (roleKey && !known.roleKey) known.roleKey = roleKey;
      if (role && !known.role) known.role = role;
      if (affil && !known.affil) known.affil = affil;
      return known;
    }
    const p: Person = { ref, tokens: ref.name.toLowerCase().split(/[\s-]+/) };
    if (role) p.role = role;
    if (roleKey) p.roleKey = roleKey;
    if (affil) p.affil = affil;
    people.push(p);
    byId.set(ref.id, p);
    for (const t of new Set(p.tokens)) {
      const l = byToken.get(t);
      if (l) l.push(p);
      else byToken.set(t, [p]);
    }
    return p;
  };
  const byToken = new Map<string, Person[]>();
  const findPerson = (name: string): Person | undefined => {
    const toks = name.toLowerCase().split(/[\s-]+/);
    // A name that is the end of a longer name in the document ("Al Khulaifi", "Blinken").
    let best: Person | undefined;
    for (const p of byToken.get(toks[toks.length - 1] as string) ?? []) {
      const tail = p.tokens.slice(-toks.length);
      const contains =
        toks.length === 1 ? p.tokens.includes(toks[0] as string) : tail.join(' ') === toks.join(' ');
      if (contains && (!best || p.tokens.length > best.tokens.length)) best = p;
    }
    return best;
  };

  // Pass 1: people named in full (or known) anywhere in the document.
  for (const s of sents) {
    for (const m of s.mentions) {
      const affil = m.affil && !m.former ? m.affil.id : undefined;
      if (m.kind === 'entity' && m.entity?.type === 'PERSON')
        addPerson(toRef(m.entity), m.role, affil, m.roleKey);
      else if (m.kind === 'name' && m.name && (m.name.includes(' ') || m.role) && (!s.titleCase || m.role)) {
        const lex = knownPerson(m.name);
        if (lex) addPerson(toRef(lex), m.role, affil, m.roleKey);
        else if (m.name.includes(' ') || (m.affil && !m.former && !s.titleCase)) {
          const longer = findPerson(m.name);
          if (longer && longer.tokens.length > m.name.split(/\s+/).length) continue;
          addPerson({ id: `person:${slug(m.name)}`, name: m.name, type: 'PERSON' }, m.role, affil, m.roleKey);
        }
      }
    }
  }
  const resolveName = (m: Mention, titleCase: boolean, toks: readonly Token[]): Ref | undefined => {
    const name = m.name as string;
    const lex = knownPerson(name);
    if (lex) return byId.get(lex.id)?.ref ?? toRef(lex);
    const p = findPerson(name);
    if (p) return p.ref;
    // After a travel verb or a place head a capitalised word is a place ("tiba di Iquique", "kota Iquique").
    if (!m.role && placeContext(toks, m.start)) return { id: `place:${slug(name)}`, name, type: 'LOCATION' };
    // A one-word name is a person when a title ties it to a country or body ("Menlu AS Blinken").
    if ((name.includes(' ') && (!titleCase || m.role)) || (m.affil && !m.former && !titleCase))
      return { id: `person:${slug(name)}`, name, type: 'PERSON' };
    return undefined;
  };

  const roleRef = (m: Mention, si: number): Ref | undefined => {
    if (!m.entity) return undefined;
    const role = (m.roleKey ?? m.role ?? '').toLowerCase();
    if (!GENERIC_ROLES.has(role) && m.kind === 'role') {
      const holder = people.find(
        (p) => p.affil === m.entity?.id && (p.roleKey ?? p.role)?.toLowerCase() === role,
      );
      if (holder) return holder.ref;
      // "Perdana Menteri Qatar … Sheikh Mohammed bin Abdulrahman Al-Thani …": the office is named
      // by the next untitled person the article introduces.
      for (let k = si; k < Math.min(sents.length, si + 3); k++) {
        for (const x of (sents[k] as SentenceIn).mentions) {
          if (k === si && x.start <= m.start) continue;
          if (
            x.role ||
            x.affil ||
            (x.kind !== 'name' && !(x.kind === 'entity' && x.entity?.type === 'PERSON'))
          )
            continue;
          const name = x.kind === 'name' ? (x.name as string) : (x.entity?.name as string);
          if (!name.includes(' ')) continue;
          const lex = knownPerson(name);
          const p = (lex && byId.get(lex.id)) ?? findPerson(name);
          if (!p || p.role || p.affil) continue;
          p.role = m.role as string;
          if (m.roleKey) p.roleKey = m.roleKey;
          p.affil = m.entity.id;
          return p.ref;
        }
      }
    }
    return toRef(m.entity);
  };

  // The article's main country (most mentioned), for "junta" titles without one.
  const countryCount = new Map<string, { e: LexEntity; n: number; first: number }>();
  let order = 0;
  const needMain = sents.some((s) => s.mentions.some((m) => m.junta));
  for (const s of needMain ? sents : [])
    for (let i = 0; i < s.toks.length; i++) {
      const g = matchAt(s.toks, i, s.titleCase);
      if (!g) continue;
      if (g.entity.type === 'COUNTRY') {
        const c = countryCount.get(g.entity.id) ?? { e: g.entity, n: 0, first: order++ };
        c.n++;
        countryCount.set(g.entity.id, c);
      }
      i = g.end - 1;
    }
  // Ties go to the country named first (the headline's).
  const mainCountry = [...countryCount.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0]?.e;
  // "junta": the most-mentioned state under military rule in the article, else its main country.
  const juntaCountry =
    [...countryCount.values()]
      .filter((c) => c.e.militaryRule)
      .sort((a, b) => b.n - a.n || a.first - b.first)[0]?.e ?? mainCountry;
  for (const s of sents)
    for (const m of s.mentions)
      if (m.junta && !m.affil && juntaCountry) {
        m.affil = juntaCountry;
        if (m.kind === 'role') m.entity = m.affil;
        if (m.name && byId.has(`person:${slug(m.name)}`)) {
          const p = byId.get(`person:${slug(m.name)}`);
          if (p && !p.affil) p.affil = m.affil.id;
        }
      }

  // The person a quote is attributed to: a closing quote, then "kata/ujar …" and a name, in this
  // sentence or one of the next two (a quote is often split into several sentences).
  /** "kami" in a quote: the side of the speaker the quote is attributed to (their country or body). */
  const sideAfter = (si: number): Ref | undefined => {
    const m = speechTagMention(si)?.m;
    if (!m) return undefined;
    if (m.kind === 'role' && m.entity) {
      const r = roleRef(m, si);
      const affil = r?.type === 'PERSON' ? byId.get(r.id)?.affil : undefined;
      const e = affil ? ENTITIES.get(affil) : undefined;
      return e ? toRef(e) : toRef(m.entity);
    }
    if (m.affil && !m.former) return toRef(m.affil);
    const person =
      m.kind === 'entity' && m.entity?.type === 'PERSON'
        ? byId.get(m.entity.id)
        : m.kind === 'name'
          ? findPerson(m.name as string)
          : undefined;
    const e = person?.affil ? ENTITIES.get(person.affil) : undefined;
    if (e) return toRef(e);
    if (m.kind === 'entity' && m.entity && m.entity.type !== 'PERSON') return toRef(m.entity);
    return undefined;
  };
  /** The mention right after the closing quote and its speech tag (", kata X") in this or the next sentences. */
  const speechTagMention = (si: number): { m: Mention; s: SentenceIn } | undefined => {
    for (let k = si; k < Math.min(sents.length, si + 3); k++) {
      const s = sents[k] as SentenceIn;
      for (let i = 0; i < s.toks.length; i++) {
        const t = s.toks[i] as Token;
        if (t.text !== '”' && t.text !== '"') continue;
        let j = i + 1;
        if (s.toks[j]?.text === ',') j++;
        if (!SPEECH_TAGS.has(s.toks[j]?.norm ?? '')) continue;
        const m = s.mentions.find((x) => x.start > j && x.start <= j + 3);
        if (m) return { m, s };
      }
    }
    return undefined;
  };
  const speakerAfter = (si: number): Ref | undefined => {
    const found = speechTagMention(si);
    const m = found?.m;
    const s = found?.s as SentenceIn;
    if (m?.kind === 'entity' && m.entity?.type === 'PERSON')
      return byId.get(m.entity.id)?.ref ?? toRef(m.entity);
    if (m?.kind === 'name') return resolveName(m, s.titleCase, s.toks);
    return undefined;
  };

  const out: Slot[][] = [];
  const prevPerson: (Ref | undefined)[] = [];
  let lastSubjectPerson: Ref | undefined;
  let lastPerson: Ref | undefined;
  let lastActor: Ref | undefined;
  let lastActorAt = -10;
  const personCount = new Map<string, { ref: Ref; n: number }>();
  let lastCountry: Ref | undefined;
  let lastPlace: Ref | undefined;
  let lastPair: Ref[] | undefined;
  let lastGroupAt = -10;
  const groupHistory: Ref[][][] = [];
  const lastPairOf = new Map<EntityType, Ref[]>();
  for (const [si, s] of sents.entries()) {
    const slots: Slot[] = [];
    let main: { ref: Ref; n: number } | undefined;
    for (const c of personCount.values()) if (!main || c.n > main.n) main = c;
    prevPerson.push(main?.ref ?? lastSubjectPerson ?? lastPerson);
    let firstPersonHere: Ref | undefined;
    let firstActorHere: Ref | undefined;
    for (const m of s.mentions) {
      let ref: Ref | undefined;
      let pair: Ref[] | undefined;
      if (m.kind === 'entity' && m.entity) {
        ref = toRef(m.entity);
        if (m.entity.type === 'PERSON') ref = byId.get(m.entity.id)?.ref ?? ref;
        if (m.pair) pair = m.pair.map(toRef);
        // A capital stands for its government unless the sentence treats it as a place
        // ("tiba di Doha", "mengunjungi Kyiv dan Moskow").
        const prevSlot = slots[slots.length - 1];
        const joinedToPlace =
          prevSlot?.ref.type === 'LOCATION' &&
          prevSlot.end === m.start - 1 &&
          ['dan', ','].includes(s.toks[m.start - 1]?.norm ?? '');
        if (m.entity.capitalOf && !LOCATIVE.has(s.toks[m.start - 1]?.norm ?? '') && !joinedToPlace) {
          const next = s.toks[m.end];
          const followedByCountry =
            next?.text === ',' &&
            s.mentions.some((x) => x.start === m.end + 1 && x.entity?.type === 'COUNTRY');
          const gov = ENTITIES.get(m.entity.capitalOf);
          if (gov && !followedByCountry) ref = toRef(gov);
        }
      } else if (m.kind === 'name') ref = resolveName(m, s.titleCase, s.toks);
      else if (m.kind === 'role') {
        if (m.pronoun === 'country') ref = lastCountry;
        // "Pemimpin Turki itu"; "Mantan wakil menteri luar negeri Laos …": a person already in the story.
        else if (m.anaphor || m.former) ref = firstPersonHere ?? lastSubjectPerson ?? lastPerson;
        else {
          ref = roleRef(m, si);
          // The office holder: the slot is that person, tied to the office's country.
          if (ref?.type === 'PERSON' && m.entity) m.affil = m.entity;
        }
      } else if (m.kind === 'pronoun') {
        if (m.pronoun === 'pair') {
          const said = surface(s.toks, m.start, m.end, s.text).toLowerCase();
          const wanted: EntityType | undefined = /pemimpin|menteri|utusan/.test(said)
            ? 'PERSON'
            : said.includes('negara')
              ? 'COUNTRY'
              : undefined;
          const size = groupSize(said);
          // "ketiga negara tersebut": the latest group of that size (and kind) the text has named.
          // Sentences latest first; within one, its first group (the subject's) first.
          const fits = (g: Ref[]): boolean => g.length === size && (!wanted || (g[0] as Ref).type === wanted);
          const sized = [...groupHistory]
            .reverse()
            .find((gs) => gs.some(fits))
            ?.find(fits);
          const members = WARRING.test(said)
            ? undefined
            : (sized ?? (wanted ? lastPairOf.get(wanted) : lastPair));
          if (!WARRING.test(said) && !members) continue;
          const slot: Slot = {
            start: m.start,
            end: m.end,
            ref: members?.[0] ?? PARTIES,
            mention: surface(s.toks, m.start, m.end, s.text),
            m,
          };
          if (members) slot.members = members;
          slots.push(slot);
          continue;
        }
        if (m.pronoun === 'person') ref = firstPersonHere ?? lastSubjectPerson ?? lastPerson;
        // "mereka" after a group of the sentence before stands for each member ("A dan B … Mereka").
        else if (m.pronoun === 'actor' && lastPair && si - lastGroupAt === 1 && !firstActorHere) {
          const said = surface(s.toks, m.start, m.end, s.text).toLowerCase();
          if (said === 'mereka' && m.start <= 1) {
            slots.push({
              start: m.start,
              end: m.end,
              ref: lastPair[0] as Ref,
              mention: said,
              m,
              members: lastPair,
            });
            continue;
          }
          ref = si - lastActorAt <= 1 ? lastActor : undefined;
        }
        // "mereka"/"pihaknya" reach back one sentence at most.
        else if (m.pronoun === 'actor')
          ref = firstActorHere ?? (si - lastActorAt <= 1 ? lastActor : undefined);
        // "ke sana": the place last named.
        else if (m.pronoun === 'place') ref = lastPlace;
        // "saya" inside a quote: whoever the quote is attributed to ("…,” kata Presiden Jokowi).
        else if (m.pronoun === 'speaker') ref = speakerAfter(si);
        else if (m.pronoun === 'side') ref = quoteOpenBefore(s.toks, m.start) ? sideAfter(si) : undefined;
        else ref = lastCountry;
      }
      if (!ref) continue;
      // A news outlet is a source, not an actor.
      if (m.entity?.media) continue;
      const slot: Slot = {
        start: m.start,
        end: m.end,
        ref,
        mention: surface(s.toks, m.start, m.end, s.text),
        m,
      };
      if (pair) slot.pair = pair;
      slots.push(slot);
      const isPersonLike =
        ref.type === 'PERSON' || (m.kind === 'role' && !GENERIC_ROLES.has((m.role ?? '').toLowerCase()));
      if (ref.type === 'PERSON') {
        const c = personCount.get(ref.id) ?? { ref, n: 0 };
        c.n++;
        personCount.set(ref.id, c);
      }
      if (isPersonLike && m.kind !== 'pronoun') {
        if (!firstPersonHere) firstPersonHere = ref;
        lastPerson = ref;
      }
      if (ref.type === 'COUNTRY') lastCountry = ref;
      if ((ref.type === 'COUNTRY' || ref.type === 'LOCATION') && m.kind !== 'pronoun') lastPlace = ref;
      if ((ref.type === 'COUNTRY' || ref.type === 'ORGANIZATION') && !firstActorHere) firstActorHere = ref;
      if (ref.type === 'COUNTRY' || ref.type === 'ORGANIZATION') {
        lastActor = ref;
        lastActorAt = si;
      }
    }
    // The sentence's coordinated groups ("A, B dan C"), for a later "keduanya", "ketiganya", "mereka".
    const groups = coordinatedGroups(s.toks, slots);
    if (groups.length > 0) groupHistory.push(groups);
    if (groups.length > 0) {
      lastPair = groups[0];
      lastGroupAt = si;
      for (const g of groups) {
        const t = (g[0] as Ref).type;
        if (!lastPairOf.has(t) || g === groups[0]) lastPairOf.set(t, g);
      }
    }
    const first = slots.find((x) => x.ref.type !== 'LOCATION' && x.ref.type !== 'CONFLICT');
    if (first && (first.ref.type === 'PERSON' || PERSON_PRONOUN_BLOCK.has(first.mention.toLowerCase())))
      lastSubjectPerson = first.ref;
    out.push(slots);
  }
  return { slots: out, prevPerson, speakers: out.map((ss, si) => quoteSpeaker(sents[si] as SentenceIn, ss)) };
}
