// Mentions in one sentence: lexicon names, titled people ("Menlu AS Antony Blinken"), unnamed
// officials ("pejabat senior AS"), organisations named after their country, conflicts, pronouns
// and capitalised person names. Works on tokens; resolution to document entities comes after.
import {
  conflictAt,
  conflictOf,
  ENTITIES,
  type LexEntity,
  lexiconFirstWords,
  matchAt,
  slug,
} from './gazetteer';
import { ACTOR_MODIFIERS, COMMON_WORDS, TITLES, WORDS } from './lexicon';
import { groupContext, placeContext } from './places';
import { hasTag, tagged } from './tags';
import type { Token } from './text';

export type MentionKind = 'entity' | 'name' | 'role' | 'pronoun';

export interface Mention {
  /** Token span [start, end) in the sentence, title included. */
  start: number;
  end: number;
  kind: MentionKind;
  /** Lexicon entity (kind entity) or the country/organisation an unnamed official acts for (kind role). */
  entity?: LexEntity | undefined;
  /** Person name as written (kind name), honorifics stripped. */
  name?: string | undefined;
  role?: string | undefined;
  /** Canonical role from the title table ("Watap" → "Wakil Tetap"), to match a role to its holder. */
  roleKey?: string | undefined;
  /** Country or organisation the title ties the person to. */
  affil?: LexEntity | undefined;
  /** The title said "mantan": a former post, no affiliation. */
  former?: boolean | undefined;
  pronoun?:
    | 'person'
    | 'actor'
    | 'country'
    | 'organization'
    | 'pair'
    | 'place'
    | 'speaker'
    | 'side'
    | undefined;
  /** Conflict parties, for pair mentions like "Rusia-Ukraina". */
  pair?: LexEntity[] | undefined;
  /** Token span of the affiliation's name, for its surface form. */
  affilSpan?: [number, number] | undefined;
  /** "Perdana Menteri Malaysia dan ketua ASEAN Anwar Ibrahim": the next mention names this post's holder. */
  sharedHolder?: boolean | undefined;
  /** "Presiden negara itu X": the person's country is the one an anaphor points back to. */
  affilAnaphor?: boolean | undefined;
  /** "Pemimpin Turki itu": the title refers back to a person named before. */
  anaphor?: boolean | undefined;
  /**
   * The title names a government but no country: the one the article is about. "junta" ("menteri luar
   * negeri junta X") prefers a state under military rule; "state" ("negosiator pemerintah X") the main one.
   */
  home?: 'junta' | 'state' | undefined;
  /** "Presiden kemudian bertemu …": a capitalised title alone stands for the holder the article names. */
  bare?: boolean | undefined;
  /** "utusan khusus Presiden AS Donald Trump, Steve Witkoff": whose office it is (no actor here). */
  possessor?: Mention | undefined;
}

const setOf = (xs: readonly string[]): Set<string> => new Set(xs);
const NOT_NAMES = setOf(WORDS.notNames);
const HONORIFICS = setOf(TITLES.honorifics);
const TITLE_MODS = setOf(TITLES.titleModifiers);
const NAME_PARTICLES = tagged('NameParticle');

interface TitleForm {
  norms: string[];
  role: string;
}
const TITLE_INDEX = new Map<string, TitleForm[]>();
for (const t of TITLES.titles) {
  for (const f of t.forms) {
    const norms = f.toLowerCase().split(/\s+/);
    const first = norms[0] as string;
    const list = TITLE_INDEX.get(first) ?? [];
    list.push({ norms, role: t.role });
    TITLE_INDEX.set(first, list);
  }
}
for (const l of TITLE_INDEX.values()) l.sort((a, b) => b.norms.length - a.norms.length);

interface Phrase {
  norms: string[];
  kind: 'person' | 'actor' | 'country' | 'organization' | 'pair' | 'place' | 'speaker' | 'side';
}
const PRONOUNS = new Map<string, Phrase[]>();
for (const [kind, forms] of Object.entries(WORDS.pronouns) as [Phrase['kind'], string[]][]) {
  for (const f of forms) {
    const norms = f.split(/\s+/);
    const list = PRONOUNS.get(norms[0] as string) ?? [];
    list.push({ norms, kind });
    PRONOUNS.set(norms[0] as string, list);
  }
}
for (const l of PRONOUNS.values()) l.sort((a, b) => b.norms.length - a.norms.length);

// Heads of organisation names built on a country ("Kementerian Luar Negeri Rusia").
const ORG_HEADS = tagged('BodyHead');
const CONFLICT_WORDS = tagged('ConflictNoun');
const PAIR_JOIN = tagged('PairJoiner');

// Indonesian affixed words ("Dilaporkan", "Kementerian") are not names even when capitalised.
const AFFIXED =
  /^(?:di|me|mem|men|meng|meny|ber|ter|ke|pe|pem|pen|peng|per|se)\p{Ll}{3,}(?:kan|an|i|nya|lah)$/u;
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|bin|abu|ibn)-\p{Lu}/u;
/** PARTICLE_PREFIX, tried only when a hyphen stands where a particle would end (most words fail here). */
const particlePrefixed = (text: string): boolean =>
  (text.charCodeAt(2) === 45 || text.charCodeAt(3) === 45) && PARTICLE_PREFIX.test(text);
const WEB = /\.(?:com|co|id|net|org|tv)\b/i;

function isNameToken(t: Token | undefined, titleCase: boolean): boolean {
  if (!t) return false;
  if (!t.cap && !particlePrefixed(t.text)) return false;
  if (WEB.test(t.text)) return false;
  if (t.text.length >= 8 && AFFIXED.test(t.norm)) return false;
  // All-caps words (IDN, HOLOPIS) are acronyms or headline shouting, not personal names.
  if (t.text.length >= 2 && t.text === t.text.toUpperCase() && !/^\p{Lu}\.?$/u.test(t.text)) return false;
  if (NOT_NAMES.has(t.norm)) return false;
  if (!/^\p{L}/u.test(t.text)) return false;
  // All-caps words in a title-case line are headline words, not names.
  if (titleCase && t.text.length > 3 && t.text === t.text.toUpperCase()) return false;
  return true;
}

/**
 * A person name: capitalised tokens (with particles like bin, al-, el-), not starting on a lexicon
 * place/org nor on a common word capitalised at a sentence start ("Pengacara", "Pusat").
 */
function nameAt(toks: readonly Token[], i: number, titleCase: boolean, afterHonorific = false): number {
  if (!afterHonorific && COMMON_WORDS.has(toks[i]?.norm ?? '')) return i;
  let j = i;
  let last = i;
  while (j < toks.length && j - i < 7) {
    const t = toks[j] as Token;
    if (j > i && NAME_PARTICLES.has(t.norm) && isNameToken(toks[j + 1], titleCase)) {
      j++;
      continue;
    }
    if (!isNameToken(t, titleCase) && !(j === i && /^\p{L}\.$/u.test(t.text))) break;
    // A title starts the next mention ("Menlu Chile, Menlu Peru"): it is never part of a name.
    if (phraseAt(TITLE_INDEX, toks, j)) break;
    const g = matchAt(toks, j, titleCase);
    // A known place or body inside a capitalised run starts a new mention ("Rujukan Vladimir Putin"
    // stops at the common word before it); a known person after one or two given names is the tail of
    // a longer name, and the longest run wins ("Seyed Abbas Araghchi").
    if (g && g.entity.type !== 'PERSON') break;
    if (g && j > i) {
      // Not at the sentence start, where a capitalised conjunction may stand ("Biarpun Barack Obama …").
      if (j - i > 2 || i === 0) break;
      j = g.end;
      last = j;
      break;
    }
    j++;
    last = j;
    // An initial like "J." is tokenised as "J" "." — keep it inside the name.
    if (toks[j]?.text === '.' && t.text.length === 1 && isNameToken(toks[j + 1], titleCase)) j++;
  }
  return last;
}

/** The longest phrase of an index (first word → phrases, longest first) that starts at token i. */
function phraseAt<T extends { norms: string[] }>(
  index: ReadonlyMap<string, T[]>,
  toks: readonly Token[],
  i: number,
): T | undefined {
  const t = toks[i];
  if (t === undefined) return undefined;
  const list = index.get(t.norm);
  if (list === undefined) return undefined;
  // Loops, not find/every with closures: this runs at every capitalised token, most often to fail.
  outer: for (const f of list) {
    const norms = f.norms;
    for (let k = 1; k < norms.length; k++) if (toks[i + k]?.norm !== norms[k]) continue outer;
    return f;
  }
  return undefined;
}

/** The title phrase at token i: where it ends and its role key. Its words are joined only by titledAtRaw. */
function titleAt(toks: readonly Token[], i: number): { end: number; key: string } | undefined {
  const f = phraseAt(TITLE_INDEX, toks, i);
  return f ? { end: i + f.norms.length, key: f.role } : undefined;
}

