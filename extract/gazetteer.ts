// The gazetteer: every lexicon name (countries, places, organisations, known people) as token
// sequences indexed by first token, matched longest-first with case rules for abbreviations.

import type { EntityType } from '../src/schema';
import { CONFLICTS, COUNTRIES, countryTable, LOCATIONS, OFFICES, ORGANIZATIONS, PERSONS } from './lexicon';
import { type Token, tokenize } from './text';

export interface LexEntity {
  id: string;
  name: string;
  type: EntityType;
  /** AFFILIATED_WITH parent (country or organisation id) for bodies that belong to it. */
  parent?: string | undefined;
  /** For capitals: the country whose government the city may stand for. */
  capitalOf?: string | undefined;
  /** A news outlet: quoted as a source, never a party to talks or demands. */
  media?: boolean | undefined;
  /** A seat of government (Gedung Putih, Kremlin): a body of its state wherever it occurs. */
  seat?: boolean | undefined;
  /** A state under a military junta, which "junta" refers to. */
  militaryRule?: boolean | undefined;
}

interface Entry {
  norms: string[];
  surface: string[];
  /** exact: case must match (AS, RI, PBB); cap: first letter upper-case; any: as written. */
  caseMode: 'exact' | 'cap' | 'any';
  entity: LexEntity;
}

export const ENTITIES = new Map<string, LexEntity>();
const INDEX = new Map<string, Entry[]>();

/**
 * Look-ups that are pure functions of a string, cached: the mention and people stages slug and look
 * up the same names many times over (knownPerson: 3 in 4 calls on the bench corpus are repeats).
 * Bounded, so memory stays flat however long the corpus is. One cache per function, not a shared
 * memo wrapper: a wrapper calling two different functions is a polymorphic call V8 cannot inline.
 */
const CACHE_SIZE = 20_000;
function cachePut<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, value);
}

const SLUGS = new Map<string, string>();
export function slug(s: string): string {
  let v = SLUGS.get(s);
  if (v === undefined) {
    v = s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    cachePut(SLUGS, s, v);
  }
  return v;
}

export const countryId = (code: string): string => `country:${code.toLowerCase()}`;

const PLACE_COUNTRY = new Map<string, string>();
/** The country a lexicon place lies in (or is the capital of). */
export function countryOfPlace(placeId: string): string | undefined {
  return PLACE_COUNTRY.get(placeId);
}

function add(alias: string, entity: LexEntity, forceExact = false): void {
  const toks = tokenize(alias);
  if (toks.length === 0) return;
  const first = toks[0] as Token;
  const allUpper = alias === alias.toUpperCase() && /\p{Lu}/u.test(alias);
  // Conflict names are common nouns ("konflik Sudan"), so their first word may be lower-case.
  const caseMode =
    forceExact || (allUpper && alias.length <= 5)
      ? 'exact'
      : first.cap && entity.type !== 'CONFLICT'
        ? 'cap'
        : 'any';
  const e: Entry = { norms: toks.map((t) => t.norm), surface: toks.map((t) => t.text), caseMode, entity };
  const list = INDEX.get(first.norm);
  if (list) list.push(e);
  else INDEX.set(first.norm, [e]);
}

function register(given: LexEntity, aliases: readonly string[], exact: readonly string[] = []): void {
  // Every field present, in one order: the mention stages and the engine read entities of every
  // kind, and one shape keeps those reads from deoptimising as new shapes come in.
  const entity: LexEntity = {
    id: given.id,
    name: given.name,
    type: given.type,
    parent: given.parent,
    capitalOf: given.capitalOf,
    media: given.media,
    seat: given.seat,
    militaryRule: given.militaryRule,
  };
  ENTITIES.set(entity.id, entity);
  for (const a of [entity.name, ...aliases]) {
    add(a, entity, exact.includes(a));
    // Sources that space out hyphens write "Timor - Leste"; the tokenizer rejoins only lower-case
    // syllables ("Jong - un"), so a hyphen between capitalised parts needs its spaced form too.
    const spaced = a.replace(/(\p{L})-(\p{Lu})/gu, '$1 - $2');
    if (spaced !== a) add(spaced, entity, exact.includes(a));
  }
}

