// The people of one document: everyone named in full (or known to the lexicon), surnames matched to
// full names, offices matched to their holders, and the speakers that quotations are attributed to.
import { ENTITIES, knownPerson, type LexEntity, matchAt, officeState, slug } from './gazetteer';
import { TITLES } from './lexicon';
import { closesOpener, frontedAt, type Mention } from './mentions';
import { groupContext, placeContext } from './places';
import { speakerBefore, speakerOf } from './quotes';
import type { Ref, SentenceIn } from './resolve-types';
import { hasTag, tagged } from './tags';
import type { Token } from './text';

const GENERIC_ROLES = tagged('GenericRole');
/** A rank left standing alone before a body ("Jenderal TNI Gatot …") names no one. */
const HONORIFICS: ReadonlySet<string> = new Set(TITLES.honorifics);

export const toRef = (e: LexEntity): Ref => ({ id: e.id, name: e.name, type: e.type });

export interface Person {
  ref: Ref;
  tokens: string[];
  role: string | undefined;
  roleKey: string | undefined;
  affil: string | undefined;
  /** The parent of a body the person is tied to ("Kantor PBB" → PBB), so "Dirjen PBB" finds them. */
  affilParent: string | undefined;
  /** Further offices held at once ("Perdana Menteri Malaysia dan ketua ASEAN Anwar Ibrahim"): role, body. */
  offices: { role: string; affil: string }[];
}

/** Everyone the document names, by id and by each word of their name. */
export class People {
  readonly list: Person[] = [];
  private readonly byId = new Map<string, Person>();
  private readonly byToken = new Map<string, Person[]>();
  /** Places the document names after a place head ("kota Tua Mosul"), by their last word ("mosul"). */
  readonly places = new Map<string, Ref>();

  get(id: string): Person | undefined {
    return this.byId.get(id);
  }

  /** A person's side: the state the article ties them to, else the one whose office the lexicon says they held. */
  sideOf(id: string): string | undefined {
    return this.byId.get(id)?.affil ?? officeState(id)?.id;
  }

  add(ref: Ref, role?: string, affil?: LexEntity, roleKey?: string): Person {
    const known = this.byId.get(ref.id);
    if (known) {
      known.roleKey ??= roleKey;
      known.role ??= role;
      if (known.affil === undefined) {
        known.affil = affil?.id;
        known.affilParent = affil?.parent;
      }
      return known;
    }
    const tokens = ref.name.toLowerCase().split(/[\s-]+/);
    const p: Person = {
      ref,
      tokens,
      role,
      roleKey,
      affil: affil?.id,
      affilParent: affil?.parent,
      offices: [],
    };
    this.list.push(p);
    this.byId.set(ref.id, p);
    for (const t of new Set(p.tokens)) {
      const l = this.byToken.get(t);
      if (l) l.push(p);
      else this.byToken.set(t, [p]);
    }
    return p;
  }

  /** Who holds an office ("perdana menteri"), of a country or body (or its parent) when one is given. */
  holders(role: string, affil?: string): Person[] {
    return this.list.filter(
      (p) =>
        ((p.roleKey ?? p.role)?.toLowerCase() === role &&
          (affil === undefined || p.affil === affil || p.affilParent === affil)) ||
        p.offices.some((o) => o.role === role && (affil === undefined || o.affil === affil)),
    );
  }

  /** A name that is the end of a longer name in the document ("Al Khulaifi", "Blinken"): the longest. */
  find(name: string): Person | undefined {
    const toks = name.toLowerCase().split(/[\s-]+/);
    let best: Person | undefined;
    for (const p of this.byToken.get(toks[toks.length - 1] as string) ?? []) {
      const contains = toks.length === 1 ? p.tokens.includes(toks[0] as string) : endsWith(p.tokens, toks);
      if (contains && (!best || p.tokens.length > best.tokens.length)) best = p;
    }
    return best;
  }
}

/**
 * Whether a name's words end with these words. Compared word by word, not as joined strings (two
 * strings built per candidate); the same answer, since words hold no spaces.
 */
function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  const from = words.length - tail.length;
  if (from < 0) return false;
  for (let k = 0; k < tail.length; k++) if (words[from + k] !== tail[k]) return false;
  return true;
}