/** Tokens i..end as written, joined by single spaces. */
function wordsOf(toks: readonly Token[], i: number, end: number): string {
  let out = (toks[i] as Token).text;
  for (let k = i + 1; k < end; k++) out += ` ${(toks[k] as Token).text}`;
  return out;
}

/** Skips "(ABBR)" right after a name: "Amerika Serikat (AS)". */
function skipParen(toks: readonly Token[], i: number): number {
  if (toks[i]?.text === '(' && toks[i + 2]?.text === ')' && toks[i + 1]?.cap) return i + 3;
  return i;
}

/** A title inside a fronted phrase: "Kepada Menlu Turki, …", "Menurut seorang pejabat AS, …". */
export function frontedAt(toks: readonly Token[], i: number): boolean {
  if (!hasTag(toks[0]?.norm ?? '', 'FrontedPrep')) return false;
  return i === 1 || (i === 2 && hasTag(toks[1]?.norm ?? '', 'Quantifier'));
}

/**
 * "Selain bertemu perwakilan Taliban, Retno juga …": the comma after a title in a fronted adverbial
 * phrase closes the phrase; the name after it is the main clause's subject, unless a second comma
 * closes it as an apposition ("Setelah bertemu Menlu Turki, Hakan Fidan, Retno …").
 */
export function closesOpener(toks: readonly Token[], i: number, comma: number, titleCase: boolean): boolean {
  if (toks[comma]?.text !== ',' || !hasTag(toks[0]?.norm ?? '', 'AdverbialOpener')) return false;
  for (let c = 1; c < i; c++) if (toks[c]?.text === ',') return false;
  const found = matchAt(toks, comma + 1, titleCase);
  const end = found?.entity.type === 'PERSON' ? found.end : nameAt(toks, comma + 1, titleCase);
  return end > comma + 1 && toks[end]?.text !== ',';
}

/**
 * "Partai Demokrasi Indonesia Perjuangan ( PDIP )": one or two capitalised common words after the
 * country still belong to the name when its abbreviation follows.
 */
function abbreviatedTail(toks: readonly Token[], k: number): number | undefined {
  let q = k;
  while (q - k < 2 && toks[q]?.cap && COMMON_WORDS.has(toks[q]?.norm ?? '')) q++;
  return q > k && skipParen(toks, q) > q ? q : undefined;
}

/**
 * "Kementerian Luar Negeri di Seoul": a ministry placed in a capital is that state's ministry (an
 * embassy or office in a capital is not: it serves the state that sends it, named before "di").
 */
function ministryInCapital(
  toks: readonly Token[],
  i: number,
  j: number,
  at: number,
  titleCase: boolean,
): { end: number; entity: LexEntity } | undefined {
  if (!hasTag(toks[i]?.norm ?? '', 'MinistryHead')) return undefined;
  const g = matchAt(toks, at, titleCase);
  const state = g?.entity.capitalOf ? ENTITIES.get(g.entity.capitalOf) : undefined;
  if (!g || !state) return undefined;
  const words = toks.slice(i, j).map((x) => x.text);
  const name = toks
    .slice(i, g.end)
    .map((x) => x.text)
    .join(' ');
  const id = `org:${slug([...words, state.name].join(' '))}`;
  return { end: g.end, entity: { id, name, type: 'ORGANIZATION', parent: state.id } };
}

/**
 * "Istana Kepresidenan Prancis", "Pesawat Kepresidenan AS", "Kepresidenan Istana Rashtrapati Bhavan",
 * "Gedung Kementerian Luar Negeri Iran": a body word beside a state's building or plane names that, not
 * the body.
 */
function stateProperty(toks: readonly Token[], i: number): boolean {
  return hasTag(toks[i - 1]?.norm ?? '', 'StateProperty') || hasTag(toks[i + 1]?.norm ?? '', 'StateProperty');
}

/**
 * The head word of a body at i ("Kementerian", "Dewan"); a ministry's is often lower case ("kata
 * kementerian luar negeri Iran", "kepresidenan Suriah"), and none stands beside a state's building.
 */
function bodyHeadAt(toks: readonly Token[], i: number): boolean {
  const head = toks[i];
  if (!head || !ORG_HEADS.has(head.norm)) return false;
  return (head.cap || hasTag(head.norm, 'MinistryHead')) && !stateProperty(toks, i);
}

/** An organisation built on a head word and ending in a country: "Kementerian Luar Negeri Rusia". */
function orgAt(
  toks: readonly Token[],
  i: number,
  titleCase: boolean,
): { end: number; entity: LexEntity } | undefined {
  const head = toks[i];
  if (!head || !bodyHeadAt(toks, i)) return undefined;
  let j = i + 1;
  while (j < toks.length && j - i < 7) {
    const t = toks[j] as Token;
    const g = matchAt(toks, j, titleCase);
    // A known organisation closes the body too, right after its head ("Komisi Uni Afrika").
    if (g && (g.entity.type === 'COUNTRY' || g.entity.type === 'ORGANIZATION')) {
      // "Pasukan Israel", "Angkatan Rusia": a force named by its country alone acts for it (GUIDELINES);
      // "Pasukan Pertahanan Sipil Singapura" has a name of its own.
      if (j === i + 1 && ACTOR_MODIFIERS.has(head.norm)) return undefined;
      const words = toks.slice(i, j).map((x) => x.text);
      const known = matchAt(toks, i, titleCase);
      if (known && known.end >= g.end) return { end: known.end, entity: known.entity };
      // One id per body however its parent is written; the name is the document's own surface form
      // ("Kemenlu AS", not "Kemenlu Amerika Serikat").
      const written = toks.slice(j, g.end).map((x) => x.text);
      // "Partai Demokrasi Indonesia Perjuangan Megawati …": the name goes on past the country.
      // "Komisi Uni Eropa Ursula von der Leyen": a known person right after the parent starts no tail.
      const personNext = matchAt(toks, g.end, titleCase)?.entity.type === 'PERSON';
      const tailEnd =
        toks[g.end]?.cap && !personNext
          ? (bodyEndBeforePerson(toks, g.end, titleCase) ?? abbreviatedTail(toks, g.end))
          : undefined;
      const tail = toks.slice(g.end, tailEnd ?? g.end).map((x) => x.text);
      const entity: LexEntity = {
        id: `org:${slug([...words, g.entity.name, ...tail].join(' '))}`,
        name: [...words, ...written, ...tail].join(' '),
        type: 'ORGANIZATION',
      };
      // "Kantor Urusan Taiwan", "Komite untuk Rakyat Palestina": there the country is the topic, not the parent.
      // "Partai Buruh Inggris", "Federasi Sepak Bola Prancis": a party or association is no organ of its state.
      // "Komite Nasional untuk Rakyat Palestina": after a topic word the country is the topic.
      const civic = toks.slice(i, j).some((x) => hasTag(x.norm, 'CivicBody') || hasTag(x.norm, 'TopicWord'));
      if (!civic) entity.parent = g.entity.id;
      return { end: skipParen(toks, tailEnd ?? g.end), entity };
    }
    // "Kementerian luar negeri Khartoum": a ministry named by its capital is that state's, as "di Khartoum".
    const seated =
      j > i + 1 && (t.norm === 'di' || (t.cap && COMMON_WORDS.has(toks[j - 1]?.norm ?? '')))
        ? ministryInCapital(toks, i, j, t.cap ? j : j + 1, titleCase)
        : undefined;
    if (seated) return seated;
    // "Kedutaan besar Indonesia", "Kementerian luar negeri China": a body's words are often lower case,
    // but not a force's: "pasukan keamanan Somalia" is Somalia acting (GUIDELINES).
    const lower = TITLE_MODS.has(t.norm) && t.norm !== 'untuk' && !ACTOR_MODIFIERS.has(head.norm);
    if (!(t.cap || t.norm === 'dan' || lower)) return undefined;
    j++;
  }
  return undefined;
}

/**
 * A body named by its head and common words, with no parent in the phrase ("Departemen Pertahanan",
 * "Kantor Perwakilan Dagang"): read only inside a title frame, where a name or a comma follows it.
 */
function bareBodyAt(
  toks: readonly Token[],
  i: number,
  titleCase: boolean,
): { end: number; entity: LexEntity } | undefined {
  const head = toks[i];
  if (!head || !bodyHeadAt(toks, i)) return undefined;
  let j = i + 1;
  while (j < toks.length && j - i < 6 && toks[j]?.cap && COMMON_WORDS.has(toks[j]?.norm ?? '')) j++;
  // "pejabat Partai Kebebasan Korea, Kyung Dae-soo": one more capitalised word before an apposed full
  // name ends the body's own name; it is not a one-word person.
  if (
    j > i + 1 &&
    isNameToken(toks[j], titleCase) &&
    toks[j + 1]?.text === ',' &&
    nameAt(toks, j + 2, titleCase) >= j + 4
  )
    j++;
  // "Partai Gerindra Prabowo Subianto": a body's own name runs up to a person the lexicon knows.
  const q = bodyEndBeforePerson(toks, i + 1, titleCase);
  if (q !== undefined && q > j) j = q;
  else {
    if (j === i + 1) return undefined;
    const next = toks[j];
    if (next && next.text !== ',' && !next.cap) return undefined;
  }
  const name = toks
    .slice(i, j)
    .map((x) => x.text)
    .join(' ');
  return { end: j, entity: { id: `org:${slug(name)}`, name, type: 'ORGANIZATION' } };
}