for (const c of countryTable()) {
  const e: LexEntity = { id: countryId(c.code), name: c.name, type: 'COUNTRY' };
  if (c.militaryRule) e.militaryRule = true;
  register(e, c.aliases);
}
for (const l of LOCATIONS.locations) {
  const e: LexEntity = { id: `location:${l.id}`, name: l.name, type: 'LOCATION' };
  // The seat of a government ("Kremlin") stands for the state the way a capital does.
  if (l.in ?? l.capitalOf) PLACE_COUNTRY.set(e.id, countryId((l.in ?? l.capitalOf) as string));
  if (l.capitalOf ?? l.governmentOf) e.capitalOf = countryId((l.capitalOf ?? l.governmentOf) as string);
  // "Brussel mendesak …": the seat of an organisation stands for it, not for the state it lies in.
  if (l.seatOf) e.capitalOf = `org:${l.seatOf}`;
  register(e, l.aliases);
}
for (const o of ORGANIZATIONS.organizations) {
  const e: LexEntity = { id: `org:${o.id}`, name: o.name, type: 'ORGANIZATION' };
  if (o.media) e.media = true;
  if (o.seat) e.seat = true;
  if (o.parent)
    e.parent =
      o.parent.length === 2 && o.parent === o.parent.toUpperCase() ? countryId(o.parent) : `org:${o.parent}`;
  register(e, o.aliases, o.caseSensitive ?? []);
}
for (const p of PERSONS.persons) {
  register({ id: `person:${slug(p.name)}`, name: p.name, type: 'PERSON' }, p.aliases);
}
for (const list of INDEX.values()) list.sort((a, b) => b.norms.length - a.norms.length);

export interface GazMatch {
  end: number;
  entity: LexEntity;
}

/** State prefixes as token norms, longest first ("republik islam" before "republik"). */
const STATE_PREFIXES = COUNTRIES.statePrefixes
  .map((p) => tokenize(p).map((t) => t.norm))
  .sort((a, b) => b.length - a.length);
const PREFIX_FIRST = new Set(STATE_PREFIXES.map((p) => p[0] as string));

/**
 * "Republik Uzbekistan", "Kerajaan Arab Saudi": a capitalised state prefix before a state's name is
 * that state, unless the lexicon names the whole form as something else ("Republik Demokratik Kongo").
 */
function formalStateAt(toks: readonly Token[], i: number, titleCase: boolean): GazMatch | undefined {
  if (!toks[i]?.cap && !titleCase) return undefined;
  for (const p of STATE_PREFIXES) {
    if (!p.every((w, k) => toks[i + k]?.norm === w)) continue;
    const m = lexMatchAt(toks, i + p.length, titleCase);
    if (m?.entity.type === 'COUNTRY') return m;
  }
  return undefined;
}

/** Longest lexicon entry starting at token i, or undefined. */
export function matchAt(toks: readonly Token[], i: number, titleCase: boolean): GazMatch | undefined {
  const m = lexMatchAt(toks, i, titleCase);
  if (!PREFIX_FIRST.has(toks[i]?.norm ?? '')) return m;
  const formal = formalStateAt(toks, i, titleCase);
  return formal && formal.end > (m?.end ?? i) ? formal : m;
}

function lexMatchAt(toks: readonly Token[], i: number, titleCase: boolean): GazMatch | undefined {
  const t = toks[i];
  if (!t) return undefined;
  const list = INDEX.get(t.norm);
  if (!list) return undefined;
  outer: for (const e of list) {
    const n = e.norms.length;
    if (i + n > toks.length) continue;
    for (let k = 1; k < n; k++) if (toks[i + k]?.norm !== e.norms[k]) continue outer;
    if (e.caseMode === 'exact') {
      for (let k = 0; k < n; k++) if (toks[i + k]?.text !== e.surface[k]) continue outer;
    } else if (e.caseMode === 'cap' && !t.cap && !titleCase) continue;
    return { end: i + n, entity: e.entity };
  }
  return undefined;
}

/** Known person whose alias is exactly this name (e.g. "Blinken" → Antony Blinken). */
const KNOWN_PERSONS = new Map<string, LexEntity | null>();
export function knownPerson(name: string): LexEntity | undefined {
  const hit = KNOWN_PERSONS.get(name);
  if (hit !== undefined) return hit ?? undefined;
  const toks = tokenize(name);
  const m = matchAt(toks, 0, false);
  const found = m && m.end === toks.length && m.entity.type === 'PERSON' ? m.entity : undefined;
  cachePut(KNOWN_PERSONS, name, found ?? null);
  return found;
}

/** Lexicon id ("IL", "hamas", "gaza") → entity id. */
function lexRef(ref: string): string {
  if (ref.length === 2 && ref === ref.toUpperCase()) return countryId(ref);
  if (ENTITIES.has(`org:${ref}`)) return `org:${ref}`;
  return `location:${ref}`;
}

/** Office terms by "role|entity id" (offices.json): who held a post between two dates. */
const TERMS = new Map<string, { from: string; to: string; holder: string }[]>();
for (const o of OFFICES.offices) {
  const key = `${o.role.toLowerCase()}|${lexRef(o.of)}`;
  const l = TERMS.get(key) ?? [];
  l.push({ from: o.from, to: o.to ?? '9999-12-31', holder: o.holder });
  TERMS.set(key, l);
}