/**
 * A one-word name is a person when a title ties it to a country or body ("Menlu AS Blinken"), or
 * after a title that only people bear ("Raja Salman"; "Menteri Agama" names a portfolio).
 */
function oneWordPerson(m: Mention, s: SentenceIn): boolean {
  const personal = [m.role, m.roleKey].some(
    (r) => r !== undefined && hasTag(r.toLowerCase(), 'PersonalTitle'),
  );
  // "Ibu Iriana", "Pangeran George", "Jenderal Dagalo": an honorific before one name makes it a person's.
  const first = s.toks[m.start];
  const honoured =
    !m.role && first?.cap && hasTag(first.norm, 'PersonHonorific') && !m.name?.startsWith(first.text);
  return (m.affil !== undefined || personal || honoured === true) && !m.former && !s.titleCase;
}

/**
 * A name after or starting with a place head ("kota Iquique", "Pangkalan Udara Halim"): a place. So is
 * each name listed after it ("kota Bahawalpur, Muridke, dan Kotli"): the head governs the list.
 */
function placeHeaded(m: Mention, s: SentenceIn): boolean {
  const headed = (x: Mention): boolean =>
    hasTag(s.toks[x.start - 1]?.norm ?? '', 'PlaceHead') || hasTag(s.toks[x.start]?.norm ?? '', 'PlaceHead');
  let cur = m;
  for (let guard = 0; guard < 12; guard++) {
    if (headed(cur)) return true;
    let b = cur.start - 1;
    if (hasTag(s.toks[b]?.norm ?? '', 'Coordinator')) b--;
    if (s.toks[b]?.text === ',') b--;
    const prev = s.mentions.find((x) => x.end === b + 1);
    if (b === cur.start - 1 || !prev || prev.kind !== 'name' || prev.role) return false;
    cur = prev;
  }
  return false;
}

/**
 * "Second Thomas Shoal", "Mischief Reef", "Spratly Islands": a name closed by a geographic noun is a
 * place, even after a title ("anggota militer Filipina Second Thomas Shoal" are soldiers stationed there).
 */
function placeTailed(name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && hasTag(words[words.length - 1]?.toLowerCase() ?? '', 'PlaceTail');
}

/** "Kota Tua Mosul … menyerang Mosul": a place named in full once may be named by its last word after. */
function notePlace(people: People, name: string): void {
  const last = name.split(' ').pop()?.toLowerCase() ?? '';
  people.places.set(last, { id: `place:${slug(name)}`, name, type: 'LOCATION' });
}

/** Pass 1: people named in full (or known) anywhere in the document. */
export function collectPeople(sents: readonly SentenceIn[]): People {
  const people = new People();
  for (const s of sents)
    for (const m of s.mentions) {
      const affil = m.affil && !m.former ? m.affil : undefined;
      // "Presiden AS terpilih Donald Trump", "mantan Presiden X": a post not held names no holder.
      const role = m.former ? undefined : m.role;
      const roleKey = m.former ? undefined : m.roleKey;
      // "Pangkalan Udara Halim Perdanakusuma", "kota Iquique": a place, remembered for later mentions.
      if (m.kind === 'name' && m.name && ((!m.role && placeHeaded(m, s)) || placeTailed(m.name)))
        notePlace(people, m.name);
      else if (m.kind === 'entity' && m.entity?.type === 'PERSON')
        people.add(toRef(m.entity), role, affil, roleKey);
      else if (
        m.kind === 'name' &&
        m.name &&
        (m.name.includes(' ') || m.role || oneWordPerson(m, s)) &&
        (!s.titleCase || m.role)
      ) {
        const lex = knownPerson(m.name);
        if (lex) people.add(toRef(lex), role, affil, roleKey);
        // "kelompok militan Al-Shabaab", "milisi Fano": a group, not a person.
        else if (!m.role && groupContext(s.toks, m.start)) continue;
        else if (m.name.includes(' ') || oneWordPerson(m, s)) {
          const longer = people.find(m.name);
          if (longer && longer.tokens.length > m.name.split(/\s+/).length) continue;
          people.add({ id: `person:${slug(m.name)}`, name: m.name, type: 'PERSON' }, role, affil, roleKey);
        }
      }
    }
  for (const s of sents) for (const m of s.mentions) if (m.sharedHolder) noteSharedOffice(people, s, m);
  return people;
}