/** An all-caps abbreviation of 2–8 letters, like those organisations go by ("NDF", "KPU"). */
const ACRONYM = /^\p{Lu}{2,8}$/u;

/** A minister's abbreviation names a portfolio ("Menteri ESDM"); a governor's, a region ("Gubernur NTT"). */
const portfolioTitle = (role: string): boolean => {
  const key = role.toLowerCase();
  return hasTag(key, 'PortfolioTitle') || hasTag(key, 'RegionalTitle');
};

/**
 * "pemimpin NDF Luis Jalandoni", "Ketua KPU Arief Budiman": an abbreviation the lexicon does not know,
 * between a title and a full name, is the body the title heads. Read only inside a title frame.
 */
function acronymBodyAt(
  toks: readonly Token[],
  i: number,
  titleCase: boolean,
): { end: number; entity: LexEntity } | undefined {
  const t = toks[i];
  if (titleCase || !t || !ACRONYM.test(t.text) || hasTag(t.norm, 'NotBody') || matchAt(toks, i, titleCase))
    return undefined;
  const k = toks[i + 1]?.text === ',' ? i + 2 : i + 1;
  const person = matchAt(toks, k, titleCase)?.entity.type === 'PERSON';
  if (!person && nameAt(toks, k, titleCase) < k + 2) return undefined;
  return { end: i + 1, entity: { id: `org:${slug(t.text)}`, name: t.text, type: 'ORGANIZATION' } };
}

/**
 * Where a body's own capitalised name ends when a person the lexicon knows by a full name (two
 * words or more) follows within three words from k, past an "(ABBR)": "Partai Gerindra | Prabowo
 * Subianto", "Partai Demokrasi Indonesia Perjuangan (PDIP) | Megawati Soekarnoputri". One-word
 * aliases do not count: "Rusia Sergei Lavrov" is not a body "Rusia Sergei".
 */
function bodyEndBeforePerson(toks: readonly Token[], k: number, titleCase: boolean): number | undefined {
  for (let q = k + 1; q < toks.length && q - k <= 3; q++) {
    if (!toks[q - 1]?.cap) return undefined;
    const r = skipParen(toks, q);
    const p = matchAt(toks, r, titleCase);
    if (p?.entity.type !== 'PERSON' || p.end - r < 2) continue;
    // "Angkatan Darat Pakistan Jenderal Asim Munir": a rank before the person is his, not the body's.
    let end = q;
    while (end > k && HONORIFICS.has(toks[end - 1]?.norm ?? '')) end--;
    return end > k ? end : undefined;
  }
  return undefined;
}

function pronounAt(toks: readonly Token[], i: number): Mention | undefined {
  const t = toks[i];
  if (!t) return undefined;
  // "junta", "rezim tersebut": the government of the country the article is about.
  // "junta militer Niger": a name after it says whose junta; only a bare "junta" stands for one.
  // "Junta di ketiga negara tersebut": a place after it says whose junta, too.
  const named =
    toks[i + 1]?.cap || (toks[i + 1]?.norm === 'militer' && toks[i + 2]?.cap) || toks[i + 1]?.norm === 'di';
  if (
    (t.norm === 'junta' && (!t.cap || i === 0) && !named) ||
    (t.norm === 'rezim' && ['tersebut', 'itu', 'militer'].includes(toks[i + 1]?.norm ?? ''))
  )
    return { start: i, end: t.norm === 'rezim' ? i + 2 : i + 1, kind: 'role', home: 'junta' };
  const led = ledCountryEnd(toks, i);
  if (led > 0) return { start: i, end: led, kind: 'pronoun', pronoun: 'country' };
  const p = phraseAt(PRONOUNS, toks, i);
  return p ? { start: i, end: i + p.norms.length, kind: 'pronoun', pronoun: p.kind } : undefined;
}

/**
 * "Negeri yang dipimpin Kim Jong Un itu", "negara pimpinan Kim Jong-un tersebut": a country named by its
 * leader is an anaphor for the country in mind; returns where it ends (0 for none).
 */
function ledCountryEnd(toks: readonly Token[], i: number): number {
  const n = toks[i]?.norm;
  if (n !== 'negara' && n !== 'negeri') return 0;
  let k = i + 1;
  if (toks[k]?.norm === 'yang') k += toks[k + 1]?.norm === 'kini' ? 2 : 1;
  if (!hasTag(toks[k]?.norm ?? '', 'LedBy')) return 0;
  const from = ++k;
  while (k < from + 7 && (toks[k]?.cap || toks[k]?.text === '-')) k++;
  return k > from && hasTag(toks[k]?.norm ?? '', 'Demonstrative') ? k + 1 : 0;
}

function entityOrOrgAt(
  toks: readonly Token[],
  i: number,
  titleCase: boolean,
): { end: number; entity: LexEntity } | undefined {
  const g = orgAt(toks, i, titleCase) ?? matchAt(toks, i, titleCase);
  return g && !otherNamesake(toks, g, titleCase) ? g : undefined;
}

/**
 * "Retno P Marsudi", "Antony J. Blinken": a known given name, a middle initial the lexicon does not
 * list, then the person's surname. Returns where the name ends (the surname's end), else `g.end`.
 */
function initialledEnd(toks: readonly Token[], g: { end: number; entity: LexEntity }): number {
  const initial = toks[g.end]?.text ?? '';
  if (!/^\p{Lu}{1,2}$/u.test(initial)) return g.end;
  const after = toks[g.end + 1]?.text === '.' ? g.end + 2 : g.end + 1;
  const surname = g.entity.name.split(' ').at(-1)?.toLowerCase();
  return surname !== undefined && toks[after]?.norm === surname && g.entity.name.includes(' ')
    ? after + 1
    : g.end;
}

/**
 * "Retno Listyarti" is not "Retno" (Marsudi): a known person's given name used alone as an alias,
 * followed by another name word, names someone else, read as a name of its own.
 */
function otherNamesake(
  toks: readonly Token[],
  g: { end: number; entity: LexEntity },
  titleCase: boolean,
): boolean {
  if (g.entity.type !== 'PERSON' || titleCase || !g.entity.name.includes(' ')) return false;
  if (initialledEnd(toks, g) > g.end) return false;
  const start = g.end - 1;
  // Only a given name: "Duterte Harry Roque" is Duterte's man, not another Duterte. A name word that
  // many people share counts too ("Abbas Kamel" is not Mahmoud Abbas, "Wang Wenbin" not Wang Yi).
  const word = toks[start]?.norm ?? '';
  if (g.entity.name.split(' ')[0]?.toLowerCase() !== word && !hasTag(word, 'SharedName')) return false;
  const next = toks[g.end];
  return (
    isNameToken(next, titleCase) && !COMMON_WORDS.has(next?.norm ?? '') && !matchAt(toks, g.end, titleCase)
  );
}

const PREPOSITIONS = setOf(WORDS.prepositions);
const NATIONALITY_NOUNS = setOf(WORDS.nationalityNouns);
// Verbs carry these prefixes; the nouns naming what a title heads ("delegasi", "pemerintahan") do not.
const VERB_PREFIX = /^(?:me|ber|di|ter)\p{Ll}{3,}/u;

/** "misi PBB di Libya, Ghassan Salame": the place of the post, before a comma or the stop; else `k`. */
function postAfter(toks: readonly Token[], k: number, titleCase: boolean): number {
  if (toks[k]?.norm !== 'di') return k;
  const p = matchAt(toks, k + 1, titleCase);
  const place = p?.entity.type === 'LOCATION' || p?.entity.type === 'COUNTRY';
  const close = toks[p?.end ?? 0]?.text;
  return p && place && (close === ',' || close === '.' || p.end >= toks.length) ? p.end : k;
}

/**
 * "Kepala delegasi Rusia Vladimir Medinsky", "Ketua tim perunding Hamas Khalil al-Hayya": up to three
 * lower-case nouns naming the unit a title heads, when a country or body and then a name follow.
 */