/** Articles with no date are read as recent news: from this day on. */
const UNDATED_FROM = '2017-01-01';

/**
 * The person who held an office of a state or body on a date ("Emir Qatar" in May 2022: Tamim bin
 * Hamad Al-Thani). Without a date, the one holder since UNDATED_FROM if the table covers that stretch
 * and there was only one ("Emir Qatar", "Presiden China"); else undefined.
 */
export function officeHolder(
  role: string,
  entityId: string,
  date: string | undefined,
): LexEntity | undefined {
  const terms = TERMS.get(`${role.toLowerCase()}|${entityId}`) ?? [];
  if (!date) {
    // Only where the table covers the whole stretch: an office listed from 2022 on says nothing of 2018.
    const covered = terms.some((t) => t.from <= UNDATED_FROM);
    const since = new Set(terms.filter((t) => t.to > UNDATED_FROM).map((t) => t.holder));
    const [only] = since;
    return covered && since.size === 1 && only !== undefined ? knownPerson(only) : undefined;
  }
  const day = date.length === 7 ? `${date}-15` : date.slice(0, 10);
  const term = terms.find((t) => t.from <= day && day < t.to);
  return term ? knownPerson(term.holder) : undefined;
}

/** Each office holder's states in the table (person id → country ids). */
const HOLDER_STATES = new Map<string, Set<string>>();
for (const o of OFFICES.offices) {
  const person = knownPerson(o.holder);
  const of = lexRef(o.of);
  if (!person || ENTITIES.get(of)?.type !== 'COUNTRY') continue;
  const set = HOLDER_STATES.get(person.id) ?? new Set<string>();
  set.add(of);
  HOLDER_STATES.set(person.id, set);
}

/** The one state whose offices the table says this person held ("Retno Marsudi" → Indonesia), if one. */
export function officeState(personId: string): LexEntity | undefined {
  const states = HOLDER_STATES.get(personId);
  const [only] = states ?? [];
  return states?.size === 1 && only !== undefined ? ENTITIES.get(only) : undefined;
}

/** Everyone the table lists for an office, whatever the date ("Presiden Ukraina": Poroshenko, Zelensky). */
export function officeHolders(role: string, entityId: string): LexEntity[] {
  const terms = TERMS.get(`${role.toLowerCase()}|${entityId}`) ?? [];
  return terms.map((t) => knownPerson(t.holder)).filter((p): p is LexEntity => p !== undefined);
}

export interface ConflictDef {
  id: string;
  name: string;
  parties: string[];
  places: string[];
}

export const CONFLICT_DEFS: ConflictDef[] = CONFLICTS.conflicts.map((c) => ({
  id: `conflict:${c.id}`,
  name: c.name,
  parties: c.parties.map(lexRef).sort(),
  places: c.places.map(lexRef),
}));
for (const [i, c] of CONFLICTS.conflicts.entries()) {
  const def = CONFLICT_DEFS[i] as ConflictDef;
  register({ id: def.id, name: def.name, type: 'CONFLICT' }, c.aliases);
}
for (const list of INDEX.values()) list.sort((a, b) => b.norms.length - a.norms.length);

/** The parties of conflicts made up from their parties (not in the lexicon), by id: the same id, the same parties. */
const MADE_UP = new Map<string, readonly string[]>();

/** The parties of a conflict: the lexicon's, or those it was made up from. */
export function partiesOf(conflictId: string): readonly string[] {
  return CONFLICT_DEFS.find((c) => c.id === conflictId)?.parties ?? MADE_UP.get(conflictId) ?? [];
}

/** The conflict between these parties: a lexicon one where it has exactly these parties, else a new one. */
export function conflictOf(parties: readonly LexEntity[]): LexEntity {
  const ids = [...new Set(parties.map((p) => p.id))].sort();
  const def = CONFLICT_DEFS.find(
    (c) => c.parties.length === ids.length && c.parties.every((p, i) => p === ids[i]),
  );
  if (def) return { id: def.id, name: def.name, type: 'CONFLICT' };
  const names = [...new Map(parties.map((p) => [p.id, p.name])).values()];
  const id = `conflict:${ids.map((i) => i.split(':')[1]).join('-')}`;
  MADE_UP.set(id, ids);
  return {
    id,
    name: `konflik ${names.join('–')}`,
    type: 'CONFLICT',
  };
}

/** The lexicon conflict named by a place ("perang di Gaza"). */
export function conflictAt(placeId: string): LexEntity | undefined {
  const def = CONFLICT_DEFS.find((c) => c.places.includes(placeId));
  return def ? { id: def.id, name: def.name, type: 'CONFLICT' } : undefined;
}

/** First words of every lexicon name, for a quick "could a name start here" test. */
export function lexiconFirstWords(): string[] {
  return [...INDEX.keys()];
}