/** "Perdana Menteri Malaysia dan ketua ASEAN Anwar Ibrahim": the first post is the named holder's too. */
function noteSharedOffice(people: People, s: SentenceIn, m: Mention): void {
  const next = s.mentions.find((x) => x.start === m.end + 1);
  const p =
    next?.kind === 'entity' && next.entity?.type === 'PERSON'
      ? people.get(next.entity.id)
      : next?.name
        ? people.find(next.name)
        : undefined;
  const role = (m.roleKey ?? m.role ?? '').toLowerCase();
  if (p && m.entity && role) p.offices.push({ role, affil: m.entity.id });
}

/** A capitalised name: a known or named person, an unknown place after a travel verb, or nothing. */
export function resolveName(people: People, m: Mention, s: SentenceIn): Ref | undefined {
  const name = m.name as string;
  const lex = knownPerson(name);
  if (lex) return people.get(lex.id)?.ref ?? toRef(lex);
  const p = people.find(name);
  if (p) return p.ref;
  const place = people.places.get(name.toLowerCase());
  if (!m.role && place) return place;
  if (placeTailed(name)) return { id: `place:${slug(name)}`, name, type: 'LOCATION' };
  // After a travel verb or a place head a capitalised word is a place ("tiba di Iquique", "kota Iquique").
  if (!m.role && (placeContext(s.toks, m.start) || placeHeaded(m, s)))
    return { id: `place:${slug(name)}`, name, type: 'LOCATION' };
  // After a group noun it is an organisation ("kelompok militan Al-Shabaab", "milisi Fano").
  if (!m.role && !s.titleCase && groupContext(s.toks, m.start))
    return { id: `org:${slug(name)}`, name, type: 'ORGANIZATION' };
  // "Aliansi Demokratis …", "Front Pembebasan …", "Asosiasi Pengusaha …": a group or a body by its head word.
  const [head = '', second = ''] = name.toLowerCase().split(' ');
  // "Kepresidenan Istana Rashtrapati Bhavan": a palace, not a body.
  const body = hasTag(head, 'BodyHead') && !hasTag(second, 'StateProperty');
  if (!m.role && name.includes(' ') && (hasTag(head, 'GroupHead') || body))
    return { id: `org:${slug(name)}`, name, type: 'ORGANIZATION' };
  if ((name.includes(' ') && (!s.titleCase || m.role)) || oneWordPerson(m, s))
    return { id: `person:${slug(name)}`, name, type: 'PERSON' };
  return undefined;
}

/** An office ("Perdana Menteri Qatar"): its holder when the document names one, else the country or body. */
export function roleRef(
  people: People,
  sents: readonly SentenceIn[],
  m: Mention,
  si: number,
): Ref | undefined {
  if (!m.entity) return undefined;
  const role = (m.roleKey ?? m.role ?? '').toLowerCase();
  if (GENERIC_ROLES.has(role) || m.kind !== 'role') return toRef(m.entity);
  const holder = people.holders(role, m.entity.id)[0];
  if (holder) return holder.ref;
  const head = relativeHead(people, sents[si] as SentenceIn, m);
  if (head) return head.ref;
  const p = introducedHolder(people, sents, m, si);
  if (!p) return toRef(m.entity);
  p.role = m.role as string;
  p.roleKey ??= m.roleKey;
  p.affil = m.entity.id;
  return p.ref;
}

/** Tokens a title may stand from its holder in the same sentence ("Menlu RI ( Retno … )", "saat itu X"). */
const HOLDER_GAP = 8;

/**
 * An office that names no holder of its own: read back ("presiden AS itu"), held by many ("para menteri
 * ASEAN") or predicated ("menjadi Presiden AS", "terpilih sebagai presiden Amerika").
 */
export function genericOffice(toks: readonly Token[], m: Mention): boolean {
  const before = toks[m.start - 1]?.norm ?? '';
  return (
    hasTag(toks[m.end]?.norm ?? '', 'Demonstrative') ||
    hasTag(before, 'Quantifier') ||
    hasTag(before, 'Become') ||
    hasTag(before, 'Copula')
  );
}