function unitWordsEnd(toks: readonly Token[], j: number, titleCase: boolean): number {
  let q = j;
  while (q - j < 3) {
    const t = toks[q];
    // "pemimpin pro-demokrasi Myanmar": a hyphenated word may describe the unit too.
    if (!t || t.cap || !/^\p{Ll}{3,}(?:-\p{Ll}+)*$/u.test(t.text) || VERB_PREFIX.test(t.norm)) break;
    if (PREPOSITIONS.has(t.norm) || hasTag(t.norm, 'Filler') || hasTag(t.norm, 'Coordinator')) break;
    q++;
  }
  // "pemain Brasil", "restoran Jepang": the country gives a nationality, not the state's unit.
  if (q === j || NATIONALITY_NOUNS.has(toks[q - 1]?.norm ?? '')) return j;
  const g = entityOrOrgAt(toks, q, titleCase);
  if (!g || (g.entity.type !== 'COUNTRY' && g.entity.type !== 'ORGANIZATION')) return j;
  // "Kepala dana kekayaan kedaulatan Rusia, Kirill Dmitriev": the name may stand in apposition.
  const paren = postAfter(toks, skipParen(toks, g.end), titleCase);
  const after = toks[paren]?.text === ',' ? paren + 1 : paren;
  const person = matchAt(toks, after, titleCase)?.entity.type === 'PERSON';
  // "Alexandre Faite, kepala delegasi ICRC di Yaman.": in apposition, an organisation's unit ends the phrase.
  const stop = toks[paren]?.text;
  const ends = g.entity.type === 'ORGANIZATION' && (stop === '.' || stop === ',' || paren >= toks.length);
  return person || ends || (isNameToken(toks[after], titleCase) && isNameToken(toks[after + 1], titleCase))
    ? q
    : j;
}

/**
 * After "untuk", where a post's remit ends ("Duta besar Israel untuk Rusia", "untuk Urusan Perdamaian
 * dan Keamanan Semenanjung Korea"): at its actor or place name. The post's host is not the affiliation.
 */
function remitEnd(toks: readonly Token[], j: number, titleCase: boolean): number {
  if (toks[j]?.norm !== 'untuk') return j;
  const h = entityOrOrgAt(toks, j + 1, titleCase);
  if (h) return h.end;
  let k = j + 1;
  // Capitalised common words ("Urusan Politik") are the remit; a name after them is the holder's.
  const remitWord = (t: Token | undefined): boolean =>
    (t?.cap === true && COMMON_WORDS.has(t.norm)) || TITLE_MODS.has(t?.norm ?? '');
  while (k < toks.length && k - j < 8) {
    // "untuk urusan Arab dan Timur Tengah", "untuk Urusan Asia dan Oseania": what follows "urusan" is the
    // remit's topic, places joined by "dan" included, not a name.
    if (hasTag(toks[k - 1]?.norm ?? '', 'PortfolioHead') && toks[k]?.cap) return topicEnd(toks, k, titleCase);
    const place = matchAt(toks, k, titleCase);
    if (place) return place.end;
    if (!remitWord(toks[k])) break;
    k++;
  }
  // "duta besar Korea Utara untuk meninggalkan …": no remit follows, so "untuk" opens a purpose clause.
  return k === j + 1 ? j : k;
}

/** Whether a name may go on with this word: a capital or a particle ("Saud bin Mohammed"). */
const nameGoesOn = (t: Token | undefined): boolean => t?.cap === true || NAME_PARTICLES.has(t?.norm ?? '');

/** The end of a remit's topic: capitalised words and places, joined by "dan" ("Arab dan Timur Tengah"). */
function topicEnd(toks: readonly Token[], k: number, titleCase: boolean): number {
  let e = k;
  while (e < toks.length) {
    const place = matchAt(toks, e, titleCase);
    const t = toks[e];
    // A capitalised word before another is a name starting ("… Semenanjung Korea Kim Gunn"), not the topic.
    if (place) e = place.end;
    else if (t?.cap && (COMMON_WORDS.has(t.norm) || !nameGoesOn(toks[e + 1]))) e++;
    else if (t?.norm === 'dan' && e > k && toks[e + 1]?.cap) e++;
    else break;
  }
  return e;
}

/**
 * "Mohammad Adnan, juru bicara Jaish Ahrar al Ashaer,", "Jayda Fransen, wakil ketua kelompok Britain
 * First.": in an apposition to a name, the capitalised run after a title is the body the person serves,
 * known or not. A country that ends the run is its parent ("Penjaga Perbatasan Bangladesh").
 */
function appositionBodyAt(
  toks: readonly Token[],
  i: number,
  j: number,
  titleCase: boolean,
): { end: number; entity: LexEntity } | undefined {
  // A lower-case title after a comma is an apposition; a capitalised one more likely the next item of a
  // list of office holders ("Menteri BUMN Rini Soemarno , Menteri Kesehatan Nila Moeloek").
  const apposed =
    toks[i - 1]?.text === ',' || (toks[i - 2]?.norm === 'yang' && hasTag(toks[i - 1]?.norm ?? '', 'Copula'));
  if (titleCase || !apposed || toks[i]?.cap) return undefined;
  const grouped = hasTag(toks[j]?.norm ?? '', 'GroupHead') && !toks[j]?.cap;
  const from = grouped ? j + 1 : j;
  let k = from;
  while (
    k < toks.length &&
    k - from < 5 &&
    (toks[k]?.cap || (k > from && NAME_PARTICLES.has(toks[k]?.norm ?? '')))
  )
    k++;
  // A body's own name is short; a longer capitalised run has a person's name glued to it.
  const close = toks[k]?.text;
  if (k === from || !(close === ',' || close === '.' || close === undefined)) return undefined;
  const known = matchAt(toks, from, titleCase);
  if (known && (known.end >= k || known.entity.type === 'PERSON')) return undefined;
  // Plain capitalised words may be a person's name; a body shows a head word, an
  // abbreviation, a name particle or a group noun before it.
  const run = toks.slice(from, k);
  const bodyLike = (t: Token): boolean =>
    ACRONYM.test(t.text) ||
    ORG_HEADS.has(t.norm) ||
    hasTag(t.norm, 'GroupHead') ||
    NAME_PARTICLES.has(t.norm);
  if (!grouped && !run.some(bodyLike)) return undefined;
  const name = run.map((x) => x.text).join(' ');
  const entity: LexEntity = { id: `org:${slug(name)}`, name, type: 'ORGANIZATION' };
  const last = matchAt(toks, k - 1, titleCase);
  if (last?.entity.type === 'COUNTRY' && last.end === k && k - 1 > from) entity.parent = last.entity.id;
  return { end: k, entity };
}

/** "Menteri Pendidikan ( Pendidikan Tinggi dan Keterampilan ) Singapura": a bracketed remit of the title. */
function portfolioParen(toks: readonly Token[], j: number): number {
  if (toks[j]?.text !== '(') return j;
  for (let k = j + 1; k < toks.length && k - j <= 7; k++) {
    const t = toks[k] as Token;
    if (t.text === ')') return k > j + 1 && toks[k + 1]?.cap ? k + 1 : j;
    if (!(t.cap || t.norm === 'dan') || ACRONYM.test(t.text)) return j;
  }
  return j;
}

/** Titled person or unnamed official starting at a title. */
function titledAt(toks: readonly Token[], i: number, titleCase: boolean): Mention | undefined {
  // "Penjabat PM Thailand Phumtham", "calon Presiden AS …": a prefix before the title belongs to it.
  // A title of its own wins ("Wakil Presiden" is not a kind of "Presiden"); "wakil juru bicara" has none.
  // The title at i is looked up once: this runs at every capitalised token.
  const title = titleAt(toks, i);
  if (!title && hasTag(toks[i]?.norm ?? '', 'TitlePrefix') && titleAt(toks, i + 1)) {
    const inner = titledAt(toks, i + 1, titleCase);
    if (inner) inner.start = i;
    return inner;
  }
  if (!title) return undefined;
  const m = titledAtRaw(toks, i, titleCase, title);
  if (m && title.key) m.roleKey = title.key;
  return m;
}

/**
 * Where the words extending a title end: lower-case modifiers ("Juru bicara keamanan nasional"),
 * capitalised portfolio words, which are common words too ("Menteri Kesehatan Brasil", "Kepala Staf
 * Gabungan"), an ordinal before the body it ranks in ("wakil ketua pertama Senat Afghanistan"), and
 * portfolios listed or a remit before the country ("Menteri Pertambangan, Ekonomi Biru, dan
 * Kemaritiman Kenya", "Menteri Kedua untuk Urusan Luar Negeri Brunei"): a comma, "dan" or "untuk"
 * joins only when a portfolio word follows it; after "Urusan" any capitalised word is the portfolio's.
 */
function titleWordsEnd(toks: readonly Token[], from: number, titleCase: boolean): number {
  const portfolioAt = (k: number): boolean =>
    toks[k]?.cap === true &&
    (hasTag(toks[k - 1]?.norm ?? '', 'PortfolioHead') ||
      (COMMON_WORDS.has(toks[k]?.norm ?? '') &&
        !ORG_HEADS.has(toks[k]?.norm ?? '') &&
        !matchAt(toks, k, titleCase) &&
        !titleAt(toks, k)));
  const ordinal = (k: number): boolean =>
    hasTag(toks[k]?.norm ?? '', 'PostModifier') && !toks[k]?.cap && toks[k + 1]?.cap === true;
  const joinsPortfolio = (k: number): boolean =>
    (toks[k]?.text === ',' || toks[k]?.norm === 'dan' || toks[k]?.norm === 'untuk') &&
    (portfolioAt(k + 1) || (toks[k + 1]?.norm === 'dan' && portfolioAt(k + 2)));
  let j = from;
  while (
    j < toks.length &&
    j - from < 10 &&
    ((TITLE_MODS.has(toks[j]?.norm ?? '') && !toks[j]?.cap) ||
      ordinal(j) ||
      portfolioAt(j) ||
      joinsPortfolio(j))
  ) {
    if (toks[j]?.norm === 'untuk' && !joinsPortfolio(j)) break;
    // "emir negara tersebut": the country is given by an anaphor, not a modifier.
    if (toks[j]?.norm === 'negara' && ['itu', 'tersebut'].includes(toks[j + 1]?.norm ?? '')) break;
    j++;
  }
  return j;
}

function titledAtRaw(
  toks: readonly Token[],
  i: number,
  titleCase: boolean,
  title: { end: number; key: string },
): Mention | undefined {
  let former = hasTag(toks[i - 1]?.norm ?? '', 'FormerPost');
  let j = titleWordsEnd(toks, title.end, titleCase);
  const titleRole = wordsOf(toks, i, title.end);
  let role = titleRole;
  // "Presiden terpilih AS Donald Trump": a post not yet held ties the person to nothing, as a former one.
  former ||= toks.slice(title.end, j).some((t) => hasTag(t.norm, 'FormerPost'));
  j = portfolioParen(toks, j);
  j = unitWordsEnd(toks, j, titleCase);
  // "Penasihat Negara sekaligus Menteri Luar Negeri China Qin Gang": titles can be chained.
  const chained = titleAt(toks, j);
  // "Perwakilan Khusus Sekjen PBB", "Juru bicara Presiden Rusia": the principal's title, then the body.
  // Not when a name follows the body ("penasihat Presiden Amerika Jimmy Carter" names the principal), nor
  // for the press ("Kepala Koresponden Gedung Putih CNN": a reporter covers the body, not serves it).
  const principal = chained && j === title.end ? entityOrOrgAt(toks, chained.end, titleCase) : undefined;
  const named =
    principal !== undefined &&
    (isNameToken(toks[skipParen(toks, principal.end)], titleCase) ||
      hasTag(chained?.key.toLowerCase() ?? '', 'PressTitle'));
  if (
    principal &&
    !named &&
    (principal.entity.type === 'COUNTRY' || principal.entity.type === 'ORGANIZATION')
  )
    j = chained?.end ?? j;
  else if (chained && j > title.end) {
    j = chained.end;
    while (j < toks.length && j - chained.end < 5 && TITLE_MODS.has(toks[j]?.norm ?? '') && !toks[j]?.cap)
      j++;
  }
  if (j > title.end) role = wordsOf(toks, i, j);
  // "menteri luar negeri junta Than Swe": the junta is the government of the country in the news.
  const junta = toks.slice(title.end, j).some((t) => t.norm === 'junta') || titleRole.includes('junta');
  // "negosiator (pihak) pemerintah Jesus Dureza": the government of the country the article is about.
  const gov = toks[j]?.norm === 'pihak' ? j + 1 : j;
  const government =
    !junta &&
    hasTag(toks[gov]?.norm ?? '', 'GovernmentWord') &&
    !toks[gov]?.cap &&
    !matchAt(toks, gov + 1, titleCase) &&
    isNameToken(toks[gov + 1], titleCase);
  if (government) j = gov + 1;
  // "kepala pemerintah Libya", "negosiator pemerintah Kolombia": the government of a named state is it.
  else if (
    hasTag(toks[gov]?.norm ?? '', 'GovernmentWord') &&
    !toks[gov]?.cap &&
    matchAt(toks, gov + 1, titleCase)?.entity.type === 'COUNTRY'
  )
    j = gov + 1;
  const home = junta ? 'junta' : government ? 'state' : undefined;
  // A named holder of the title: tied to the title's body or country, else to the article's government.
  const holder = (m: Mention): Mention => {
    if (affil) m.affil = affil;
    else m.home = home;
    if (affilSpan) m.affilSpan = affilSpan;
    return afterName(toks, m, titleCase);
  };
  j = skipParen(toks, j);
  // "mitranya dari Malaysia", "rekan sejawatnya asal Kenya": the title's country after a word of origin.
  if (hasTag(toks[j]?.norm ?? '', 'Origin')) j++;
  let affil: LexEntity | undefined;
  let affilSpan: [number, number] | undefined;
  const g =
    entityOrOrgAt(toks, j, titleCase) ??
    bareBodyAt(toks, j, titleCase) ??
    (portfolioTitle(titleRole) ? undefined : acronymBodyAt(toks, j, titleCase));
  // "X, juru bicara Jaish al Fatah, …": the apposition ends at the body; no name follows it.
  const app = g ? undefined : appositionBodyAt(toks, i, j, titleCase);
  if (app) {
    const e = app.entity;
    return {
      start: i,
      end: app.end,
      kind: 'role',
      role,
      entity: e,
      affil: e,
      affilSpan: [j, app.end],
      former,
    };
  }
  if (g && g.entity.type !== 'PERSON' && g.entity.type !== 'CONFLICT') {
    // "Presiden Kyiv", yes; "Gubernur Jakarta", "Wali Kota London": a regional office serves its city.
    const regional = hasTag(titleRole.toLowerCase(), 'RegionalTitle');
    // "Wartawan BBC X" works for the outlet; "wartawan Prancis X" only has a nationality.
    const press = hasTag(title.key.toLowerCase(), 'PressTitle') && !g.entity.media;
    affil = press
      ? undefined
      : g.entity.capitalOf && g.entity.type === 'LOCATION' && !regional
        ? (ENTITIES.get(g.entity.capitalOf) ?? g.entity)
        : g.entity;
    affilSpan = [j, g.end];
    j = skipParen(toks, g.end);
    // "Menlu AS AS Antony Blinken": a repeated country is a typo, not a second mention.
    const again = matchAt(toks, j, titleCase);
    if (again && again.entity.id === g.entity.id) j = again.end;
    // "Direktur Jenderal Kantor PBB Jenewa, Michael Moller": the office's seat after a body;
    // "Kepala misi PBB di Libya, Ghassan Salame": or its post after "di" (postAfter).
    if (g.entity.type === 'ORGANIZATION') {
      const seat = matchAt(toks, j, titleCase);
      if (seat?.entity.type === 'LOCATION' && (toks[seat.end]?.text === ',' || toks[seat.end]?.cap))
        j = seat.end;
      else j = postAfter(toks, j, titleCase);
    }
    // "presiden AS itu", "Presiden Kolombia ini kemudian berkata": the office read back.
    if (['itu', 'tersebut', 'ini'].includes(toks[j]?.norm ?? '') && !isNameToken(toks[j + 1], titleCase)) {
      return { start: i, end: j + 1, kind: 'role', role, affil, affilSpan, anaphor: true, former };
    }
    // "Duta besar Israel untuk Rusia", "Wakil Tetap RI untuk PBB": the post's host is not the affiliation.
    j = remitEnd(toks, j, titleCase);
    // A second title before the name ("… Mesir untuk PBB Duta Besar Mohamed Edrees"), or a second post
    // after "sekaligus" ("Menteri Pertahanan RI sekaligus presiden terpilih, Prabowo Subianto").
    if (toks[j]?.norm === 'sekaligus') {
      const k2 = hasTag(toks[j + 1]?.norm ?? '', 'TitlePrefix') ? j + 2 : j + 1;
      if (titleAt(toks, k2)) j = k2;
    }
    // "Presiden AS terpilih Donald Trump": a post not yet held, written after the country.
    if (hasTag(toks[j]?.norm ?? '', 'FormerPost') && !toks[j]?.cap && isNameToken(toks[j + 1], titleCase)) {
      former = true;
      j++;
    }
    // "Presiden RI Pertama Soekarno": an ordinal after the country belongs to the title.
    if (hasTag(toks[j]?.norm ?? '', 'PostModifier') && toks[j]?.cap && isNameToken(toks[j + 1], titleCase))
      j++;
    // "Menteri Pertahanan Inggris yang baru Grant Shapps": a new holder named after "yang baru".
    if (toks[j]?.norm === 'yang' && toks[j + 1]?.norm === 'baru' && isNameToken(toks[j + 2], titleCase))
      j += 2;
    j = recognisedBy(toks, j, titleCase);
    const t2 = titleAt(toks, j);
    if (t2) {
      j = t2.end;
      while (j < toks.length && j - t2.end < 3 && TITLE_MODS.has(toks[j]?.norm ?? '') && !toks[j]?.cap) j++;
      if (hasTag(toks[j - 1]?.norm ?? '', 'PortfolioHead') && toks[j]?.cap) j = topicEnd(toks, j, titleCase);
    }
  } else if (toks[j]?.norm === 'negara' && ['itu', 'tersebut'].includes(toks[j + 1]?.norm ?? '')) {
    const named = anaphorHolder(toks, i, j + 2, titleCase, role, former);
    return named ?? { start: i, end: j + 2, kind: 'role', role, pronoun: 'country', former };
  }
  // "Utusan Khusus untuk Timur Tengah Steve Witkoff": a remit with no country before the name.
  if (!affil && toks[j]?.norm === 'untuk') {
    const r = remitEnd(toks, j, titleCase);
    if (r > j + 1 && nameAt(toks, r, titleCase) > r) j = r;
  }
  // "Menteri Koordinator … ( Menko Polhukam ) Wiranto": the title's short form in brackets.
  const short = toks[j]?.text === '(' ? titleAt(toks, j + 1) : undefined;
  if (short && toks[short.end]?.text === ')') j = short.end + 1;
  let k = j;
  // "Presiden Ukraina, Volodymyr Zelensky"; "menteri luar negeri, Badr Abdelatty" (a full name).
  // "Kepada Menlu Turki, Omar Celik menyampaikan …": after a fronted preposition the comma closes the
  // prepositional phrase; the name after it is the clause's subject, not the title's holder.
  // "Menurut juru bicara kepresidenan Rusia, Dmitry Peskov, …": a name closed by a second comma is in
  // apposition to the title even after a fronted preposition.
  const apposed = (): boolean => {
    const e = nameAt(toks, k + 1, titleCase);
    return e > k + 1 && toks[e]?.text === ',';
  };
  const fronted = (frontedAt(toks, i) || closesOpener(toks, i, k, titleCase)) && !(affil && apposed());
  if (toks[k]?.text === ',' && !fronted && (affil || nameAt(toks, k + 1, titleCase) >= k + 3)) k++;
  // "Utusan Khusus ASEAN untuk Myanmar, yaitu Alounkeo Kittikhoun": the holder introduced by "yaitu".
  if (toks[k - 1]?.text === ',' && hasTag(toks[k]?.norm ?? '', 'ListIntro') && affil) k++;
  while (HONORIFICS.has(toks[k]?.norm ?? '') && toks[k]?.cap) {
    k++;
    if (toks[k]?.text === '.') k++;
    // "Jenderal (Purn) Prabowo Subianto": a bracketed retired rank after the rank.
    if (toks[k]?.text === '(' && HONORIFICS.has(toks[k + 1]?.norm ?? '')) {
      const close = toks[k + 2]?.text === '.' ? k + 3 : k + 2;
      if (toks[close]?.text === ')') k = close + 1;
    }
  }
  // After "TITLE COUNTRY," the name may start with a word that is common elsewhere ("He Lifeng").
  // So may it right after "TITLE COUNTRY" when an uncommon name word follows ("Presiden Nigeria Bola
  // Tinubu"), but not a day or an ordinal ("Presiden Nigeria Senin lalu", "Presiden RI Pertama
  // Soekarno"), nor in a headline, where every word is capitalised ("Menlu Mesir Kunjungi Ankara").
  const next = toks[k + 1];
  const here = toks[k]?.norm ?? '';
  const uncommonNext =
    !titleCase &&
    next !== undefined &&
    isNameToken(next, titleCase) &&
    !COMMON_WORDS.has(next.norm) &&
    !hasTag(here, 'TimeWord') &&
    !hasTag(here, 'PostModifier');
  const honorific =
    k > j ||
    (affil !== undefined &&
      (toks[k - 1]?.text === ',' || uncommonNext) &&
      isNameToken(toks[k + 1], titleCase));
  const heldBy = holderNameAt(toks, i, k, titleCase, honorific, role, former);
  if (heldBy) return holder(heldBy);
  if (junta && !affil) return { start: i, end: j, kind: 'role', role, home: 'junta', former };
  if (affil && toks[j]?.norm === 'yang') {
    // "Utusan khusus ASEAN yang baru diangkat untuk Myanmar, Alounkeo Kittikhoun, bertemu …"
    for (let c = j + 1; c < toks.length && c - j < 12; c++) {
      if (toks[c]?.text !== ',') continue;
      const nEnd2 = nameAt(toks, c + 1, titleCase);
      const lex = matchAt(toks, c + 1, titleCase);
      const end2 = lex?.entity.type === 'PERSON' ? lex.end : nEnd2;
      if (end2 > c + 1 && toks[end2]?.text === ',') {
        const m: Mention =
          lex?.entity.type === 'PERSON'
            ? { start: c + 1, end: end2, kind: 'entity', entity: lex.entity, role, affil, former }
            : {
                start: c + 1,
                end: end2,
                kind: 'name',
                name: toks
                  .slice(c + 1, end2)
                  .map((x) => x.text)
                  .join(' '),
                role,
                affil,
                former,
              };
        return m;
      }
      break;
    }
  }
  if (affil) {
    const m: Mention = { start: i, end: j, kind: 'role', role, entity: affil, affil, former };
    if (affilSpan) m.affilSpan = affilSpan;
    // "Perdana Menteri Malaysia dan ketua ASEAN Anwar Ibrahim": both posts are held by the one name.
    if (
      affil.type === 'COUNTRY' &&
      hasTag(toks[j]?.norm ?? '', 'Coordinator') &&
      chairAt(toks, j + 1, titleCase)
    )
      m.sharedHolder = true;
    return m;
  }
  // Lower case ("presiden baru"), a qualifier ("Presiden yang …") or a headline leaves the office generic.
  const bare = !titleCase && !former && toks[i]?.cap && !toks[j]?.cap && toks[j]?.norm !== 'yang';
  return bare && j === title.end ? { start: i, end: j, kind: 'role', role, bare: true } : undefined;
}