/**
 * The holder an office introduces: the first person named right after it in the sentence ("Presiden
 * Haiti saat ini, Jovenel Moise"), else a new person opening one of the next two sentences ("Perdana
 * Menteri Qatar … . Sheikh Mohammed … tidak memberikan …"). An office read back ("presiden AS itu"),
 * held by many ("para menteri ASEAN"), predicated ("menjadi Presiden AS") or fronted ("Dengan Menlu X,
 * Y …") introduces no one.
 */
function introducedHolder(
  people: People,
  sents: readonly SentenceIn[],
  m: Mention,
  si: number,
): Person | undefined {
  const toks = (sents[si] as SentenceIn).toks;
  const titleCase = (sents[si] as SentenceIn).titleCase;
  if (frontedAt(toks, m.start) || closesOpener(toks, m.start, m.end, titleCase)) return undefined;
  if (genericOffice(toks, m)) return undefined;
  const same = appositiveHolder(people, sents[si] as SentenceIn, m);
  if (same !== null) return same;
  for (let k = si + 1; k < Math.min(sents.length, si + 3); k++) {
    const first = (sents[k] as SentenceIn).mentions[0];
    if (first && first.start === 0) return newPerson(people, first);
  }
  return undefined;
}

/**
 * The person standing in apposition after an office in its own sentence, across places, parties and
 * words tagged #OfficeGap ("Dubes RI di Kairo Helmy Fauzi", "Presiden Haiti saat ini, Jovenel Moise");
 * a verb in between ends the search ("Presiden AS bertemu dengan Joko Widodo"). null: look further.
 */
function appositiveHolder(people: People, sent: SentenceIn, m: Mention): Person | undefined | null {
  let at = m.end;
  for (const x of sent.mentions) {
    if (x.start < m.end) continue;
    if (x.start - m.end > HOLDER_GAP || !gapOpen(sent.toks, at, x.start)) return null;
    const p = newPerson(people, x);
    if (p) return p;
    if ((x.kind === 'name' && !HONORIFICS.has(x.name?.toLowerCase() ?? '')) || x.entity?.type === 'PERSON')
      return undefined;
    at = Math.max(at, x.end);
  }
  return null;
}

/** Only punctuation, numbers, capitalised words and #OfficeGap words lie between tokens from and to. */
function gapOpen(toks: SentenceIn['toks'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (!t || /^[\p{Lu}\p{P}\p{N}]/u.test(t.text) || hasTag(t.norm, 'OfficeGap')) continue;
    return false;
  }
  return true;
}

/** A person mention with a full name and no office or party of its own yet. */
function newPerson(people: People, x: Mention): Person | undefined {
  if (x.role || x.affil) return undefined;
  if (x.kind !== 'name' && !(x.kind === 'entity' && x.entity?.type === 'PERSON')) return undefined;
  const name = x.kind === 'name' ? (x.name as string) : (x.entity?.name as string);
  if (!name.includes(' ')) return undefined;
  const lex = knownPerson(name);
  const p = (lex && people.get(lex.id)) ?? people.find(name);
  return p && !p.role && !p.affil ? p : undefined;
}

/**
 * "Ramtane Lamamra, yang menjabat sebagai utusan khusus PBB, …", "X, yang juga Ketua ECOWAS",
 * "X selaku Ketua ECOWAS": an office after a copula belongs to the person it describes.
 */
function relativeHead(people: People, s: SentenceIn, m: Mention): Person | undefined {
  let k = m.start - 1;
  let copulas = 0;
  let become = false;
  // "Erywan Yusof yang (kini) menjadi utusan khusus ASEAN": "menjadi" links only in a relative clause;
  // "mendukung X menjadi Sekjen PBB" is a wish, "yang sebelumnya menjabat sebagai …" an office left.
  const linking = (n: string): boolean =>
    hasTag(n, 'Copula') || hasTag(n, 'Become') || hasTag(n, 'Incumbent');
  while (k >= 0 && linking(s.toks[k]?.norm ?? '')) {
    become ||= hasTag(s.toks[k]?.norm ?? '', 'Become');
    k--;
    copulas++;
  }
  if (s.toks[k]?.norm === 'yang') k--;
  else if (copulas === 0 || become) return undefined;
  if (s.toks[k]?.text === ',') k--;
  const x = s.mentions.find((c) => c.end === k + 1 && c !== m);
  const name = x?.kind === 'name' ? x.name : x?.entity?.type === 'PERSON' ? x.entity.name : undefined;
  if (name === undefined || !m.entity) return undefined;
  const lex = knownPerson(name);
  const p = (lex && people.get(lex.id)) ?? people.find(name);
  if (!p) return undefined;
  if (p.affil === undefined) {
    p.role = m.role;
    p.roleKey ??= m.roleKey;
    p.affil = m.entity.id;
  }
  return p;
}

/**
 * "junta" titles without a country: the most-mentioned state under military rule, else the main country;
 * "pemerintah" titles without a country: the main country.
 */
export function assignGovernments(sents: readonly SentenceIn[], people: People): void {
  if (!sents.some((s) => s.mentions.some((m) => m.home))) return;
  const count = new Map<string, { e: LexEntity; n: number; first: number }>();
  let order = 0;
  for (const s of sents)
    for (let i = 0; i < s.toks.length; i++) {
      const g = matchAt(s.toks, i, s.titleCase);
      if (!g) continue;
      if (g.entity.type === 'COUNTRY') {
        const c = count.get(g.entity.id) ?? { e: g.entity, n: 0, first: order++ };
        c.n++;
        count.set(g.entity.id, c);
      }
      i = g.end - 1;
    }
  // Ties go to the country named first (the headline's).
  const ranked = [...count.values()].sort((a, b) => b.n - a.n || a.first - b.first);
  const home = ranked[0]?.e;
  const junta = ranked.find((c) => c.e.militaryRule)?.e ?? home;
  if (!junta || !home) return;
  for (const s of sents)
    for (const m of s.mentions)
      if (m.home && !m.affil) {
        m.affil = m.home === 'junta' ? junta : home;
        if (m.kind === 'role') m.entity = m.affil;
        const p = m.name ? people.get(`person:${slug(m.name)}`) : undefined;
        if (p) p.affil ??= m.affil.id;
      }
}

/** The mention right after a closing quote and its speech tag (", kata X"), here or in the next two sentences. */
export function speechTagMention(
  sents: readonly SentenceIn[],
  si: number,
): { m: Mention; s: SentenceIn } | undefined {
  for (let k = si; k < Math.min(sents.length, si + 3); k++) {
    const s = sents[k] as SentenceIn;
    const m = speakerOf(s.toks, s.mentions);
    if (m) return { m, s };
  }
  // 'X mengatakan, "… . Kami juga …"': a quotation opened after a speech verb a sentence or two before.
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const s = sents[k] as SentenceIn;
    const m = speakerBefore(s.toks, s.mentions);
    if (m) return { m, s };
  }
  return undefined;
}

/** "saya" in a quote: the person the quote is attributed to. */
export function speakerAfter(people: People, sents: readonly SentenceIn[], si: number): Ref | undefined {
  const found = speechTagMention(sents, si);
  if (!found) return undefined;
  const { m, s } = found;
  if (m.kind === 'entity' && m.entity?.type === 'PERSON')
    return people.get(m.entity.id)?.ref ?? toRef(m.entity);
  if (m.kind === 'name') return resolveName(people, m, s);
  return undefined;
}

/** "kami" in a quote: the side of the speaker (their country or body). */
export function sideAfter(people: People, sents: readonly SentenceIn[], si: number): Ref | undefined {
  const m = speechTagMention(sents, si)?.m;
  if (!m) return undefined;
  const sideOf = (p: Person | undefined): LexEntity | undefined => {
    const id = p ? people.sideOf(p.ref.id) : undefined;
    return id ? ENTITIES.get(id) : undefined;
  };
  if (m.kind === 'role' && m.entity) {
    const r = roleRef(people, sents, m, si);
    const e = r?.type === 'PERSON' ? sideOf(people.get(r.id)) : undefined;
    return toRef(e ?? m.entity);
  }
  if (m.affil && !m.former) return toRef(m.affil);
  const person =
    m.kind === 'entity' && m.entity?.type === 'PERSON'
      ? people.get(m.entity.id)
      : m.kind === 'name'
        ? people.find(m.name as string)
        : undefined;
  const e = sideOf(person);
  if (e) return toRef(e);
  if (m.kind === 'entity' && m.entity && m.entity.type !== 'PERSON') return toRef(m.entity);
  return undefined;
}