/**
 * A named chair of an organisation starting at i ("ketua ASEAN Anwar Ibrahim"): a state's leader chairs
 * its bloc in turn. Two state posts ("Menlu Indonesia dan Menlu China Wang Yi") are two people.
 */
function chairAt(toks: readonly Token[], i: number, titleCase: boolean): boolean {
  const next = titleAt(toks, i) ? titledAt(toks, i, titleCase) : undefined;
  const key = (next?.roleKey ?? next?.role ?? '').toLowerCase();
  return (
    next?.affil?.type === 'ORGANIZATION' &&
    hasTag(key, 'ChairTitle') &&
    (next.kind === 'name' || next.kind === 'entity')
  );
}

/**
 * "Presiden negara itu Asif Ali Zardari", "Menlu negara tersebut, Ishaq Dar,": a named holder of a post in
 * the country an anaphor points back to; resolution ties the person to that country (affilAnaphor).
 */
function anaphorHolder(
  toks: readonly Token[],
  i: number,
  j: number,
  titleCase: boolean,
  role: string,
  former: boolean,
): Mention | undefined {
  const k = toks[j]?.text === ',' ? j + 1 : j;
  const named = holderNameAt(toks, i, k, titleCase, k > j, role, former);
  return named ? afterName(toks, { ...named, affilAnaphor: true }, titleCase) : undefined;
}

/** The holder a title names at k: a person the lexicon knows, else a name ("H. R. McMaster"). */
function holderNameAt(
  toks: readonly Token[],
  i: number,
  k: number,
  titleCase: boolean,
  honorific: boolean,
  role: string,
  former: boolean,
): Mention | undefined {
  const found = matchAt(toks, k, titleCase);
  const p = found && !otherNamesake(toks, found, titleCase) ? found : undefined;
  if (p?.entity.type === 'PERSON')
    return { start: i, end: initialledEnd(toks, p), kind: 'entity', entity: p.entity, role, former };
  const nEnd = p ? k : nameAt(toks, k, titleCase, honorific);
  if (nEnd <= k) return undefined;
  const name = toks
    .slice(k, nEnd)
    .map((x) => x.text)
    .join(' ')
    .replace(/ \. /g, '. ')
    .replace(/ \.$/, '.');
  return { start: i, end: nEnd, kind: 'name', name, role, former };
}

/**
 * "Perdana Menteri Libya yang diakui PBB Fayez al-Sarraj", "Presiden Yaman yang diakui internasional
 * Abdrabbuh Mansour Hadi": a passive relative clause whose agent is a body or state (or a lower-case
 * word) before the holder's name; returns where the name starts, or j. "yang dikritik Zelensky" names
 * its agent, not a holder, and is left alone.
 */
function recognisedBy(toks: readonly Token[], j: number, titleCase: boolean): number {
  const verb = toks[j + 1];
  if (toks[j]?.norm !== 'yang' || !verb || verb.cap || !/^di\p{Ll}{3,}$/u.test(verb.norm)) return j;
  let k = j + 2;
  for (let guard = 0; guard < 3 && k < toks.length; guard++) {
    const e = matchAt(toks, k, titleCase);
    if (e && (e.entity.type === 'ORGANIZATION' || e.entity.type === 'COUNTRY')) k = e.end;
    else if (!toks[k]?.cap && /^\p{Ll}+$/u.test(toks[k]?.text ?? '') && !titleAt(toks, k)) k++;
    else break;
  }
  return k > j + 2 && nameAt(toks, k, titleCase) >= k + 2 ? k : j;
}

/** "Presiden Abdel Fattah el-Sisi Mesir": a country right after the name ties the person to it. */
function afterName(toks: readonly Token[], m: Mention, titleCase: boolean): Mention {
  // "Presiden RI Joko Widodo ( Jokowi )": the short name in brackets belongs to the mention.
  if (m.kind !== 'role' && isNameToken(toks[m.end + 1], titleCase)) m.end = skipParen(toks, m.end);
  // "Kepala Rabi Rusia": a single capitalised word before a country is a title word, not a name.
  if (m.affil) return m;
  // "Ratu Maxima dari Belanda": a titled person "from" a country serves it, even with a one-word name.
  const from = toks[m.end]?.norm === 'dari' && m.role !== undefined;
  if (!from && m.kind === 'name' && !m.name?.includes(' ')) return m;
  const g = matchAt(toks, from ? m.end + 1 : m.end, titleCase);
  if (g?.entity.type === 'COUNTRY') {
    m.affil = g.entity;
    m.affilSpan = [m.end, g.end];
    m.end = g.end;
  }
  return m;
}

/** "konflik/perang (antara) X dan Y", "perang di Gaza", "Rusia-Ukraina". */
function conflictAtTok(toks: readonly Token[], i: number, titleCase: boolean): Mention | undefined {
  const t = toks[i] as Token;
  // "kapal perang AS dan Inggris", "kejahatan perang Israel": "perang" modifies the noun before it.
  if (CONFLICT_WORDS.has(t.norm) && !hasTag(toks[i - 1]?.norm ?? '', 'WarCompound')) {
    let j = i + 1;
    if (toks[j]?.norm === 'saudara') j++;
    if (toks[j]?.norm === 'antara') j++;
    if (toks[j]?.norm === 'di') {
      const g = matchAt(toks, j + 1, titleCase);
      const c = g && conflictAt(g.entity.id);
      if (g && c) return { start: i, end: g.end, kind: 'entity', entity: c };
      return undefined;
    }
    const a = matchAt(toks, j, titleCase);
    if (a && (a.entity.type === 'COUNTRY' || a.entity.type === 'ORGANIZATION')) {
      const sep = toks[a.end];
      if (sep && PAIR_JOIN.has(sep.norm)) {
        const b = matchAt(toks, a.end + 1, titleCase);
        if (
          b &&
          (b.entity.type === 'COUNTRY' || b.entity.type === 'ORGANIZATION') &&
          b.entity.id !== a.entity.id
        )
          return { start: i, end: b.end, kind: 'entity', entity: conflictOf([a.entity, b.entity]) };
      }
      const place = conflictAt(a.entity.id);
      if (place) return { start: i, end: a.end, kind: 'entity', entity: place };
    }
    const pair = pairAt(toks, j, titleCase);
    if (pair) return { start: i, end: j + 1, kind: 'entity', entity: conflictOf(pair) };
    if (a && a.entity.type === 'LOCATION') {
      const c = conflictAt(a.entity.id);
      if (c) return { start: i, end: a.end, kind: 'entity', entity: c };
    }
  }
  return undefined;
}

/** A hyphenated pair of actors in one token: "Rusia-Ukraina", "AS-Iran". */
function pairAt(toks: readonly Token[], i: number, titleCase: boolean): LexEntity[] | undefined {
  const t = toks[i];
  if (!t?.text.includes('-') || !t.cap) return undefined;
  const parts = t.text.split('-');
  if (parts.length < 2) return undefined;
  const ents: LexEntity[] = [];
  for (const p of parts) {
    const pt: Token = { text: p, norm: p.toLowerCase(), start: 0, end: p.length, cap: true };
    const g = matchAt([pt], 0, titleCase);
    if (!g || (g.entity.type !== 'COUNTRY' && g.entity.type !== 'ORGANIZATION')) return undefined;
    ents.push(g.entity);
  }
  return ents;
}

/** Lower-case words that can start a mention; any other lower-case token is skipped at once (speed). */
const STARTERS = new Set<string>([
  ...TITLE_INDEX.keys(),
  ...PRONOUNS.keys(),
  ...CONFLICT_WORDS,
  ...ORG_HEADS,
  ...lexiconFirstWords(),
  'junta',
  'rezim',
]);

/**
 * "Front Pembebasan Nasional Kanak dan Sosialis (FLNKS) … FLNKS menolak …": an abbreviation an
 * article gives in brackets after an organisation it names stands for it later in that article.
 * Adds those mentions in place, sentence by sentence, where no other mention covers the token.
 */
export function addAbbreviations(sents: readonly { toks: readonly Token[]; mentions: Mention[] }[]): void {
  const known = new Map<string, LexEntity>();
  for (const s of sents)
    for (const m of s.mentions) {
      const abbr = s.toks[m.end - 2];
      if (m.entity?.type !== 'ORGANIZATION' || !m.entity.id.startsWith('org:') || !abbr) continue;
      if (s.toks[m.end - 3]?.text === '(' && s.toks[m.end - 1]?.text === ')') known.set(abbr.text, m.entity);
    }
  if (known.size === 0) return;
  for (const s of sents) {
    const covered = new Uint8Array(s.toks.length);
    for (const m of s.mentions) covered.fill(1, m.start, m.end);
    const added: Mention[] = [];
    s.toks.forEach((t, k) => {
      // "Pemimpin FLNKS Christian Tein": before a name it is part of a title, left to the name.
      const entity = covered[k] || s.toks[k + 1]?.cap ? undefined : known.get(t.text);
      if (entity) added.push(settled({ start: k, end: k + 1, kind: 'entity', entity }));
    });
    if (added.length === 0) continue;
    s.mentions.push(...added);
    s.mentions.sort((a, b) => a.start - b.start);
  }
}

/**
 * The mention with every field present, in one order: the stages build mentions of many shapes, and
 * resolution and the engine read them all; one shape keeps those reads monomorphic (V8 deoptimised
 * and recompiled them as new shapes came in, a large part of a run's CPU).
 */
export function settled(m: Mention): Mention {
  return {
    start: m.start,
    end: m.end,
    kind: m.kind,
    entity: m.entity,
    name: m.name,
    role: m.role,
    roleKey: m.roleKey,
    affil: m.affil,
    former: m.former,
    pronoun: m.pronoun,
    pair: m.pair,
    affilSpan: m.affilSpan,
    anaphor: m.anaphor,
    home: m.home,
    bare: m.bare,
    affilAnaphor: m.affilAnaphor,
    sharedHolder: m.sharedHolder,
    possessor: m.possessor,
  };
}

/** All mentions of one sentence, left to right, non-overlapping. */
export function findMentions(toks: readonly Token[], titleCase: boolean): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i] as Token;
    if (!t.cap && !STARTERS.has(t.norm) && !particlePrefixed(t.text)) {
      i++;
      continue;
    }
    const m =
      titledAt(toks, i, titleCase) ??
      conflictAtTok(toks, i, titleCase) ??
      waterAt(toks, i, titleCase) ??
      lexAt(toks, i, titleCase) ??
      pronounAt(toks, i) ??
      pairMention(toks, i, titleCase) ??
      groupNameAt(toks, i, titleCase) ??
      bareName(toks, i, titleCase);
    if (m) {
      out.push(settled(shareTitle(toks, out[out.length - 1], m)));
      i = m.end;
    } else i++;
  }
  return possessedTitles(toks, out);
}

/**
 * "utusan khusus Presiden AS Donald Trump, Steve Witkoff", "juru bicara Netanyahu, Omer Dostri",
 * "menantu Trump, Jared Kushner": an office held for a person, then a name in apposition. The named one
 * holds the office; the person before the comma only says whose it is and is no actor there.
 */
function possessedTitles(toks: readonly Token[], ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k] as Mention;
    const n = ms[k + 1];
    // "menantu Presiden, Jared Kushner": the title apposed to the name is the possessor's, not his own.
    const own =
      m.role && toks.slice(m.start, m.end).some((t) => t.text === ',')
        ? dependentTitle(toks, { ...m, role: undefined })
        : undefined;
    if (own) {
      out.push(
        settled({
          ...m,
          start: own.start,
          role: `${own.role} ${m.role}`,
          roleKey: undefined,
          affil: undefined,
          affilSpan: undefined,
        }),
      );
      continue;
    }
    const title =
      n && toks[m.end]?.text === ',' && n.start === m.end + 1 ? dependentTitle(toks, m) : undefined;
    const after = n ? toks[n.end] : undefined;
    const closed = !after || after.text === ',' || after.text === '.' || !after.cap;
    if (!title || !n || n.role || !closed || (n.kind !== 'name' && n.entity?.type !== 'PERSON')) {
      out.push(m);
      continue;
    }
    // "utusan khusus Presiden AS Donald Trump, Steve Witkoff": an envoy of the state's president serves
    // that state; "juru bicara Netanyahu, Omer Dostri" names no state.
    const possessor = m.entity?.type === 'PERSON' ? m : undefined;
    const affil = m.affil?.type === 'COUNTRY' ? m.affil : undefined;
    const span = affil ? m.affilSpan : undefined;
    out.push(
      settled({
        ...n,
        start: title.start,
        role: title.role,
        roleKey: undefined,
        affil,
        affilSpan: span,
        possessor,
      }),
    );
    k++;
  }
  return out;
}

/** The office-for-a-person words that open a person's mention, or stand right before it. */
function dependentTitle(toks: readonly Token[], m: Mention): { start: number; role: string } | undefined {
  if (m.kind !== 'name' && m.entity?.type !== 'PERSON') return undefined;
  // "juru bicara Netanyahu": the title read as the person's own, with no body or state of its own.
  // A lower-case remit may follow ("penasihat kebijakan luar negeri Putin"); a capitalised one is an
  // office of its own ("Penasihat Keamanan Nasional Jake Sullivan").
  const words = m.role?.split(' ') ?? [];
  const head = [2, 1].find((w) => hasTag(words.slice(0, w).join(' ').toLowerCase(), 'DependentTitle'));
  if (m.role && !m.affil && head && words.slice(head).every((w) => w === w.toLowerCase()))
    return { start: m.start, role: m.role };
  // "utusan khusus Presiden AS Donald Trump": lower-case words before a titled person.
  for (const w of [2, 1]) {
    const words = toks.slice(m.start - w, m.start);
    const phrase = words.map((t) => t.norm).join(' ');
    if (words.length === w && words.every((t) => !t.cap) && hasTag(phrase, 'DependentTitle'))
      return { start: m.start - w, role: words.map((t) => t.text).join(' ') };
  }
  return undefined;
}

/**
 * "menteri luar negeri Azerbaijan dan Armenia", "Presiden Kolombia dan Venezuela": a country joined
 * right after an unnamed official's country shares the title; it names that country's official too.
 */
function shareTitle(toks: readonly Token[], prev: Mention | undefined, m: Mention): Mention {
  const e = m.entity;
  if (m.kind !== 'entity' || e?.type !== 'COUNTRY' || prev?.kind !== 'role' || prev.former) return m;
  if (prev.affil?.type !== 'COUNTRY' || prev.end !== m.start - 1) return m;
  // Only a pair: in a longer list ("Menlu Oman, Qatar, Irak …") the holders read from the table would be
  // shared out across the commas.
  if (!hasTag(toks[m.start - 1]?.norm ?? '', 'Coordinator') || toks[m.end]?.text === ',') return m;
  // "Menlu Malaysia dan Singapura Vivian Balakrishnan": a name after it is that country's own official.
  if (toks[m.end]?.cap && /^\p{L}/u.test(toks[m.end]?.text ?? '')) return m;
  return {
    ...m,
    kind: 'role',
    role: prev.role,
    roleKey: prev.roleKey,
    affil: e,
    affilSpan: [m.start, m.end],
  };
}

/**
 * A sea, strait or gulf named after a country or by its own words ("Laut Jepang", "Selat Taiwan",
 * "Laut Merah"): a place, not the country. A longer lexicon name wins ("Laut China Selatan").
 */
function waterAt(toks: readonly Token[], i: number, titleCase: boolean): Mention | undefined {
  const head = toks[i];
  if (!head?.cap || !hasTag(head.norm, 'WaterHead') || !toks[i + 1]?.cap) return undefined;
  const inner = matchAt(toks, i + 1, titleCase);
  let end = inner && inner.entity.type !== 'PERSON' ? inner.end : i + 1;
  const word = (t: Token | undefined): boolean => t?.cap === true && /^\p{L}/u.test(t.text);
  while (end < i + 4 && word(toks[end]) && !matchAt(toks, end, titleCase)) end++;
  const known = matchAt(toks, i, titleCase);
  if (end === i + 1 || (known && known.end >= end)) return undefined;
  const name = toks
    .slice(i, end)
    .map((x) => x.text)
    .join(' ');
  return { start: i, end, kind: 'entity', entity: { id: `location:${slug(name)}`, name, type: 'LOCATION' } };
}

/** Whether a country's name ends right before token `end` (and starts at `from` or after). */
function countryEndsAt(toks: readonly Token[], from: number, end: number, titleCase: boolean): boolean {
  for (let k = from; k < end; k++) {
    const m = matchAt(toks, k, titleCase);
    if (m?.entity.type === 'COUNTRY' && m.end === end) return true;
  }
  return false;
}

/**
 * A group or body named in full by capitalised words after its head, common words included, up to
 * its abbreviation or three words at least: "Front Pembebasan Nasional Kanak dan Sosialis (FLNKS)",
 * "Aliansi Demokratis Nasional Myanmar". Not in a headline, where every word is capitalised.
 */
function groupNameAt(toks: readonly Token[], i: number, titleCase: boolean): Mention | undefined {
  const head = toks[i];
  if (titleCase || !head?.cap || !(hasTag(head.norm, 'GroupHead') || ORG_HEADS.has(head.norm)))
    return undefined;
  if (stateProperty(toks, i)) return undefined;
  let end = i + 1;
  while (end < i + 8) {
    const t = toks[end];
    if (t?.cap && /^\p{L}/u.test(t.text)) end++;
    // "Pasukan India dan Pakistan" is two forces: "dan" after a country joins no name.
    else if (t?.norm === 'dan' && toks[end + 1]?.cap && !countryEndsAt(toks, i + 1, end, titleCase)) end += 2;
    else break;
  }
  const abbreviated = skipParen(toks, end) > end;
  // "Komite Nobel", "Yayasan Ford": a head and one proper word the lexicon does not know is a body too;
  // "Pasukan Rusia", "Dewan Kota" are not (an actor after its modifier, a common word).
  const second = toks[i + 1];
  const proper =
    end === i + 2 && !!second && !COMMON_WORDS.has(second.norm) && !matchAt(toks, i + 1, titleCase);
  if (end - i < (abbreviated || proper ? 2 : 3)) return undefined;
  const name = toks
    .slice(i, end)
    .map((x) => x.text)
    .join(' ');
  const entity: LexEntity = { id: `org:${slug(name)}`, name, type: 'ORGANIZATION' };
  return { start: i, end: skipParen(toks, end), kind: 'entity', entity };
}

function lexAt(toks: readonly Token[], i: number, titleCase: boolean): Mention | undefined {
  const g = entityOrOrgAt(toks, i, titleCase);
  if (!g) return undefined;
  // "Amerika Serikat (AS)": the parenthesis is part of the mention.
  const end = g.entity.type === 'PERSON' ? initialledEnd(toks, g) : g.end;
  const m: Mention = { start: i, end: skipParen(toks, end), kind: 'entity', entity: g.entity };
  // "Benjamin Netanyahu Israel": a country right after a known person ties them.
  return g.entity.type === 'PERSON' ? afterName(toks, m, titleCase) : m;
}

function pairMention(toks: readonly Token[], i: number, titleCase: boolean): Mention | undefined {
  const pair = pairAt(toks, i, titleCase);
  return pair ? { start: i, end: i + 1, kind: 'entity', entity: pair[0] as LexEntity, pair } : undefined;
}

function bareName(toks: readonly Token[], i: number, titleCase: boolean): Mention | undefined {
  // Honorifics ("Pak Blinken", "Sheikh Tamim") introduce a name.
  let k = i;
  while (HONORIFICS.has(toks[k]?.norm ?? '') && toks[k]?.cap && isNameToken(toks[k + 1], titleCase)) k++;
  // After a travel verb or a group noun a capitalised word is a name even when it is a common word
  // elsewhere ("tiba di Lima", "milisi Fano").
  const place = !titleCase && k === i && i > 0 && (placeContext(toks, i) || groupContext(toks, i));
  // "Kota Kecil Khan Sheikhoun": the adjective after the place head describes the place the name names.
  if (place && hasTag(toks[i]?.norm ?? '', 'PlaceAdjective') && isNameToken(toks[i + 1], titleCase))
    return undefined;
  // "Istana Merdeka", "Istana Kepresidenan Bogor": a capitalised place head names the place with its name.
  // Not an airport: the guidelines leave airports out ("tiba di Bandara Soekarno-Hatta").
  const h = toks[i]?.norm ?? '';
  // Nor before an adjective ("Kota Kecil Khan Sheikhoun" names Khan Sheikhoun, read after the adjective).
  const head =
    k === i &&
    !titleCase &&
    toks[i]?.cap === true &&
    hasTag(h, 'PlaceHead') &&
    !hasTag(h, 'Airport') &&
    !hasTag(toks[i + 1]?.norm ?? '', 'PlaceAdjective');
  const end = nameAt(toks, head ? k + 1 : k, titleCase, k > i || place || head);
  if (end <= (head ? k + 1 : k)) return undefined;
  const name = toks
    .slice(k, end)
    .map((x) => x.text)
    .join(' ')
    .replace(/ \. /g, '. ');
  // One capitalised word is a name only when the document knows it (checked in resolution).
  return { start: i, end, kind: 'name', name };
}
