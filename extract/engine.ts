// The rule engine: finds each rule's trigger in a sentence, binds subject and object slots
// (clause subject search, coordination, modifiers like "para pejabat"), and reads modality and
// negation around the trigger. Pure: slots in, relation candidates out.
import type { EntityType, Modality, RelationType } from '../src/schema';
import { conflictOf, countryOfPlace, ENTITIES, type LexEntity, partiesOf } from './gazetteer';
import { ACTOR_MODIFIERS, COMMON_WORDS, TRIGGERS, WORDS } from './lexicon';
import { quoteOpenFlags } from './quotes';
import { PARTIES, type Ref, type Slot } from './resolve';
import {
  type Condition,
  type Element,
  NEED_SETS,
  RULE_INDEX,
  type Rule,
  WORD_USES,
  type WordUse,
} from './rules';
import { hasTag, tagged } from './tags';
import type { Token } from './text';

export interface Candidate {
  rule: Rule;
  relation: RelationType;
  subject: Slot;
  object: Slot;
  modality: Modality;
  cameo: string;
  /** Token span of the whole match. */
  start: number;
  end: number;
  anchor: number;
  /** The subject was found by clause search rather than next to the trigger. */
  searched: boolean;
}

export interface NearMiss {
  rule: string;
  at: number;
  reason: string;
}

const set = (xs: readonly string[]): Set<string> => new Set(xs);
const BREAKERS = set(WORDS.clauseBreakers);
const SAY = set(WORDS.sayVerbs);
const PREPS = set(WORDS.prepositions);
const PLANNED = set(WORDS.planned);
const NEGATION = set(WORDS.negation);
const MODIFIERS = ACTOR_MODIFIERS;
const NATIONALITY_NOUNS = set(WORDS.nationalityNouns);
const PLACE_MODIFIERS = set([...WORDS.actorModifiers, ...WORDS.placeModifiers]);
/** Words that may stand between a subject and its verb ("Hamas yang masih menyandera"). */
const FILLERS = tagged('Filler');
const TIME_WORDS = tagged('TimeWord');
const QUOTES = tagged('Quote');
const PASSIVE_VERB = /^di\p{Ll}{3,}$/u;
const COORD = tagged('Coordinator');
/** In "antara X, bersama Y, dan Z" every party is one side of the talks. */
const WIDE_COORD = tagged('SideJoiner');
// "Menlu Pakistan, Menlu Turki, hingga utusan AS": "hingga" closes a list as "dan" does.
const LIST_CLOSERS = tagged('ListCloser');
const SUBORDINATE = tagged('Subordinator');
const ACTIVE_VERB = /^me\p{Ll}{3,}$/u;
/** An intransitive or reciprocal verb ("berunding", "bertemu"). */
const BER_VERB = /^ber\p{Ll}{3,}$/u;

interface Ctx {
  toks: readonly Token[];
  /** Slot starting at a token index. */
  slotAt: (Slot | undefined)[];
  /** Token index → covered by a slot. */
  inSlot: boolean[];
  /** The conflict the article is about, and its parties. */
  doc: DocContext;
  /** The rule being matched (its default slot types). */
  rule: Rule | undefined;
  slots: readonly Slot[];
  /** Per-sentence look-ups, built on first use so a long line is not rescanned from every trigger. */
  memo: Memo | undefined;
  /**
   * For each of NEED_SETS, the last token outside the slots that has one of its words, else -1
   * (see needsAfter); matchSentence fills it from the first trigger on, in its one pass.
   */
  lastNeed: Int32Array;
}

interface Memo {
  clause: Map<number, { start: number; subordinate: boolean }>;
  /** quoteOpen[k]: a quotation is open before token k. */
  quoteOpen: Uint8Array | undefined;
  norms: Set<string> | undefined;
  denials: Denials | undefined;
  /** Index of the first comma, -1 for none; -2 until computed. */
  firstComma: number;
  /** 1 when the sentence is a title-case headline, 0 when not, -1 until computed. */
  headline: number;
}

/** A sentence's denials: any at all, the first rumour or claim word, the first "membantah bahwa". */
interface Denials {
  any: boolean;
  firstHearsay: number;
  firstDeniedThat: number;
}

function memoOf(ctx: Ctx): Memo {
  ctx.memo ??= {
    clause: new Map(),
    quoteOpen: undefined,
    norms: undefined,
    denials: undefined,
    firstComma: -2,
    headline: -1,
  };
  return ctx.memo;
}

/** "Korsel Kecam Peluncuran Rudal Korut": in a title-case headline a capital marks no name. */
function headlineCase(ctx: Ctx): boolean {
  const m = memoOf(ctx);
  if (m.headline < 0) {
    const words = ctx.toks.filter((t) => /^\p{L}/u.test(t.text));
    const caps = words.filter((t) => t.cap).length;
    m.headline = words.length >= 3 && caps / words.length >= 0.75 ? 1 : 0;
  }
  return m.headline === 1;
}

/**
 * Every word form of the sentence outside names (one pass per sentence): a capitalised word inside
 * an actor's mention names the actor, not the topic ("Liga" in "Liga Arab", "Grup" in "Grup Wagner").
 */
function sentenceNorms(ctx: Ctx): Set<string> {
  const m = memoOf(ctx);
  m.norms ??= new Set(ctx.toks.filter((t, k) => !(t.cap && ctx.inSlot[k])).map((t) => t.norm));
  return m.norms;
}

/**
 * Whether every required words element of the rule has a first word somewhere after the trigger
 * (see Rule.needs). When not, matchRight would fail anyway: most rule attempts end here, before
 * the slot groups and adverb skips that trying them costs.
 */
function needsAfter(ctx: Ctx, rule: Rule, i: number): boolean {
  if (rule.needs.length === 0) return true;
  for (const id of rule.needs) if ((ctx.lastNeed[id] as number) <= i) return false;
  return true;
}

/** Whether a quotation is open before token k (one pass per sentence). */
function quoteOpenAt(ctx: Ctx, k: number): boolean {
  const m = memoOf(ctx);
  m.quoteOpen ??= quoteOpenFlags(ctx.toks);
  return m.quoteOpen[k] === 1;
}

export interface DocContext {
  conflict: Ref | undefined;
  /** The article's words outside names (see sentenceNorms), for conditions on the whole article, with the first two sentences each occurs in; built on the first call. */
  words: () => ReadonlyMap<string, readonly number[]>;
  /** How the document itself names that conflict, for relations that fall back to it. */
  conflictMention: string;
  conflictParties: readonly string[];
  /** Who a possessive "-nya" at the sentence start refers to. */
  prevPerson: Ref | undefined;
  /** Who the sentence's quotation is attributed to, for rules whose subject is the speaker. */
  speaker: Slot | undefined;
  /** The speaker's own country or body: "Indonesia harus …" said by an Indonesian urges no one. */
  speakerSide: Ref | undefined;
  /** The country or body a person serves, by person id ("Pompeo mengimbau para diplomat AS"). */
  sideOf: (personId: string) => string | undefined;
  /** Who attacked in the last earlier sentence that reports an attack ("mengecam serangan itu"). */
  lastAttacker: Ref | undefined;
  /** Who proposed or called for something in the last three sentences ("menolak usulan itu"). */
  lastProposer: Ref | undefined;
  /** Who travelled somewhere in an earlier sentence ("mengecam kunjungan tersebut"). */
  lastVisitor: Ref | undefined;
  /** Throws when the document's time budget is spent (extractDocument's safety net). */
  check?: () => void;
}

interface Binding {
  S: Slot[];
  O: Slot[];
  end: number;
  /** Where the last literal word of the match stands (-1 before one is known). */
  head: number;
}

function typeOk(slot: Slot, types: readonly EntityType[] | undefined): boolean {
  if (!types || types.includes(slot.ref.type)) return true;
  // "menerima Menlu Iran": an office with no holder named is still someone met, standing for its state.
  return types.includes('PERSON') && slot.m.kind === 'role';
}

function conflictSlot(c: LexEntity, from: Slot, to: Slot): Slot {
  return {
    start: from.start,
    end: to.end,
    ref: { id: c.id, name: c.name, type: 'CONFLICT' },
    mention: '',
    m: from.m,
    // Every slot has all its fields (see resolveMention): one shape for the engine's reads.
    pair: undefined,
    members: undefined,
  };
}

/**
 * Slots (or coordinated groups, longest first) at token i, after modifiers ("para pejabat", "pemerintah").
 * A group's slots are copied only when read (a getter): an "A dan B dan C …" list of n items has n
 * groups, and copying them all on every call made long lists cubic.
 */
function groupsAt(
  ctx: Ctx,
  i: number,
  types: readonly EntityType[] | undefined,
  wide = false,
): { readonly slots: Slot[]; end: number }[] {
  const coords = wide ? WIDE_COORD : COORD;
  const { toks, slotAt } = ctx;
  let p = i;
  if (types?.includes('CONFLICT')) {
    const c = conflictAtPos(ctx, p);
    if (c) return [c];
  }
  const mods = types?.includes('LOCATION') ? PLACE_MODIFIERS : MODIFIERS;
  for (let k = 0; k < 4 && !slotAt[p] && mods.has(toks[p]?.norm ?? ''); k++) p++;
  // "bertemu di Jenewa, Swiss": a phrase opened by a preposition says where, it describes no one.
  if (!slotAt[p] && !PREPS.has(toks[i]?.norm ?? '')) p = listAfterDescription(ctx, p);
  let first = slotAt[p];
  // "kelompok Palestina Hamas": a nationality word before a named group describes it.
  const named = first && slotAt[first.end];
  if (first?.ref.type === 'COUNTRY' && named?.ref.type === 'ORGANIZATION') first = named;
  // "gerakan perlawanan Palestina, Hamas, untuk …": the named group in apposition is the actor.
  if (first?.ref.type === 'COUNTRY' && toks[first.end]?.text === ',') {
    const app = slotAt[first.end + 1];
    if (
      app?.ref.type === 'ORGANIZATION' &&
      toks[app.end]?.text === ',' &&
      !slotAt[app.end + 1] &&
      !COORD.has(toks[app.end + 1]?.norm ?? '')
    )
      first = app;
  }
  // "pertemuan delegasi Ukraina-Rusia": a pair token is the pair a pairwise rule relates.
  if (wide && first?.pair?.length === 2) {
    const members = first.pair.map((ref) => ({ ...first, ref, mention: ref.name, pair: undefined }));
    return members.every((x) => typeOk(x, types)) ? [{ slots: members, end: first.end }] : [];
  }
  if (!first || first.pair || !typeOk(first, types)) return [];
  // Groups as prefixes of `slots`: n slots, ending at token `end`. A list longer than MAX_GROUP
  // is cut there, so a trigger at each "dan" of a huge list does not walk the whole list again.
  const out = [{ n: 1, end: first.end }];
  const slots = [first];
  let end = first.end;
  let pending: { n: number; end: number }[] = [];
  while (slots.length < MAX_GROUP) {
    let q = end;
    const t = toks[q]?.norm;
    let coord = false;
    if (t === ',') {
      q++;
      const n = toks[q]?.norm ?? '';
      if (coords.has(n) || LIST_CLOSERS.has(n)) {
        q++;
        coord = true;
      }
    } else if (t && (coords.has(t) || LIST_CLOSERS.has(t))) {
      q++;
      coord = true;
    } else break;
    if (toks[q]?.norm === 'dengan' || toks[q]?.norm === 'juga') q++;
    // "William dan istrinya, Kate Middleton,", "Retno dan mitranya, Menlu Wang Yi,": the relative or
    // counterpart named in apposition is the next member.
    if (hasTag(toks[q]?.norm ?? '', 'Relational') && !slotAt[q]) q += toks[q + 1]?.text === ',' ? 2 : 1;
    q = describedMember(ctx, q);
    for (let k = 0; k < 4 && !slotAt[q] && mods.has(toks[q]?.norm ?? ''); k++) q++;
    const next = slotAt[q];
    if (!next) break;
    if (typeOk(next, types)) slots.push(next);
    end = next.end;
    pending.push({ n: slots.length, end });
    // A comma list counts only when it closes with "dan"/"serta" or lists titled people
    // ("Than Swe, menteri dalam negeri Yar Pyae"); else it is the next clause.
    const titledPerson = next.ref.type === 'PERSON' && next.m.role !== undefined && next.m.kind !== 'role';
    // "Kiev, Ukraina", "Doha, Qatar", "ibu kota Mesir, Kairo": a place and its country named together.
    const prev = slots[slots.length - 2];
    const placeInCountry =
      !coord &&
      prev !== undefined &&
      ((next.ref.type === 'COUNTRY' && countryOfPlace(prev.ref.id) === next.ref.id) ||
        (prev.ref.type === 'COUNTRY' &&
          next.ref.type === 'LOCATION' &&
          countryOfPlace(next.ref.id) === prev.ref.id) ||
        // "Istana Merdeka, Jakarta": a place no lexicon knows, then the known place it stands in.
        (prev.ref.type === 'LOCATION' &&
          !ENTITIES.has(prev.ref.id) &&
          (next.ref.type === 'LOCATION' || next.ref.type === 'COUNTRY') &&
          ENTITIES.has(next.ref.id)));
    if (coord || titledPerson || placeInCountry) {
      out.push(...pending);
      pending = [];
    }
  }
  return out.reverse().map((g) => new Group(slots, g.n, g.end));
}

/**
 * One coordinated group of groupsAt: its first n slots, copied only when read. A class, not an
 * object literal with a getter: those get a shape of their own each, and the engine reads `end`
 * and `slots` of every group it tries.
 */
class Group {
  constructor(
    private readonly all: readonly Slot[],
    private readonly n: number,
    readonly end: number,
  ) {}

  get slots(): Slot[] {
    return expand(this.all.slice(0, this.n));
  }
}

/**
 * "dengan mitra-mitra dari tiga negara, yaitu Uganda, Tanzania dan Rwanda": a short description
 * with no name in it, then a list introduced by "yaitu"/"yakni"/"seperti": the list is the group.
 * Returns where the list starts, or p when there is none.
 */
/**
 * "Mogherini dan komisioner pengembangan, Johannes Hahn, meminta …": a lower-case description set
 * off by commas before the next member's name; returns where that name starts (else `q`).
 */
function describedMember(ctx: Ctx, q: number): number {
  const { toks, slotAt } = ctx;
  let k = q;
  while (k < q + 4 && !slotAt[k] && describing(toks[k])) k++;
  const name = slotAt[k + 1];
  return k > q && toks[k]?.text === ',' && name?.ref.type === 'PERSON' && toks[name.end]?.text === ','
    ? k + 1
    : q;
}

function describing(t: Token | undefined): boolean {
  return t?.cap === false && plainWord(t.norm);
}

/** A word of a description: letters only, no preposition, clause breaker or verb. */
function plainWord(n: string): boolean {
  return (
    /^\p{L}+$/u.test(n) && !PREPS.has(n) && !BREAKERS.has(n) && !ACTIVE_VERB.test(n) && !PASSIVE_VERB.test(n)
  );
}

/** First words of two-word list intros ("antara lain"): only these build the pair to look up. */
const INTRO_PAIR_FIRST = new Set(
  [...tagged('ListIntro')].filter((w) => w.includes(' ')).map((w) => w.split(' ')[0] as string),
);

/**
 * "menyambangi (Kepresidenan) Istana Rashtrapati Bhavan, New Delhi, India": a palace or building
 * named by words the gazetteer does not know, then the place it stands in: that place is visited.
 */
function placeAfterVenue(ctx: Ctx, p: number): number | undefined {
  const { toks } = ctx;
  const venue = (k: number): boolean => toks[k]?.cap === true && hasTag(toks[k]?.norm ?? '', 'StateProperty');
  if (!venue(p) && !venue(p + 1)) return undefined;
  let q = p;
  // The venue's own words, known as a place ("Istana Rashtrapati Bhavan") or not at all.
  while (q < p + 8 && toks[q]?.cap && (!ctx.inSlot[q] || ctx.slotAt[q]?.ref.type === 'LOCATION'))
    q = ctx.slotAt[q]?.end ?? q + 1;
  const place = toks[q]?.text === ',' ? ctx.slotAt[q + 1] : undefined;
  return place && (place.ref.type === 'LOCATION' || place.ref.type === 'COUNTRY') ? q + 1 : undefined;
}

function listAfterDescription(ctx: Ctx, p: number): number {
  const { toks, inSlot } = ctx;
  const venue = placeAfterVenue(ctx, p);
  if (venue !== undefined) return venue;
  for (let q = p; q < p + 8; q++) {
    const t = toks[q];
    // A region may describe the members ("tiga negara Eropa, yakni …").
    const place = ctx.slotAt[q];
    // "berbagai pihak di Myanmar, termasuk …": a country after "di" only says where the members are;
    // "timpalannya dari Arab Saudi, Pangeran Faisal": one after "dari" says whose counterpart is named.
    const from = toks[q - 1]?.norm === 'dari' && toks.slice(p, q).some((x) => hasTag(x.norm, 'Relational'));
    if (place?.ref.type === 'LOCATION' || (place && (toks[q - 1]?.norm === 'di' || from) && q > p)) {
      q = place.end - 1;
      continue;
    }
    // "negara-negara Barat, terutama AS": a compass word in the description is no name.
    const compass = t?.cap === true && hasTag(t.norm, 'Compass');
    // "komunikasi bilateral dengan tiga negara yakni …": the list after "dengan" is the partner, not a
    // description of the group here.
    const partner = hasTag(t?.norm ?? '', 'Comitative');
    if (
      !t ||
      inSlot[q] ||
      (t.cap && !compass) ||
      partner ||
      BREAKERS.has(t.norm) ||
      t.text === '.' ||
      t.text === ';'
    )
      return p;
    // "seperti A", "antara lain A": a one- or two-word intro, then the list.
    const intro = hasTag(t.norm, 'ListIntro')
      ? 1
      : INTRO_PAIR_FIRST.has(t.norm) && hasTag(`${t.norm} ${toks[q + 1]?.norm}`, 'ListIntro')
        ? 2
        : 0;
    // "ke sejumlah negara, antara lain, Tiongkok, …": the intro may be set off by a comma of its own.
    const first = toks[q + intro]?.text === ',' ? q + intro + 1 : q + intro;
    if (intro > 0 && q > p) return ctx.slotAt[first] ? first : p;
    // "mengunjungi pulau terbesar di Pasifik, Papua Nugini.": the name in apposition to the description.
    // Only a place, or a person after a relational noun ("pendahulunya, Leung Chun-ying").
    const named = t.text === ',' && q > p ? ctx.slotAt[q + 1] : undefined;
    const close = named ? toks[named.end]?.text : undefined;
    const kin = toks.slice(p, q).some((x) => hasTag(x.norm, 'Relational'));
    const fits = named?.ref.type === 'LOCATION' || named?.ref.type === 'COUNTRY' || kin;
    if (named && fits && (close === undefined || close === '.' || close === ',')) return q + 1;
  }
  return p;
}

/** More actors than any real list of parties to one act ("A, B dan C bertemu"). */
const MAX_GROUP = 64;

/** A plural anaphor stands for several actors: one slot each, same span. */
function expand(slots: readonly Slot[]): Slot[] {
  return slots.flatMap((s): Slot[] => {
    if (!s.members) return [s];
    // Written out, not spread: a spread copy is an object of another shape (see conflictSlot).
    const { start, end, mention, m, pair } = s;
    return s.members.map((ref) => ({ start, end, ref, mention, m, pair, members: undefined }));
  });
}

function groupAt(
  ctx: Ctx,
  i: number,
  types: readonly EntityType[] | undefined,
): { slots: Slot[]; end: number } | undefined {
  const g = groupsAt(ctx, i, types)[0];
  return g && { slots: g.slots, end: g.end };
}

/** "antara X dan Y", a pair token "Rusia-Ukraina", or a conflict mention, as a CONFLICT slot. */
function conflictAtPos(ctx: Ctx, p: number): { slots: Slot[]; end: number } | undefined {
  const { toks, slotAt } = ctx;
  const s = slotAt[p];
  if (s?.ref.type === 'CONFLICT') return { slots: [s], end: s.end };
  if (s?.pair && s.pair.length >= 2) {
    const c = conflictFor(ctx, s.pair);
    return { slots: [conflictSlot(c, s, s)], end: s.end };
  }
  // "menengahi sengketa kedua negara", "antara kedua pihak": a plural anaphor names the two parties.
  const two = (x: Slot | undefined): x is Slot => (x?.members?.length ?? 0) === 2;
  const anaphor = two(s) ? s : toks[p]?.norm === 'antara' && two(slotAt[p + 1]) ? slotAt[p + 1] : undefined;
  if (anaphor?.members) {
    const c = conflictFor(ctx, anaphor.members.map(stateOf));
    return { slots: [conflictSlot(c, anaphor, anaphor)], end: anaphor.end };
  }
  if (toks[p]?.norm === 'antara') {
    // "antara pemerintah Kolombia dan …": actor modifiers before the first party.
    let q = p + 1;
    while (q < p + 3 && !slotAt[q] && MODIFIERS.has(toks[q]?.norm ?? '')) q++;
    const a = slotAt[q];
    if (a && (toks[a.end]?.norm === 'dan' || toks[a.end]?.norm === 'dengan')) {
      // "… dan kelompok separatis Anglofon": group words before the second party too.
      let r = a.end + 1;
      while (
        r < a.end + 4 &&
        !slotAt[r] &&
        (MODIFIERS.has(toks[r]?.norm ?? '') || hasTag(toks[r]?.norm ?? '', 'GroupHead'))
      )
        r++;
      const b = slotAt[r];
      if (b && b.ref.id !== a.ref.id) {
        // "antara Tel Aviv dan Teheran": seats of government stand for their states.
        const c = conflictFor(ctx, [stateOf(a.ref), stateOf(b.ref)]);
        return { slots: [conflictSlot(c, a, b)], end: b.end };
      }
    }
  }
  return undefined;
}

/** A place named as a party stands for the state it lies in. */
function stateOf(ref: Ref): Ref {
  if (ref.type !== 'LOCATION') return ref;
  const c = countryOfPlace(ref.id);
  const e = c ? ENTITIES.get(c) : undefined;
  return e ? { id: e.id, name: e.name, type: e.type } : ref;
}

/** The conflict of these parties; the article's own conflict when they are among its parties. */
function conflictFor(ctx: Ctx, parties: readonly Ref[]): LexEntity {
  const { conflict, conflictParties } = ctx.doc;
  if (conflict && parties.every((p) => conflictParties.includes(p.id))) return { ...conflict };
  return conflictOf(parties.map((r) => ({ id: r.id, name: r.name, type: r.type })));
}

/** Scare quotes open at k around one word ('“mendarat”'): a quoted word, never a quotation of speech. */
function scareQuoted(toks: readonly Token[], k: number): boolean {
  return QUOTES.has(toks[k]?.text ?? '') && QUOTES.has(toks[k + 2]?.text ?? '');
}

/** Where a form's words end when they stand at pos, else -1. */
function wordsEnd(toks: readonly Token[], inSlot: boolean[], pos: number, form: readonly string[]): number {
  let q = pos;
  for (let k = 0; k < form.length; k++) {
    // '“mendarat” di Ukraina': a scare-quoted word, then the rest of the form.
    if (k > 0 && scareQuoted(toks, q - 2) && toks[q + 1]?.norm === form[k]) q++;
    const t = toks[q];
    if (!t || t.norm !== form[k] || inSlot[q]) return -1;
    q++;
  }
  return q;
}

/** A words element's forms at token p, then the rest of the rule after them (see matchRight). */
function wordsThen(
  ctx: Ctx,
  els: readonly Element[],
  ei: number,
  p: number,
  b: Binding,
  bindOptional: boolean,
): Binding | undefined {
  const el = els[ei];
  if (el?.kind !== 'words') return undefined;
  const forms = el.byFirst.get(ctx.toks[p]?.norm ?? '');
  if (forms === undefined) return undefined;
  for (const f of forms) {
    const end = wordsEnd(ctx.toks, ctx.inSlot, p, f);
    if (end >= 0) {
      const r = matchRight(ctx, els, ei + 1, end, b, bindOptional);
      if (r) {
        if (r.head < 0) r.head = p;
        return r;
      }
    }
  }
  return undefined;
}

/** Stands for a slot's group while the rest of a rule is matched (see matchRight). */
const BOUND: Slot[] = [];

function matchRight(
  ctx: Ctx,
  els: readonly Element[],
  ei: number,
  pos: number,
  b: Binding,
  bindOptional: boolean,
): Binding | undefined {
  if (ei === els.length) return { S: b.S, O: b.O, end: pos, head: -1 };
  const el = els[ei] as Element;
  const { toks } = ctx;
  if (el.kind === 'words') {
    // Adverbs float ("bertemu secara langsung dengan", "mengecam keras"): a word may follow them.
    // Scare quotes open a quoted predicate ('sebagai langkah yang "tidak bertanggung jawab"').
    // pos, then quoted and past where they differ, and only the forms whose first word is the
    // token's. The later two are worked out only when pos fails (this runs for every element of
    // every rule tried).
    const atPos = wordsThen(ctx, els, ei, pos, b, bindOptional);
    if (atPos) return atPos;
    if (ei > 0) {
      const quoted = QUOTES.has(toks[pos]?.text ?? '') ? pos + 1 : pos;
      const past = skipAdverbs(ctx, quoted);
      const r =
        (quoted !== pos && quoted !== past ? wordsThen(ctx, els, ei, quoted, b, bindOptional) : undefined) ??
        (past !== pos ? wordsThen(ctx, els, ei, past, b, bindOptional) : undefined);
      if (r) return r;
    }
    return el.optional ? matchRight(ctx, els, ei + 1, pos, b, bindOptional) : undefined;
  }
  if (el.kind === 'gap') {
    // Before a word the gap may pass over any mention; before a slot only over places and conflicts.
    const beforeWords = els[ei + 1]?.kind === 'words';
    let p = pos;
    for (let g = 0; g <= el.max; g++) {
      const r = matchRight(ctx, els, ei + 1, p, b, bindOptional);
      if (r) return r;
      const t = toks[p];
      const sl = ctx.slotAt[p];
      if (!t || (BREAKERS.has(t.norm) && !QUOTES.has(t.text)) || t.text === '.' || t.text === ';')
        return undefined;
      if (sl) {
        if (!beforeWords && sl.ref.type !== 'LOCATION' && sl.ref.type !== 'CONFLICT') return undefined;
        p = sl.end;
      } else {
        // An unrecognised capitalised word before the object is likely the real, unknown object.
        if (!beforeWords && t.cap && p > 0 && !headlineCase(ctx)) return undefined;
        p++;
      }
    }
    return undefined;
  }
  if (el.kind === 'slot') {
    const types = el.types ?? (el.role === 'O' ? ctx.rule?.objectTypes : ctx.rule?.subjectTypes);
    let at = ei > 0 ? skipAdverbs(ctx, pos) : pos;
    // '"menyambangi" Pyongyang': the closing quote of a scare-quoted trigger.
    if (ei > 0 && scareQuoted(toks, at - 2)) at++;
    for (const g of groupsAt(ctx, at, types, ctx.rule?.pairwise ?? false)) {
      // The rest of the rule reads positions only, never the bound slots: it is matched with a
      // marker in this slot's place, and the group is copied in only when it succeeds.
      const nb: Binding = {
        S: el.role === 'S' ? BOUND : b.S,
        O: el.role === 'O' ? BOUND : b.O,
        end: g.end,
        head: -1,
      };
      const r = matchRight(ctx, els, ei + 1, g.end, nb, bindOptional);
      if (r) {
        if (el.role === 'S' && r.S === BOUND) r.S = g.slots;
        if (el.role === 'O' && r.O === BOUND) r.O = g.slots;
        return r;
      }
    }
    return el.optional && !bindOptional ? matchRight(ctx, els, ei + 1, pos, b, bindOptional) : undefined;
  }
  return undefined;
}

/** The mention (or, for pairwise rules, the coordinated group) that ends right before the trigger. */
function slotBefore(
  ctx: Ctx,
  i: number,
  types: readonly EntityType[] | undefined,
  role: 'S' | 'O',
  group: boolean,
): { slots: Slot[]; from: number } | undefined {
  const { toks, inSlot, slotAt } = ctx;
  let e = i;
  // "A, dan B bertemu": a comma may close the first conjunct.
  if (toks[e - 1]?.text === ',' && COORD.has(toks[e]?.norm ?? '')) e--;
  // Fillers, a time adverbial or a plan stand between a subject and its verb ("A dan B, baru-baru ini,
  // bertemu", "Keduanya dijadwalkan bertemu").
  for (let k = 0; k < 6 && e > 0 && !inSlot[e - 1]; k++) {
    const n = toks[e - 1]?.norm ?? '';
    // "A dan B sepakat (untuk) memulai negosiasi": an agreement to act; "dijadwalkan untuk bertemu": a plan.
    const before = toks[e - 2]?.norm ?? '';
    const agreedTo = hasTag(n, 'Purpose') && (hasTag(before, 'Agreement') || PLANNED.has(before));
    const agreed = agreedTo || hasTag(n, 'Agreement');
    if (!(FILLERS.has(n) || hasTag(n, 'TimeAdverb') || PLANNED.has(n) || agreed || n === ',')) break;
    if (agreedTo) e--;
    e--;
  }
  if (toks[e - 1]?.text === ',' && toks[e]?.norm === 'yang') e--;
  if (toks[e - 1]?.text === ',' && inSlot[e - 2]) e--;
  let p = e - 1;
  while (p >= 0 && inSlot[p] && !slotAt[p]) p--;
  const s = p >= 0 ? slotAt[p] : undefined;
  if (!s || s.end !== e || !typeOk(s, types)) return undefined;
  let first = s;
  let slots = expand([s]);
  if (group) {
    // The longest coordination that ends at the trigger: "Menlu A, Menlu B dan utusan C bertemu".
    for (let q = clauseStart(ctx, i).start; q < s.start; q++) {
      const g = slotAt[q] ? groupsAt(ctx, q, types)[0] : undefined;
      if (g && g.end === e && g.slots.length >= 2) {
        first = slotAt[q] as Slot;
        slots = g.slots;
        break;
      }
    }
  }
  // The subject of "X dan Y bertemu" is not the object of an earlier verb ("mengundang X dan Y"), nor
  // the tail of a list governed by one ("mengunjungi Korsel, China dan Jepang untuk bertemu …").
  let head = first;
  for (let guard = 0; guard < 20; guard++) {
    const b = head.start - 1;
    const n = toks[b]?.norm ?? '';
    if (n !== ',' && !COORD.has(n)) break;
    let q = b - 1;
    if (toks[q]?.text === ',') q--;
    while (q >= 0 && inSlot[q] && !slotAt[q]) q--;
    const prev = slotAt[q];
    if (!prev || (prev.end !== b && prev.end !== b - 1)) break;
    // "Menurut Kremlin, Lavrov dan Wang Yi bertemu": a fronted phrase closed by the comma is no conjunct.
    if (n === ',' && hasTag(toks[prev.start - 1]?.norm ?? '', 'FrontedPrep')) break;
    head = prev;
  }
  const gov = toks[head.start - 1]?.norm ?? '';
  // Nor the object of a verb of meeting ("bertemu A dan B dalam pertemuan bilateral terpisah").
  // A speech verb opens the reported clause instead ("Trump mengatakan dirinya dan Moon akan membahas …").
  if (role === 'S' && ((ACTIVE_VERB.test(gov) && !SAY.has(gov)) || BER_VERB.test(gov) || PREPS.has(gov)))
    return undefined;
  // "Warga Kenya dan Ghana sepakat …": people of the countries, not the states, are the subject.
  if (role === 'S' && head.ref.type === 'COUNTRY' && NATIONALITY_NOUNS.has(gov)) return undefined;
  return { slots, from: first.start };
}

/** The actor nearest before the trigger in its clause, whatever governs it (but not an agent "oleh X"). */
function nearestActor(
  ctx: Ctx,
  anchor: number,
  types: readonly EntityType[],
): { slots: Slot[]; from: number } | undefined {
  const { start } = clauseStart(ctx, anchor);
  for (let p = anchor - 1; p >= start; p--) {
    const s = ctx.slotAt[p];
    if (!s || s.pair || !types.includes(s.ref.type) || ctx.toks[p - 1]?.norm === 'oleh') continue;
    return { slots: expand([s]), from: p };
  }
  return undefined;
}

/**
 * Object control: in "A mengajak B (untuk) V" the subject of V is B, not A. Looks for a control verb
 * between the clause subject and the trigger whose object ends right before it.
 */
function controlled(
  ctx: Ctx,
  from: number,
  anchor: number,
  types: readonly EntityType[],
): { slots: Slot[]; from: number } | null | undefined {
  let found: { slots: Slot[]; from: number } | null | undefined;
  const purposeBefore = hasTag(ctx.toks[anchor - 1]?.norm ?? '', 'Purpose');
  for (let k = from; k < anchor; k++) {
    if (!hasTag(ctx.toks[k]?.norm ?? '', 'ControlVerb') || ctx.inSlot[k]) continue;
    // "menghadiri undangan ke Tiongkok untuk bertemu Xi": who accepts an invitation is the one who goes.
    if (hasTag(ctx.toks[k - 1]?.norm ?? '', 'Acceptance')) continue;
    // "A memerintahkan Apple untuk membantu FBI": whoever is controlled, it is not A.
    if (purposeBefore) found = null;
    // "menolak permintaan Maduro untuk berunding": a refused request did not happen.
    if (hasTag(ctx.toks[k - 1]?.norm ?? '', 'Refusal')) return null;
    const at = skipAdverbs(ctx, k + 1);
    const g = groupsAt(ctx, at, types)[0];
    if (!g || g.end > anchor) {
      // "A memerintahkan Apple membantu FBI": an unknown name is controlled; still not A.
      if (unknownNameBefore(ctx, at, anchor)) found = null;
      continue;
    }
    let e = g.end;
    const linkWord = (n: string): boolean => hasTag(n, 'Purpose') || hasTag(n, 'Adverb') || FILLERS.has(n);
    while (e < anchor && linkWord(ctx.toks[e]?.norm ?? '')) e++;
    if (e === anchor) found = { slots: g.slots, from: at };
  }
  return found;
}

/** A capitalised word no lexicon knows, then at most three more words, up to the trigger, with no list or clause break. */
function unknownNameBefore(ctx: Ctx, at: number, anchor: number): boolean {
  // In a headline every word is capitalised: a lower-case trigger shows running text.
  if (
    ctx.inSlot[at] ||
    ctx.toks[at]?.cap !== true ||
    ctx.toks[anchor]?.cap ||
    anchor - at > 4 ||
    anchor <= at
  )
    return false;
  for (let k = at; k < anchor; k++) {
    const n = ctx.toks[k]?.norm ?? '';
    if (COORD.has(n) || n === ',' || BREAKERS.has(n)) return false;
  }
  return true;
}

/** Past floating adverbs: "langsung", "keras", "secara X", "bersama-sama". */
function skipAdverbs(ctx: Ctx, pos: number): number {
  let p = pos;
  for (let k = 0; k < 3; k++) {
    const n = ctx.toks[p]?.norm ?? '';
    if (ctx.inSlot[p] || !hasTag(n, 'Adverb')) break;
    p += n === 'secara' && ctx.toks[p + 1] && !ctx.inSlot[p + 1] ? 2 : 1;
  }
  return p;
}

/** Whether an actor or a comitative word follows the trigger: then "bertemu" has an object. */
function hasObjectAfter(ctx: Ctx, end: number): boolean {
  const p = skipAdverbs(ctx, end);
  const n = ctx.toks[p]?.norm ?? '';
  const s = ctx.slotAt[p];
  // An unknown capitalised word there is an object too ("bertemu Menlu Maroko"), unless the verb is
  // capitalised as well: a headline ("Erdogan dan Putin Bahas Koridor Gandum").
  const cap = ctx.toks[p]?.cap === true && !ctx.inSlot[p] && ctx.toks[end - 1]?.cap !== true;
  // "bermain golf bersama di Florida", "makan malam bersama.": "bersama" as "together" has no object.
  const next = ctx.toks[p + 1];
  const together = n === 'bersama' && (!next || next.text === '.' || PREPS.has(next.norm));
  return (
    n === 'dengan' ||
    (n === 'bersama' && !together) ||
    cap ||
    (s !== undefined && s.ref.type !== 'LOCATION') ||
    withSoon(ctx, p)
  );
}

/** "melakukan pembicaraan telepon dengan X": "dengan" a few plain words on, before any name or comma. */
function withSoon(ctx: Ctx, p: number): boolean {
  for (let q = p; q < p + 3; q++) {
    const t = ctx.toks[q];
    // "Pertemuan A dan B dimulai dengan suasana dingin": after a passive verb "dengan" says how.
    if (!t || ctx.inSlot[q] || t.text === ',' || t.cap || PASSIVE_VERB.test(t.norm)) return false;
    if (t.norm === 'dengan') return true;
  }
  return false;
}

/**
 * How far back from a trigger its clause and subject are sought: a sentence-long scan from every
 * trigger made long lines quadratic, and no real clause is that long.
 */
const MAX_REACH = 150;

/** Where the clause holding token i starts, and whether a subordinator opened it ("Usai …, X"). */
function clauseStart(ctx: Ctx, i: number): { start: number; subordinate: boolean } {
  const memo = memoOf(ctx).clause;
  const known = memo.get(i);
  if (known) return known;
  const found = clauseScan(ctx, i);
  memo.set(i, found);
  return found;
}

/** The aside opened at `k` closes with a comma after which only auxiliaries stand before the verb at `i`. */
function asideCloses(ctx: Ctx, k: number, i: number): boolean {
  for (let c = i - 1; c > k + 1; c--) {
    if (ctx.toks[c]?.text === ',' && !ctx.inSlot[c]) return true;
    if (ctx.inSlot[c] || !auxiliary(ctx.toks[c]?.norm ?? '')) return false;
  }
  return false;
}

/**
 * "Israel Serang Damaskus, Turki Kecam Langkah …": in a headline a comma after a clause with a verb of
 * its own opens the next clause when an actor and a capitalised verb follow it. A list of actors before
 * the verb ("Indonesia, Malaysia Kecam Israel") has no verb before the comma.
 */
function headlineClauseAt(ctx: Ctx, k: number, i: number): boolean {
  const { toks } = ctx;
  const next = ctx.slotAt[k + 1];
  if (!next || next.end > i || !toks[i]?.cap || !toks[next.end]?.cap || ctx.inSlot[next.end]) return false;
  for (let j = k - 1; j >= 0; j--) {
    const t = toks[j] as Token;
    if (!ctx.inSlot[j] && t.cap && /^\p{L}{3,}$/u.test(t.text)) return true;
  }
  return false;
}

function clauseScan(ctx: Ctx, i: number): { start: number; subordinate: boolean } {
  const { toks } = ctx;
  const floor = Math.max(0, i - MAX_REACH);
  let closeAt = -1;
  for (let k = i - 1; k >= floor; k--) {
    const n = toks[k]?.norm ?? '';
    if (ctx.inSlot[k]) continue;
    // A quoted phrase inside the clause ('menyebutnya "salah" dan mendesak') is passed over whole;
    // a quotation that opens the sentence or follows a comma is a clause of its own.
    if (QUOTES.has(toks[k]?.text ?? '')) {
      if (closeAt < 0 && quoteOpenAt(ctx, k) && i > k + 1) {
        closeAt = k;
        continue;
      }
      if (closeAt >= 0) {
        const before = toks[k - 1]?.norm ?? '';
        if (k === 0 || before === ',' || before === ':' || BREAKERS.has(before))
          return { start: closeAt + 1, subordinate: false };
        closeAt = -1;
        continue;
      }
    }
    // Two-word openers ("di mana").
    if (k > 0 && BREAKERS.has(`${toks[k - 1]?.norm ?? ''} ${n}`)) return { start: k + 1, subordinate: false };
    if (n === ',' && headlineClauseAt(ctx, k, i)) return { start: k + 1, subordinate: false };
    const next = toks[k + 1];
    // "saat itu" / "ketika itu" are time adverbs, not clause openers.
    if ((n === 'saat' || n === 'ketika') && (next?.norm === 'itu' || next?.norm === 'ini')) continue;
    // "selama empat jam", "sejak 2021": a time phrase, not a clause.
    if ((n === 'selama' || n === 'sejak') && next && (/^\d/.test(next.text) || TIME_WORDS.has(next.norm)))
      continue;
    // "Israel, kata juru bicara PBB, menolak …": a speech tag set off by commas is an aside inside the clause.
    if (hasTag(n, 'SpeechTag') && toks[k - 1]?.text === ',' && asideCloses(ctx, k, i)) {
      k--;
      continue;
    }
    // A speech verb opens a clause only when the reported clause follows it, directly or after a
    // time adverbial ("Kremlin mengatakan pada Kamis utusan Turki bertemu …").
    if (SAY.has(n)) {
      const q = pastTimeAdverbial(ctx, k + 1);
      // "mengungkapkan para pengemis musiman datang ke Jakarta": a reported clause about people.
      // "mengatakan ribuan pengungsi menuju Bangladesh": so is one about a crowd of people.
      const head = hasTag(toks[q]?.norm ?? '', 'Quantifier') ? q + 1 : q;
      const people =
        MODIFIERS.has(toks[q]?.norm ?? '') ||
        NATIONALITY_NOUNS.has(toks[q]?.norm ?? '') ||
        hasTag(toks[head]?.norm ?? '', 'PeopleNoun');
      const opens = toks[q]?.norm === 'bahwa' || toks[q]?.text === ',' || ctx.slotAt[q] || people;
      if (!opens) continue;
      if (q > k + 1) return { start: q, subordinate: false };
    }
    // "Usai bertemu A, B mengecam C", "Sehari setelah A tiba, B mengecam C": a comma closes a fronted
    // adverbial clause wherever its opener stands in the sentence's first words.
    if (hasTag(n, 'AdverbialOpener') && k <= 3 && !ctx.slots.some((x) => x.start < k)) {
      for (let c = k + 1; c < i; c++)
        if (toks[c]?.text === ',' && !ctx.inSlot[c]) return { start: c + 1, subordinate: false };
      return { start: k + 1, subordinate: true };
    }
    if (BREAKERS.has(n) || SAY.has(n)) return { start: k + 1, subordinate: SUBORDINATE.has(n) && k === 0 };
    if (SUBORDINATE.has(n) && k === 0) return { start: 1, subordinate: true };
  }
  return { start: floor, subordinate: false };
}

/** The token before a mention once actor modifiers ("para pejabat", "kapal") are passed. */
function beforeModifiers(ctx: Ctx, start: number): number {
  let b = start - 1;
  while (b >= 0 && MODIFIERS.has(ctx.toks[b]?.norm ?? '') && !ctx.inSlot[b]) b--;
  return b;
}

function isSubjectCandidate(ctx: Ctx, s: Slot, types: readonly EntityType[]): boolean {
  if (!types.includes(s.ref.type) || s.pair) return false;
  let b = beforeModifiers(ctx, s.start);
  // "Junta di ketiga negara tersebut", "pemerintah di Kabul": the ruling body of a place acts for it.
  if (ctx.toks[b]?.norm === 'di' && MODIFIERS.has(ctx.toks[b - 1]?.norm ?? '') && !ctx.inSlot[b - 1]) {
    b -= 2;
    while (b >= 0 && MODIFIERS.has(ctx.toks[b]?.norm ?? '') && !ctx.inSlot[b]) b--;
  }
  const before = ctx.toks[b]?.norm ?? '';
  // "wisatawan Prancis yang datang …" names people of a nationality, not the state acting.
  if (s.ref.type === 'COUNTRY' && NATIONALITY_NOUNS.has(ctx.toks[s.start - 1]?.norm ?? '')) return false;
  // "Adik Kim Jong Un menolak …": a relative of the person named is someone else.
  if (hasTag(ctx.toks[s.start - 1]?.norm ?? '', 'Kinship')) return false;
  if (BREAKERS.has(before)) return true;
  // "Sejumlah negara seperti A, B dan C menolak …": the listed members are the subject.
  if (hasTag(before, 'ListIntro')) return true;
  // "54 negara yang tergabung dalam Uni Afrika menuntut …": the body its members belong to acts.
  if (before === 'dalam' && hasTag(ctx.toks[b - 1]?.norm ?? '', 'Membership')) return true;
  // Governed by a preposition, or the agent of a passive verb ("didukung Iran"): not the subject.
  return !PREPS.has(before) && !(PASSIVE_VERB.test(before) && before !== 'dia');
}

/**
 * "Pertemuan itu dilakukan di gedung Kemenlu, Senin, Retno bertukar pandangan dengan …": an actor
 * after a comma and right before the verb (auxiliaries aside) is the subject of a run-on clause.
 */
function commaSubject(
  ctx: Ctx,
  from: number,
  anchor: number,
  types: readonly EntityType[],
): { slots: Slot[]; from: number } | undefined {
  let q = anchor;
  const aux = (n: string): boolean => auxiliary(n) && !SUBORDINATE.has(n);
  while (q > from && !ctx.inSlot[q - 1] && aux(ctx.toks[q - 1]?.norm ?? '')) q--;
  const s = ctx.slots.find((x) => x.end === q);
  if (!s || s.start <= from) return undefined;
  // ", dengan Rusia mendukung rezim Assad": an absolute clause after "dengan" has its own subject.
  const absolute = ctx.toks[s.start - 1]?.norm === 'dengan';
  if (ctx.toks[absolute ? s.start - 2 : s.start - 1]?.text !== ',') return undefined;
  // "Kiev, Ukraina": a place's country set after it is no subject ("dari Jeddah, Arab Saudi, Prabowo
  // singgah …": a person after the pair is).
  const prev = ctx.slots.find((x) => x.end === s.start - 1);
  const place = (r: Slot): boolean => r.ref.type === 'LOCATION' || r.ref.type === 'COUNTRY';
  if (prev && place(prev) && place(s)) return undefined;
  return absolute || isSubjectCandidate(ctx, s, types) ? { slots: expand([s]), from: s.start } : undefined;
}

/** The subject of the clause holding the trigger: its first actor not governed by a preposition. */
function clauseSubject(
  ctx: Ctx,
  anchor: number,
  types: readonly EntityType[],
  comitative: boolean,
  nearest: boolean,
  depth = 0,
): { slots: Slot[]; from: number } | undefined {
  const found = baseSubject(ctx, anchor, types, nearest, depth);
  if (!found || !comitative) return found;
  // "Qatar … bekerja sama dengan AS dan Mesir untuk menengahi": partners act with the subject.
  const slots = [...found.slots];
  const last = found.slots[found.slots.length - 1] as Slot;
  for (let q = last.end; q < anchor; q++) {
    const n = ctx.toks[q]?.norm;
    if (n === 'bersama' || (n === 'sama' && ctx.toks[q - 1]?.norm === 'bekerja')) {
      let r = q + 1;
      if (ctx.toks[r]?.norm === 'dengan') r++;
      const c = groupAt(ctx, r, types);
      if (c && c.end <= anchor) slots.push(...c.slots);
    }
  }
  return { slots, from: found.from };
}

/**
 * "informan PBB di wilayah Palestina, Michael Lynk, menuding …", "pakar hukum dari Universitas
 * Indonesia, Hikmahanto Juwana, mengkritik …": the actor first found sits inside a description, and
 * the one named between commas right before the verb is who the description is about.
 */
function appositiveActor(
  ctx: Ctx,
  found: readonly Slot[],
  anchor: number,
  types: readonly EntityType[],
): Slot | undefined {
  const first = found[0] as Slot;
  const last = found[found.length - 1] as Slot;
  const head = ctx.toks[first.start - 1];
  if (!head || ctx.inSlot[first.start - 1] || !plainWord(head.norm)) return undefined;
  let q = anchor;
  while (q > last.end && !ctx.inSlot[q - 1] && auxiliary(ctx.toks[q - 1]?.norm ?? '')) q--;
  if (ctx.toks[q - 1]?.text !== ',') return undefined;
  const s = ctx.slots.find((x) => x.end === q - 1);
  if (!s || s.start <= last.end || ctx.toks[s.start - 1]?.text !== ',' || !types.includes(s.ref.type))
    return undefined;
  // A person names who the description is; an organisation only a country's body ("kantor berita Korea Utara").
  const fits =
    s.ref.type === 'PERSON' ||
    (s.ref.type === 'ORGANIZATION' && found.every((x) => x.ref.type === 'COUNTRY'));
  if (!fits || found.some((x) => x.ref.type === 'PERSON')) return undefined;
  const gap = ctx.toks.slice(last.end, s.start - 1);
  return gap.length <= 6 &&
    gap.every((t) => t.text !== ',' && !ACTIVE_VERB.test(t.norm) && !PASSIVE_VERB.test(t.norm))
    ? s
    : undefined;
}

/** Words between "yang" and its verb: "yang baru tiba", "yang akan berkunjung", "yang telah lama bertemu". */
function auxiliary(n: string): boolean {
  return FILLERS.has(n) || PLANNED.has(n) || hasTag(n, 'Adverb') || hasTag(n, 'TimeAdverb');
}

/**
 * Where the subject may start once fronted prepositional phrases are passed ("Melalui penuturan
 * Miller, …", "Dalam pertemuan itu, menurut seorang pejabat AS, …"): they hold no subject.
 */
function afterFrontedPhrases(ctx: Ctx, start: number, anchor: number): number {
  // "Dalam pertemuan itu, …": the clause may have been opened right after its preposition.
  let from = start > 0 && PREPS.has(ctx.toks[start - 1]?.norm ?? '') ? start - 1 : start;
  for (;;) {
    const n = ctx.toks[from]?.norm ?? '';
    if (!PREPS.has(n)) return from;
    // Only a short phrase: in "pada hari itu dia akan menuju ke Doha, Qatar" the comma is far away;
    // "menurut seorang pejabat AS yang enggan disebut namanya" names a source and may run longer.
    const reach = n === 'menurut' ? 16 : 8;
    let comma = -1;
    for (let k = from + 1; k < Math.min(anchor, from + reach) && comma < 0; k++)
      if (ctx.toks[k]?.text === ',') comma = k;
    if (comma < 0) return from;
    from = comma + 1;
  }
}

/**
 * "Hal itu disampaikan Menlu Sugiono saat menerima …": the agent of the main clause's passive verb is
 * who acts in the clause that follows it.
 */
function passiveAgent(
  ctx: Ctx,
  before: number,
  types: readonly EntityType[],
): { slots: Slot[]; from: number } | undefined {
  const { start } = clauseStart(ctx, before);
  for (let k = start; k < before; k++) {
    if (ctx.inSlot[k] || !PASSIVE_VERB.test(ctx.toks[k]?.norm ?? '')) continue;
    const at = ctx.toks[k + 1]?.norm === 'oleh' ? k + 2 : k + 1;
    const s = ctx.slotAt[at];
    if (s && s.end <= before && types.includes(s.ref.type)) return { slots: expand([s]), from: at };
  }
  return undefined;
}

/** The actor right before "menjadi"/"adalah"/"merupakan" that opens the description before "yang" at k. */
function describedBy(
  ctx: Ctx,
  k: number,
  types: readonly EntityType[],
): { slots: Slot[]; from: number } | undefined {
  for (let c = k - 1; c >= Math.max(1, k - 6); c--) {
    const t = ctx.toks[c];
    if (!t || t.text === ',') return undefined;
    if (ctx.inSlot[c] || (!hasTag(t.norm, 'Become') && t.norm !== 'adalah' && t.norm !== 'merupakan'))
      continue;
    const s = ctx.slotAt[c - 1] ?? ctx.slots.find((x) => x.end === c);
    return s && s.end === c && isSubjectCandidate(ctx, s, types) ? { slots: [s], from: s.start } : undefined;
  }
  return undefined;
}

function baseSubject(
  ctx: Ctx,
  anchor: number,
  types: readonly EntityType[],
  nearest: boolean,
  depth: number,
): { slots: Slot[]; from: number } | undefined {
  const { start, subordinate } = clauseStart(ctx, anchor);
  // Inside or after "X(,) yang …" the clause is about X.
  for (let k = anchor - 1; k > start; k--) {
    // "…, yang enggan disebut namanya, Biden meminta Xi": an actor after a comma closes the relative clause.
    const after = ctx.slotAt[k + 1];
    if (ctx.toks[k]?.text === ',' && after && isSubjectCandidate(ctx, after, types)) break;
    if (ctx.toks[k]?.norm !== 'yang' || ctx.inSlot[k]) continue;
    const before = ctx.toks[k - 1]?.text === ',' ? k - 1 : k;
    let p = before - 1;
    while (p >= 0 && ctx.inSlot[p] && !ctx.slotAt[p]) p--;
    const s = ctx.slotAt[p];
    if (s && s.end === before && isSubjectCandidate(ctx, s, types)) {
      // ", yang …" attaches to the whole coordination before it ("Menlu A dan B, yang bertemu …").
      const g = slotBefore(ctx, before, types, 'S', true);
      // "gerilyawan yang didukung A, B dan C yang melancarkan …": a list governed by a passive verb or
      // a preposition names its agents or objects; the clause is about the head before it, no actor.
      const head = g ? ctx.slotAt[g.from] : undefined;
      if (g && g.slots.length > 1 && head && !isSubjectCandidate(ctx, head, types)) return undefined;
      return g && g.slots.length > 1 ? g : { slots: expand([s]), from: s.start };
    }
    // "Guterres mengeluarkan surat yang meminta Myanmar …": a statement speaks for whoever issued it.
    if (depth === 0 && !ctx.inSlot[before - 1] && hasTag(ctx.toks[before - 1]?.norm ?? '', 'StatementNoun'))
      return baseSubject(ctx, before - 1, types, nearest, depth + 1);
    // "Albanese menjadi pemimpin Australia pertama yang mengunjungi China": the head describes the
    // actor before "menjadi"/"adalah", who is the one acting.
    const described = describedBy(ctx, k, types);
    if (described) return described;
    // "menangkap warga China yang datang ke Bali": the clause is about a head that is no actor.
    if (depth === 0 && anchor - k <= 4 && ctx.toks.slice(k + 1, anchor).every((t) => auxiliary(t.norm)))
      return undefined;
    break;
  }
  let pick: { slots: Slot[]; from: number } | undefined;
  const from0 = afterFrontedPhrases(ctx, start, anchor);
  const right = nearest ? undefined : commaSubject(ctx, from0, anchor, types);
  if (right) return right;
  for (let p = from0; p < anchor; p++) {
    // For a nominal trigger the actor is in the same comma-delimited stretch.
    if (nearest && ctx.toks[p]?.text === ',') pick = undefined;
    const s = ctx.slotAt[p];
    if (!s) continue;
    // For a nominal trigger the agent of a passive verb acts in the event named after it too
    // ("disampaikan Trump dalam pertemuan dengan Abbas").
    const agent = ctx.toks[s.start - 1]?.norm ?? '';
    const candidate = nearest
      ? types.includes(s.ref.type) &&
        !s.pair &&
        (agent === 'oleh' || PASSIVE_VERB.test(agent) || isSubjectCandidate(ctx, s, types))
      : isSubjectCandidate(ctx, s, types);
    if (!candidate) {
      // Skip the rest of a coordinated prepositional object ("dengan AS dan Mesir").
      const g = groupAt(ctx, s.start, undefined);
      p = (g ? g.end : s.end) - 1;
      continue;
    }
    const g = groupAt(ctx, p, types) ?? { slots: expand([s]), end: s.end };
    pick = { slots: g.end <= anchor ? [...g.slots] : expand([s]), from: p };
    if (!nearest) {
      const app = appositiveActor(ctx, pick.slots, anchor, types);
      if (app) return { slots: [app], from: app.start };
      const c = controlled(ctx, g.end, anchor, types);
      return c === null ? undefined : (c ?? pick);
    }
    p = (g.end <= anchor ? g.end : s.end) - 1;
  }
  if (pick) return pick;
  const opener = ctx.toks[start - 1]?.norm ?? '';
  if (depth === 0 && start > 0 && SUBORDINATE.has(opener)) {
    // "X …, saat melakukan agresi": the subordinate clause shares the main clause's subject.
    const prev =
      baseSubject(ctx, start - 1, types, nearest, depth + 1) ?? passiveAgent(ctx, start - 1, types);
    if (prev) return prev;
  }
  // Also when the sentence opens with a verb phrase ("Berbicara di Beijing …, Blinken mengatakan"),
  // not with an unrecognised name ("Kejaksaan Agung meminta …").
  // Not when the clause holds a capitalised word the lexicons missed ("Ketika pasukan Soviet …").
  const unknownName = ctx.toks.slice(start + 1, anchor).some((t, k) => t.cap && !ctx.inSlot[start + 1 + k]);
  if (!unknownName && (subordinate || (start === 0 && COMMON_WORDS.has(ctx.toks[0]?.norm ?? '')))) {
    // "Usai berbincang dengan Putin, Erdogan …": the subject follows the subordinate clause.
    for (let p = anchor; p < Math.min(ctx.toks.length, anchor + MAX_REACH); p++) {
      // A comma inside a mention is its apposition ("bertemu Menlu Yordania, Ayman Safadi, Retno …").
      if (ctx.toks[p]?.text !== ',' || ctx.inSlot[p]) continue;
      const s = ctx.slotAt[p + 1];
      if (s && isSubjectCandidate(ctx, s, types)) return { slots: [s], from: p + 1 };
      break;
    }
  }
  return undefined;
}

function wordNear(ctx: Ctx, anchor: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, anchor - 3); k <= anchor + 4; k++) {
    const a = ctx.toks[k]?.norm ?? '';
    if (withoutBefore(ctx, k)) continue;
    if (words.has(a) || words.has(`${a} ${ctx.toks[k + 1]?.norm ?? ''}`)) return true;
  }
  return false;
}

/** "tanpa perantara": a cue word under "without" says the opposite. */
function withoutBefore(ctx: Ctx, k: number): boolean {
  return hasTag(ctx.toks[k - 1]?.norm ?? '', 'Without');
}

/** A word of the list anywhere in the sentence outside names, not under "tanpa". */
function cueInSentence(ctx: Ctx, words: ReadonlySet<string>): boolean {
  const norms = sentenceNorms(ctx);
  // Cheap test first: some cue's first word is in the sentence at all.
  if (![...words].some((w) => norms.has(w.split(' ')[0] as string))) return false;
  return ctx.toks.some((t, k) => {
    if ((t.cap && ctx.inSlot[k]) || withoutBefore(ctx, k)) return false;
    const two = `${t.norm} ${ctx.toks[k + 1]?.norm ?? ''}`;
    return words.has(t.norm) || words.has(two) || words.has(`${two} ${ctx.toks[k + 2]?.norm ?? ''}`);
  });
}

/** Past "pada Kamis", "pada 3 Oktober", "kemarin", "hari ini" at token p. */
function pastTimeAdverbial(ctx: Ctx, p: number): number {
  let q = p;
  if (ctx.toks[q]?.norm === 'pada') q++;
  const start = q;
  // "pada Senin pagi (4/9) waktu setempat": a day, its date in brackets, local time.
  while (q < start + 8 && !ctx.inSlot[q]) {
    const t = ctx.toks[q];
    const n = t?.norm ?? '';
    const dated = n === '(' || n === ')' || /^\d/.test(n);
    if (!t || !(hasTag(n, 'TimeAdverb') || hasTag(n, 'TimeWord') || hasTag(n, 'LocalTime') || dated)) break;
    q++;
  }
  return q > start ? q : p;
}

function modalityAt(ctx: Ctx, from: number, anchor: number): Modality {
  for (let k = Math.max(0, from); k < anchor; k++) if (PLANNED.has(ctx.toks[k]?.norm ?? '')) return 'planned';
  const before = ctx.toks[anchor - 1]?.norm ?? '';
  // "rencana bertemu"; a purpose ("untuk mengunjungi Nairobi") is not yet done.
  if (before === 'rencana' || hasTag(before, 'Purpose')) return 'planned';
  return 'asserted';
}

/** "Apabila Drogba kembali ke Chelsea …", "jika AS menyerang, …": a condition states no event. */
function conditionalAt(ctx: Ctx, anchor: number): boolean {
  const { start } = clauseStart(ctx, anchor);
  for (let k = start - 1; k >= Math.max(0, start - 2); k--)
    if (hasTag(ctx.toks[k]?.norm ?? '', 'Conditional')) return true;
  const m = memoOf(ctx);
  if (m.firstComma === -2) m.firstComma = ctx.toks.findIndex((t) => t.text === ',');
  return hasTag(ctx.toks[0]?.norm ?? '', 'Conditional') && (m.firstComma < 0 || m.firstComma > anchor);
}

/** "Jepang bisa berdialog dengan Korea Utara": what an actor can do is not something it did. */
function abilityAt(ctx: Ctx, anchor: number): boolean {
  for (let k = anchor - 1; k >= Math.max(0, anchor - 2); k--) {
    if (ctx.inSlot[k]) return false;
    if (hasTag(ctx.toks[k]?.norm ?? '', 'Ability')) return true;
  }
  return false;
}

function negatedAt(ctx: Ctx, anchor: number, relation: RelationType): boolean {
  for (let k = anchor - 1; k >= Math.max(0, anchor - 3); k--) {
    const n = ctx.toks[k]?.norm ?? '';
    // "tidak jelas apakah saling tembak … akan menyebar": a negation outside the embedded clause.
    if (ctx.inSlot[k] || BREAKERS.has(n) || hasTag(n, 'Complementizer')) break;
    // "memasuki perairan China tanpa izin dan mendesak Manila …": "tanpa" governs the word after it only.
    if (hasTag(n, 'Without') && k < anchor - 1) continue;
    // "Tidak hanya mengecam Israel, Turki juga …": "not only" adds an act, it denies none.
    if (hasTag(ctx.toks[k + 1]?.norm ?? '', 'NotOnly')) continue;
    const refusal = hasTag(n, 'Refusal');
    if (NEGATION.has(n) && !(refusal && (relation === 'REJECTED' || saidAct(ctx, anchor, relation))))
      return true;
  }
  return threatenedAt(ctx, anchor);
}

/**
 * "Kongo menolak tuntutan Rwanda agar …", "menolak kecaman AS": a call or a criticism named by its noun
 * was made, whoever refuses it; a refused visit or meeting ("menolak kunjungan X") was not.
 */
function saidAct(ctx: Ctx, anchor: number, relation: RelationType): boolean {
  const n = ctx.toks[anchor]?.norm ?? '';
  const noun = !ACTIVE_VERB.test(n) && !BER_VERB.test(n) && !PASSIVE_VERB.test(n);
  return noun && (relation === 'URGED' || relation === 'CRITICIZED');
}

/**
 * "Kunjungan Menlu Sugiono ke Moskow dibatalkan": a visit or meeting named by a noun, then called off or
 * put off in its own clause, did not happen.
 */
function calledOffAfter(ctx: Ctx, anchor: number): boolean {
  const n = ctx.toks[anchor]?.norm ?? '';
  if (ACTIVE_VERB.test(n) || BER_VERB.test(n) || PASSIVE_VERB.test(n)) return false;
  for (let k = anchor + 1; k < Math.min(ctx.toks.length, anchor + 12); k++) {
    const t = ctx.toks[k]?.norm ?? '';
    if (t === ',' || t === '.' || t === 'yang' || BREAKERS.has(t)) return false;
    if (hasTag(t, 'CalledOff')) return true;
  }
  return false;
}

const URGE_VERBS = set([...(TRIGGERS.lists.urge_verbs ?? []), ...(TRIGGERS.lists.urge_weak ?? [])]);
/** A call named by its noun ("tuntutan Rwanda agar Kongo berdialog …") asks as its verb does. */
const URGE_WORDS = set([...URGE_VERBS, ...(TRIGGERS.lists.urge_nouns ?? [])]);

/**
 * "Qatar mendorong Hamas untuk berunding dengan Israel", "Erdogan mengajak Putin untuk bertemu dengan
 * Zelensky": an act inside the purpose of a call is asked for, not done (no gold in dev or the probes
 * records one). The call's own URGED stands.
 */
function requestedAt(ctx: Ctx, anchor: number): boolean {
  // Only a verb is asked for, or a noun after its light verb ("agar Kongo mengadakan dialog dengan M23"):
  // a bare noun inside the purpose ("dalam melawan invasi Rusia") names a fact.
  const verb = (k: number): boolean =>
    ACTIVE_VERB.test(ctx.toks[k]?.norm ?? '') || BER_VERB.test(ctx.toks[k]?.norm ?? '');
  if (!verb(anchor) && !verb(anchor - 1)) return false;
  let purpose = false;
  for (let k = anchor - 1; k >= Math.max(0, anchor - 15); k--) {
    const n = ctx.toks[k]?.norm ?? '';
    if (n === ',' || n === '.' || n === ';') return false;
    if (hasTag(n, 'Purpose')) purpose = true;
    else if (purpose && URGE_WORDS.has(n)) return true;
  }
  return false;
}

/** "mengancam akan meluncurkan serangan … dan menghancurkan Seoul": every act of a threat is unrealised. */
function threatenedAt(ctx: Ctx, anchor: number): boolean {
  const { start } = clauseStart(ctx, anchor);
  for (let k = start; k < anchor; k++) if (hasTag(ctx.toks[k]?.norm ?? '', 'Threat')) return true;
  return false;
}

/**
 * A denied act is no event: "membantah menyerang X" (a denial right before the trigger), "kabar
 * bahwa A bertemu B dibantah" (a rumour or claim before it, a denial anywhere in the sentence),
 * "membantah bahwa A bertemu B".
 */
function deniedAt(ctx: Ctx, anchor: number): boolean {
  const d = denialsOf(ctx);
  if (!d.any) return false;
  for (let k = anchor - 1; k >= Math.max(0, anchor - 3) && !ctx.inSlot[k]; k--)
    if (hasTag(ctx.toks[k]?.norm ?? '', 'Denial')) return true;
  return d.firstHearsay < anchor || d.firstDeniedThat < anchor;
}

/** Where the sentence denies something, found in one pass (deniedAt runs at every rule match). */
function denialsOf(ctx: Ctx): Denials {
  const m = memoOf(ctx);
  if (m.denials) return m.denials;
  const d: Denials = {
    any: false,
    firstHearsay: Number.POSITIVE_INFINITY,
    firstDeniedThat: Number.POSITIVE_INFINITY,
  };
  ctx.toks.forEach((t, k) => {
    if (ctx.inSlot[k]) return;
    if (hasTag(t.norm, 'Hearsay')) d.firstHearsay = Math.min(d.firstHearsay, k);
    if (!hasTag(t.norm, 'Denial')) return;
    d.any = true;
    if (ctx.toks.slice(k + 1, k + 4).some((x) => x.norm === 'bahwa'))
      d.firstDeniedThat = Math.min(d.firstDeniedThat, k);
  });
  m.denials = d;
  return d;
}

export interface SentenceMatch {
  candidates: Candidate[];
  misses: NearMiss[];
}

/** Runs every rule whose trigger occurs in the sentence. */
export function matchSentence(
  toks: readonly Token[],
  slots: readonly Slot[],
  doc: DocContext,
  explain = false,
  /** Off only in tests, to show that the prefilter (see needsAfter) changes no result. */
  prefilter = true,
): SentenceMatch {
  // Most sentences hold no trigger at all: find that out before building anything.
  const first = explain ? 0 : toks.findIndex((t) => RULE_INDEX.has(t.norm));
  if (first < 0) return { candidates: [], misses: [] };
  const ctx = sentenceContext(toks, slots, doc);
  const candidates: Candidate[] = [];
  const misses: NearMiss[] = [];
  for (const [i, rules] of triggersFrom(ctx, first)) {
    doc.check?.();
    for (const rule of rules) {
      ctx.rule = rule;
      // A rule the prefilter rules out fails as matchRight would have failed it, with its reason.
      const r = prefilter && !needsAfter(ctx, rule, i) ? UNMATCHED : matchRule(ctx, rule, i);
      if (typeof r === 'string') {
        if (explain) misses.push({ rule: rule.id, at: i, reason: r });
      } else candidates.push(...r);
    }
  }
  return { candidates: settle(candidates), misses };
}

/**
 * The triggers outside the slots from token `first` on, in order, with their rules; fills
 * ctx.lastNeed in the same pass (one look-up per token). Words before the first trigger need no
 * entry there: needsAfter only asks about tokens after a trigger.
 */
function triggersFrom(ctx: Ctx, first: number): [number, readonly Rule[]][] {
  const out: [number, readonly Rule[]][] = [];
  for (let k = first; k < ctx.toks.length; k++) {
    const use: WordUse | undefined = ctx.inSlot[k] ? undefined : WORD_USES.get((ctx.toks[k] as Token).norm);
    if (use === undefined) continue;
    for (const id of use.needs) ctx.lastNeed[id] = k;
    if (use.rules.length > 0) out.push([k, use.rules]);
  }
  return out;
}

/** Stage 0: index the sentence's slots by token. */
function sentenceContext(toks: readonly Token[], slots: readonly Slot[], doc: DocContext): Ctx {
  const slotAt: (Slot | undefined)[] = new Array(toks.length + 1);
  const inSlot: boolean[] = new Array(toks.length + 1).fill(false);
  for (const s of slots) {
    slotAt[s.start] = s;
    for (let k = s.start; k < s.end; k++) inSlot[k] = true;
  }
  const lastNeed = new Int32Array(NEED_SETS.length).fill(-1);
  return { toks, slotAt, inSlot, doc, rule: undefined, slots, memo: undefined, lastNeed };
}

interface Frame {
  S: Slot[];
  O: Slot[];
  pairs: [Slot, Slot][];
  /** Where the subject search started (for modality) and whether the subject was searched for. */
  from: number;
  searched: boolean;
  end: number;
  /** The last literal word matched after the trigger (-1 if none). */
  head: number;
}

/**
 * Where negation and modality are read: the trigger, unless the objects stand between it and a later
 * word of the rule — "A dan B tidak akan bertemu", "Bersama X, Y akan membahas …" — the event's verb.
 */
function eventHead(frame: Frame, i: number): number {
  const h = frame.head;
  return h > i && frame.O.length > 0 && frame.O.every((o) => o.start > i && o.end <= h) ? h : i;
}

/** Whether a pattern has an optional slot, the only element bindOptional changes. */
function optionalSlot(els: readonly Element[]): boolean {
  for (const e of els) if (e.kind === 'slot' && e.optional) return true;
  return false;
}

const UNMATCHED = 'trigger found but the words or slots after it did not match';

/** One rule at one trigger: the candidates it yields, or the reason it did not fire. */
function matchRule(ctx: Ctx, rule: Rule, i: number): Candidate[] | string {
  const b0: Binding = { S: [], O: [], end: i, head: -1 };
  // Without an optional slot the second reading is the first one again: most triggers fail, so skip it.
  const right =
    matchRight(ctx, rule.rest, 0, i, b0, true) ??
    (optionalSlot(rule.rest) ? matchRight(ctx, rule.rest, 0, i, b0, false) : undefined);
  if (!right) return UNMATCHED;
  // 'Stoltenberg “mendarat” di Ukraina': a trigger in scare quotes; its subject stands before the quote.
  const lead = bindLead(ctx, rule, scareQuoted(ctx.toks, i - 1) ? i - 1 : i, right);
  if (typeof lead === 'string') return lead;
  const frame = fillFrame(ctx, rule, i, lead);
  if (typeof frame === 'string') return frame;
  const failed = checkConditions(ctx, rule, i, frame);
  if (failed) return failed;
  const verb = eventHead(frame, i);
  if (negatedAt(ctx, i, rule.relation) || negatedAt(ctx, verb, rule.relation))
    return 'negated ("tidak", "belum", …)';
  if (abilityAt(ctx, i) || abilityAt(ctx, verb))
    return 'ability or possibility ("bisa", "mampu"), not an event';
  if (conditionalAt(ctx, i)) return 'a condition ("jika", "apabila"), not an event';
  if (calledOffAfter(ctx, i)) return 'called off or put off ("dibatalkan", "ditunda"), not an event';
  if (rule.notWhenAsked && requestedAt(ctx, i))
    return 'asked of someone ("mendesak X untuk berunding dengan Y"), not an event';
  if (deniedAt(ctx, i) || deniedAt(ctx, verb))
    return 'a denied act ("membantah", "kabar … dibantah"), not an event';
  return candidatesOf(ctx, rule, i, frame, verb);
}

/** Stage 1: the slot before the trigger, by the rule's subject strategy. */
/** "Yaman, Sanaa": of a country and a place in it named together, the place. */
function placeBeside(slots: readonly Slot[]): Slot | undefined {
  const [a, b] = slots;
  if (slots.length !== 2 || !a || !b) return undefined;
  const [country, place] = a.ref.type === 'COUNTRY' ? [a, b] : [b, a];
  return country.ref.type === 'COUNTRY' &&
    place.ref.type === 'LOCATION' &&
    countryOfPlace(place.ref.id) === country.ref.id
    ? place
    : undefined;
}

function bindLead(ctx: Ctx, rule: Rule, i: number, right: Binding): Frame | string {
  const frame: Frame = {
    S: right.S,
    O: right.O,
    pairs: [],
    from: i,
    searched: false,
    end: right.end,
    head: right.head,
  };
  const lead = rule.elements[0];
  if (rule.anchorIndex === 0 || lead?.kind !== 'slot') return frame;
  const types = lead.types ?? (lead.role === 'S' ? rule.subjectTypes : rule.objectTypes);
  let found: { slots: Slot[]; from: number } | undefined;
  if (rule.possessive) {
    const p = possessor(ctx, i);
    if (!p) return 'no person for the possessive "-nya"';
    found = { slots: [p], from: i };
  } else if (rule.elements[1]?.kind === 'search') {
    found = rule.nearestActor
      ? nearestActor(ctx, i, types)
      : clauseSubject(ctx, i, types, rule.comitative, rule.nearestSubject);
    if (!found)
      return `no ${lead.role === 'S' ? 'subject' : 'object'} found in the clause before the trigger`;
    frame.searched = true;
    // "ibu kota Yaman, Sanaa, menjadi sasaran …": what is struck is the place set beside its country.
    const place = lead.role === 'O' ? placeBeside(found.slots) : undefined;
    if (place) found = { slots: [place], from: place.start };
  } else {
    // A passive's fronted object may be a coordination ("Italia dan Albania dikritik oleh …").
    found = slotBefore(ctx, i, types, lead.role, rule.pairwise || lead.role === 'O');
    if (!found) return 'no mention right before the trigger';
    // "ibu kota Yaman, Sanaa, menjadi sasaran …": a place set beside its country is the one meant.
    const kinds = new Set(found.slots.map((x) => x.ref.type));
    if (lead.role === 'O' && kinds.has('LOCATION') && kinds.has('COUNTRY'))
      found = { slots: found.slots.slice(-1), from: (found.slots[found.slots.length - 1] as Slot).start };
    // A passive's subject is no prepositional object ("kunjungan … ke Indonesia juga dibantu oleh Polri").
    // "… dengan NUG yang dicap teroris oleh junta": a relative clause still has its head.
    const relative = ctx.toks.slice(found.from, i).some((t) => t.norm === 'yang');
    if (lead.role === 'O' && !relative && PREPS.has(ctx.toks[found.from - 1]?.norm ?? ''))
      return 'the mention before the passive verb is the object of a preposition';
  }
  if (lead.role === 'S') frame.S = found.slots;
  else frame.O = found.slots;
  if (!rule.possessive) frame.from = found.from;
  return frame;
}

/** "kunjungannya ke China": the possessor is the person of the clause, else the one the text follows. */
function possessor(ctx: Ctx, i: number): Slot | undefined {
  const cs = clauseStart(ctx, i).start;
  let inClause: Slot | undefined;
  for (let p = i - 1; p >= cs && !inClause; p--) {
    const x = ctx.slotAt[p];
    if (x && x.end <= i && x.ref.type === 'PERSON') inClause = x;
  }
  // "Pada pertemuannya dengan X, Menlu Jepang …", "Setibanya di Kyiv, Menlu Prancis …": in a fronted
  // phrase the possessor follows the comma.
  const opener = ctx.toks[0]?.norm ?? '';
  const fronted = (PREPS.has(opener) || (i === 0 && hasTag(opener, 'AdverbialOpener'))) && !inClause;
  if (fronted) {
    let comma = -1;
    for (let k = i + 1; k < Math.min(ctx.toks.length, i + MAX_REACH) && comma < 0; k++) {
      const next = ctx.slotAt[k + 1];
      // "Setibanya di Kabul, Afghanistan, Presiden …": a place in apposition is no clause.
      const apposed =
        (next?.ref.type === 'LOCATION' || next?.ref.type === 'COUNTRY') && ctx.toks[next.end]?.text === ',';
      if (ctx.toks[k]?.text === ',' && !apposed) comma = k;
    }
    const after = comma > 0 ? ctx.slotAt[comma + 1] : undefined;
    if (after && after.ref.type !== 'LOCATION' && after.ref.type !== 'CONFLICT') return after;
  }
  const ref = inClause?.ref ?? ctx.doc.prevPerson;
  if (!ref) return undefined;
  const text = (ctx.toks[i] as Token).text;
  return (
    inClause ?? {
      start: i,
      end: i + 1,
      ref,
      mention: text,
      m: { start: i, end: i + 1, kind: 'pronoun', pronoun: 'person' },
      pair: undefined,
      members: undefined,
    }
  );
}

const PARTY_TYPES: readonly EntityType[] = ['COUNTRY', 'ORGANIZATION'];

/**
 * The parties a mediator stands between when its verb names none: the talks it mediates, named before
 * it ("Perundingan antara Kolombia dan ELN … difasilitasi oleh Norwegia"); else two states or bodies
 * joined by "dan" that are neither the mediators nor its partners nor part of a longer list
 * ("pembicaraan yang dimediasi AS, India dan Pakistan sepakat …"), when the article names no conflict
 * or the pair narrows it.
 */
function sentencePair(ctx: Ctx, subjects: readonly Slot[], trigger: number): Slot | undefined {
  for (let p = 0; p < trigger; p++) {
    const c = ctx.toks[p]?.norm === 'antara' ? conflictAtPos(ctx, p) : undefined;
    if (c && c.end <= trigger) return c.slots[0];
  }
  const taken = new Set(subjects.map((x) => x.ref.id));
  const parties = ctx.doc.conflictParties;
  for (const a of ctx.slots) {
    const b = ctx.toks[a.end]?.norm === 'dan' ? ctx.slotAt[a.end + 1] : undefined;
    if (!b || taken.has(a.ref.id) || taken.has(b.ref.id) || a.ref.id === b.ref.id) continue;
    const before = ctx.toks[a.start - 1]?.norm ?? '';
    if (before === ',' || hasTag(before, 'SideJoiner') || ctx.toks[b.end]?.norm === 'dan') continue;
    if (!typeOk(a, PARTY_TYPES) || !typeOk(b, PARTY_TYPES)) continue;
    // With an article conflict, a pair is read only where it narrows it: one side in it, the other
    // new ("Pakistan dan Afghanistan" in an article on the Afghan war); an unrelated pair is no side.
    const [sa, sb] = [stateOf(a.ref), stateOf(b.ref)];
    if (ctx.doc.conflict && parties.includes(sa.id) === parties.includes(sb.id)) continue;
    return conflictSlot(conflictFor(ctx, [sa, sb]), a, b);
  }
  return undefined;
}

/** "AS menuduh China membantu Rusia": the subject is the accused of an accusation verb before it. */
function accused(ctx: Ctx, s: Slot): boolean {
  return hasTag(ctx.toks[beforeModifiers(ctx, s.start)]?.norm ?? '', 'Accusation');
}

/** "Zelensky menuduh Moskow sengaja menyerang …": an accusation verb between subject and act. */
function accusedBetween(ctx: Ctx, frame: Frame, anchor: number): boolean {
  const from = Math.max(...frame.S.map((s) => s.end));
  for (let k = from; k < anchor; k++) if (hasTag(ctx.toks[k]?.norm ?? '', 'Accusation')) return true;
  return false;
}

/**
 * "menolak tuduhan AS bahwa Teheran memasok rudal kepada Houthi": an act told after "bahwa" that
 * completes an accusation or a claim ("tuduhan", "klaim", "kabar") is alleged, not stated as fact.
 */
function allegedThat(ctx: Ctx, anchor: number): boolean {
  for (let k = anchor - 1; k >= Math.max(1, anchor - 12); k--) {
    if (ctx.toks[k]?.norm !== 'bahwa') continue;
    for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
      const w = ctx.toks[j]?.norm ?? '';
      if (hasTag(w, 'Hearsay') || hasTag(w, 'AccusationNoun')) return true;
    }
    return false;
  }
  return false;
}

/** Stage 2: the subject from the quotation's speaker, pairs of a group, the document's conflict; types. */
function fillFrame(ctx: Ctx, rule: Rule, i: number, frame: Frame): Frame | string {
  if (rule.subjectFrom === 'quote-speaker') {
    // The act is stated inside a quotation: its author says it ('"X melanggar …," kata Y').
    if (!ctx.doc.speaker || !quoteOpenAt(ctx, i)) return 'not inside a quotation attributed to a speaker';
    frame.S = [ctx.doc.speaker];
    const own = ctx.doc.speakerSide?.id;
    frame.O = frame.O.filter((o) => o.ref.id !== own);
  }
  // "Rudal itu menyasar kota Bahawalpur": a weapon or strike named by an anaphor is the last attacker's.
  if (rule.subjectFrom === 'last-attacker') {
    const ref = ctx.doc.lastAttacker;
    const o = frame.O[0];
    if (!ref || !o) return 'no attacker reported earlier for the anaphor to name';
    frame.S = [
      { start: o.start, end: o.end, ref, mention: ref.name, m: o.m, pair: undefined, members: undefined },
    ];
  }
  frame.S = frame.S.filter((s) => rule.subjectTypes.includes(s.ref.type));
  if (frame.S.length === 0) return 'subject is not an actor of an allowed type';
  // "Pompeo mengimbau para diplomat AS untuk bertahan", "Prabowo tiba di Tanah Air": an official's
  // call on, or return to, their own state is no relation between states (rule files' notOwnState).
  if (rule.notOwnState) {
    const own = new Set(frame.S.map((s) => (s.ref.type === 'PERSON' ? ctx.doc.sideOf(s.ref.id) : undefined)));
    frame.O = frame.O.filter((o) => !own.has(o.ref.id));
  }
  // "UEA dituduh memasok senjata kepada RSF": a passive accusation right before the verb.
  const alleged =
    hasTag(ctx.toks[i - 1]?.norm ?? '', 'Accusation') && PASSIVE_VERB.test(ctx.toks[i - 1]?.norm ?? '');
  if (
    rule.relation !== 'CRITICIZED' &&
    (alleged || allegedThat(ctx, i) || frame.S.some((s) => accused(ctx, s)) || accusedBetween(ctx, frame, i))
  )
    return 'the act is an allegation against its subject, not a fact (DOUBTS: "Allegations are not facts")';
  if (rule.pairwise && frame.O.length === 0 && frame.S.length >= 2) {
    frame.pairs = pairsOf(frame.S);
    frame.S = [];
  }
  const conflict = rule.objectFallback === 'conflict';
  const own = conflict && frame.O.length === 0 ? sentencePair(ctx, frame.S, i) : undefined;
  if (own) frame.O = [own];
  // "Pakistan mengecam serangan tersebut": the act named by an anaphor is the last attack reported.
  const ref = conflict
    ? ctx.doc.conflict
    : rule.objectFallback === 'last-attacker'
      ? ctx.doc.lastAttacker
      : rule.objectFallback === 'last-proposer'
        ? // "Mesir mengusulkan …, tetapi usulan itu ditolak oleh Israel": a proposer earlier in the sentence first.
          (proposerIn(
            ctx.toks.slice(0, i),
            ctx.slots.filter((x) => x.end <= i),
          ) ?? ctx.doc.lastProposer)
        : // "Menlu Iran meneleponnya": the clitic object is a person named before it in the sentence
          // ("menelepon Netanyahu dan mendesaknya"), else the person the story is about so far.
          rule.objectFallback === 'last-person'
          ? (otherPersonBefore(ctx, i, frame.S) ?? ctx.doc.prevPerson)
          : rule.objectFallback === 'last-visitor'
            ? ctx.doc.lastVisitor
            : undefined;
  if (frame.O.length === 0 && ref) {
    const first = frame.S[0] as Slot;
    const mention = conflict ? ctx.doc.conflictMention : ref.name;
    frame.O = [
      { start: first.start, end: first.end, ref, mention, m: first.m, pair: undefined, members: undefined },
    ];
  }
  frame.O = frame.O.filter((o) => rule.objectTypes.includes(o.ref.type));
  if (frame.O.length === 0 && frame.pairs.length === 0)
    return `no object of type ${rule.objectTypes.join('/')}`;
  return rule.notParty ? withoutSides(ctx, frame) : frame;
}

/** "Dimediasi Anwar Ibrahim, Thailand dan Kamboja sepakat …": a side of the conflict does not mediate it. */
function withoutSides(ctx: Ctx, frame: Frame): Frame | string {
  // A pairwise frame has moved its subjects into pairs: nothing to drop.
  if (frame.S.length === 0) return frame;
  const sides = new Set(frame.O.flatMap((o) => (o.ref.type === 'CONFLICT' ? partiesOf(o.ref.id) : [])));
  frame.S = frame.S.filter((s) => !sides.has(ownState(ctx, s.ref)));
  return frame.S.length > 0 ? frame : 'every subject is a side of the conflict it would act on';
}

/** The state an actor stands for: a country itself, a place's country, a person's own state. */
function ownState(ctx: Ctx, ref: Ref): string {
  if (ref.type === 'PERSON') return ctx.doc.sideOf(ref.id) ?? ref.id;
  return stateOf(ref).id;
}

/** The nearest person (or office: "Presiden Turki") before token i in the sentence who is not the subject. */
function otherPersonBefore(ctx: Ctx, i: number, subject: readonly Slot[]): Ref | undefined {
  const own = new Set(subject.map((x) => x.ref.id));
  for (let k = ctx.slots.length - 1; k >= 0; k--) {
    const sl = ctx.slots[k] as Slot;
    const person = sl.ref.type === 'PERSON' || sl.m.kind === 'role';
    if (sl.end <= i && person && !own.has(sl.ref.id)) return sl.ref;
  }
  return undefined;
}

function pairsOf(all: readonly Slot[]): [Slot, Slot][] {
  const pairs: [Slot, Slot][] = [];
  for (let a = 0; a < all.length; a++)
    for (let b = a + 1; b < all.length; b++) {
      const x = all[a] as Slot;
      const y = all[b] as Slot;
      if (x.ref.id !== y.ref.id) pairs.push([x, y]);
    }
  return pairs;
}

/**
 * before-object: keeps the objects that one of the words stands before (or that follow the trigger
 * directly), and the ones coordinated with a kept one ("kapal perang AS dan Inggris").
 */
function objectsAfterWords(
  ctx: Ctx,
  i: number,
  objects: readonly Slot[],
  words: ReadonlySet<string>,
): Slot[] {
  const kept: Slot[] = [];
  let last: Slot | undefined;
  for (const o of objects) {
    const prev = ctx.toks[o.start - 1]?.norm ?? '';
    const joined = last !== undefined && (COORD.has(prev) || prev === ',') && last.end >= o.start - 2;
    // One lower-case modifier may stand between the word and the object ("kapal pasokan Filipina").
    const mid = ctx.toks[o.start - 1];
    const modified =
      mid !== undefined &&
      !mid.cap &&
      !ctx.inSlot[o.start - 1] &&
      !PREPS.has(mid.norm) &&
      !COORD.has(mid.norm) &&
      words.has(ctx.toks[o.start - 2]?.norm ?? '');
    // "seorang pemimpin senior Al Qaeda tewas …": an unnamed official of a party is one of its people.
    const official = o.m.kind === 'role' && o.m.affil !== undefined && o.ref.id === o.m.affil.id;
    if (o.start === i + 1 || words.has(prev) || modified || joined || official) {
      kept.push(o);
      last = o;
    }
  }
  return kept;
}

/**
 * Three different words of the list in the article, in two sentences at least: the article is about
 * that (sport). One match report in a political article does not make it a sports article.
 */
function aboutTopic(doc: DocContext, words: ReadonlySet<string>): boolean {
  const all = doc.words();
  const hits = [...words].filter((w) => all.has(w));
  return hits.length >= 3 && new Set(hits.flatMap((w) => all.get(w) ?? [])).size >= 2;
}

/** Where the object (its first member) starts; -1 when there is none. */
function objectStart(objects: readonly Slot[]): number {
  return objects.length === 0 ? -1 : Math.min(...objects.map((o) => o.start));
}

/** An actor (not a place or conflict) stands between the trigger and the object. */
function actorBeforeObject(ctx: Ctx, i: number, objects: readonly Slot[]): boolean {
  const first = objectStart(objects);
  return ctx.slots.some(
    (s) => s.start > i && s.end <= first && s.ref.type !== 'LOCATION' && s.ref.type !== 'CONFLICT',
  );
}

/** A verb of the object's own starts at `k`, adverbs aside ("mendorong Myanmar segera menerapkan"). */
function verbAfter(ctx: Ctx, k: number): boolean {
  let q = k;
  while (q < k + 3 && !ctx.inSlot[q] && auxiliary(ctx.toks[q]?.norm ?? '')) q++;
  const n = ctx.toks[q]?.norm ?? '';
  return !ctx.inSlot[q] && (ACTIVE_VERB.test(n) || BER_VERB.test(n));
}

function sidesOfConflict(doc: DocContext, frame: Frame): boolean {
  // Both ends, or every member of a pairwise group ("kesepakatan antara Kyiv dan Moskow").
  const all = [...frame.S, ...frame.O, ...frame.pairs.flat()];
  return all.length >= 2 && all.every((x) => doc.conflictParties.includes(stateOf(x.ref).id));
}

/**
 * "tiba di Bandara Haneda, Tokyo", "melakukan kunjungan resmi ke Markas Besar ASEAN di Jakarta": the
 * first listed or capitalised word after the trigger heads the phrase it governs (a named building may
 * be a mention of its own, so the pattern cannot name the word).
 */
function firstHeadAfter(ctx: Ctx, i: number, frame: Frame, words: ReadonlySet<string>): boolean {
  // The visitor named after a visit noun ("kunjungan Presiden Prabowo ke Istana …") is passed over.
  const subject = frame.S.find((s) => s.start > i);
  for (let q = i + 1; q < i + 6 + (subject ? subject.end - subject.start : 0); q++) {
    if (subject && q >= subject.start && q < subject.end) continue;
    const t = ctx.toks[q];
    if (!t || t.text === '.' || t.text === ',') return false;
    if (words.has(t.norm)) return true;
    if (t.cap) return false;
  }
  return false;
}

/** Stage 3: the rule's unless/require conditions, in the order the rule file lists them. */
function checkConditions(ctx: Ctx, rule: Rule, i: number, frame: Frame): string | undefined {
  for (const c of rule.conditions) {
    const holds = wordsHold(ctx, c, i, frame) ?? slotsHold(ctx, c, i, frame);
    if (holds === (c.mode === 'unless')) return c.reason;
  }
  return undefined;
}

/** The conditions that look for the listed words somewhere: undefined for the others. */
function wordsHold(ctx: Ctx, c: Condition, i: number, frame: Frame): boolean | undefined {
  const { toks } = ctx;
  const within = (from: number, to: number): boolean => toks.slice(from, to).some((t) => c.words.has(t.norm));
  switch (c.where) {
    case 'near-trigger':
      return wordNear(ctx, i, c.words);
    case 'in-sentence':
      return cueInSentence(ctx, c.words);
    case 'in-document':
      return aboutTopic(ctx.doc, c.words);
    case 'first-head-after-trigger':
      return firstHeadAfter(ctx, i, frame, c.words);
    // The word right before the trigger: "prioritas mendesak" is an urgent priority, not a call.
    case 'before-trigger':
      return c.words.has(toks[i - 1]?.norm ?? '');
    // Anywhere from the trigger to the end of the match: a negation inside a judged predicate.
    case 'in-match':
      return within(i, frame.end);
    // Up to the rule's last literal word: "serangan X tidak beralasan" carries its own "tidak".
    case 'before-last-word':
      return within(i, frame.head > i ? frame.head : frame.end);
    // "A dan B menyetujui Malaysia untuk bertindak sebagai mediator": a verb between the subject and the
    // trigger hands the act to its own object.
    case 'between-subject-and-trigger':
      return within(Math.max(0, ...frame.S.map((x) => x.end)), i);
    // Up to the object's first member: "latihan militer gabungan AS dan Korea Selatan" is one object.
    case 'between-trigger-and-object':
      return frame.O.length > 0 && within(i, objectStart(frame.O));
    default:
      return undefined;
  }
}

/** The conditions on the frame's slots (some narrow its objects, as their comments say). */
function slotsHold(ctx: Ctx, c: Condition, i: number, frame: Frame): boolean {
  const { toks } = ctx;
  switch (c.where) {
    case 'object-after-trigger':
      return hasObjectAfter(ctx, frame.end);
    // Both ends are the warring sides of the article's conflict.
    case 'sides-of-conflict':
      return sidesOfConflict(ctx.doc, frame);
    // "mengajak Putin dan Zelensky berunding": the object's own verb follows it.
    case 'verb-after-object':
      return verbAfter(ctx, frame.end);
    // The object's own first word ("Laut" in "Laut Jepang").
    case 'object-head':
      return frame.O.some((o) => c.words.has(toks[o.start]?.norm ?? ''));
    // An object no lexicon knows and no title introduces ("mengunjungi Klenteng Cin Tek Yen"): after a
    // travel verb such a name is as likely a place as a person.
    case 'object-untitled-name':
      return frame.O.some((o) => o.m.kind === 'name' && o.m.role === undefined);
    // "di wilayah Palestina yang diduduki serta agresinya …": a subject named after a locative word or a
    // place head is where something happens, not an actor.
    case 'subject-in-place-phrase':
      return frame.S.some((s) => {
        const before = toks[s.start - 1]?.norm ?? '';
        return hasTag(before, 'Locative') || hasTag(before, 'PlaceHead');
      });
    // The object was read from a pronoun ("dia harus …"), not named.
    case 'object-pronoun':
      return frame.O.some((o) => o.m.kind === 'pronoun');
    // "menegaskan dukungan Indonesia terhadap X": an actor between the trigger and the object owns the act.
    case 'actor-before-object':
      return actorBeforeObject(ctx, i, frame.O);
    // "menyerang Kota Rafah … di Gaza": a place named first is the target, the later one where it lies.
    case 'place-before-object': {
      const first = objectStart(frame.O);
      return ctx.slots.some((x) => x.start > i && x.end <= first && x.ref.type === 'LOCATION');
    }
    // "pengunjuk rasa Iran menyerbu kedutaannya di Teheran": places inside the subject's own state are
    // dropped from the objects; the condition holds when no object is left.
    case 'object-in-subject-state': {
      const own = frame.S.map((s) => ownState(ctx, s.ref));
      frame.O = frame.O.filter(
        (o) => o.ref.type !== 'LOCATION' || !own.includes(countryOfPlace(o.ref.id) ?? ''),
      );
      return frame.O.length === 0;
    }
    // 'before-object': the objects named after one of the words ("mengecam X atas …").
    default:
      frame.O = objectsAfterWords(ctx, i, frame.O, c.words);
      return frame.O.length > 0;
  }
}

/**
 * "tiga lokasi yang dikunjungi Raja Salman yakni Jakarta, …": a capital that stands for its government
 * elsewhere in the article is a place when someone travels there.
 */
function asPlace(o: Slot): Slot {
  const e = o.m.entity;
  if (o.ref.type !== 'COUNTRY' || e?.type !== 'LOCATION') return o;
  const ref: Ref = { id: e.id, name: e.name, type: 'LOCATION' };
  return { start: o.start, end: o.end, ref, mention: o.mention, m: o.m, pair: o.pair, members: o.members };
}

/** Stage 4: one candidate per subject–object pair, with modality and span. */
function candidatesOf(ctx: Ctx, rule: Rule, i: number, frame: Frame, verb: number): Candidate[] {
  const { start } = clauseStart(ctx, i);
  const from = Math.min(start, frame.from);
  // Planned at either word: "untuk membujuk X agar …" is read at the trigger, "A dan B akan bertemu" at the verb.
  const modality = modalityAt(ctx, from, i) === 'planned' ? 'planned' : modalityAt(ctx, from, verb);
  const cameo = modality === 'planned' ? rule.plannedCameo : rule.cameo;
  const ends = [...frame.S, ...frame.O, ...frame.pairs.flat()];
  const spanStart = Math.min(i, ...ends.map((s) => s.start));
  const spanEnd = Math.max(frame.end, ...ends.map((s) => s.end));
  const out: Candidate[] = [];
  const all = [...frame.S.flatMap((x) => frame.O.map((y) => [x, y] as [Slot, Slot])), ...frame.pairs];
  // Every candidate written out in one literal, not spread: one object shape for the engine's reads.
  const candidate = (subject: Slot, object: Slot): Candidate => ({
    rule,
    relation: rule.relation,
    subject,
    object,
    modality,
    cameo,
    start: spanStart,
    end: spanEnd,
    anchor: i,
    searched: frame.searched,
  });
  for (const [s, o0] of all) {
    const o = rule.relation === 'VISITED' ? asPlace(o0) : o0;
    if (s.ref.id === o.ref.id || inOwnGroup(frame.O, s, o0)) continue;
    out.push(candidate(s, o));
    if (rule.mutual) out.push(candidate(o, s));
  }
  return out;
}

/**
 * "atas permintaan Menlu Retno, keduanya membahas …": a pair anaphor that takes in the subject names
 * those who acted together, not someone the subject acted on.
 */
function inOwnGroup(objects: readonly Slot[], s: Slot, o: Slot): boolean {
  if (o.m.kind !== 'pronoun' || o.m.pronoun !== 'pair') return false;
  const id = s.ref.id;
  return (
    (o.members ?? []).some((r) => r.id === id) || objects.some((x) => x.start === o.start && x.ref.id === id)
  );
}

/**
 * Stage 5: competing readings of one act. Where a rule found the subject next to the trigger
 * ("kunjungan Blinken ke …") it beats a clause search; a verb beats the noun it governs
 * ("mengadakan pembicaraan dengan X": one act, one subject).
 */
function settle(candidates: readonly Candidate[]): Candidate[] {
  const key = (c: Candidate): string => `${c.relation}|${c.anchor}|${c.object.ref.id}`;
  const direct = new Set(candidates.filter((c) => !c.searched).map(key));
  const kept = candidates.filter((c) => !c.searched || !direct.has(key(c)));
  // Indexed by (relation, object, anchor) rather than a test of every pair (long lines).
  const subjectsAt = new Map<string, Set<string>>();
  const at = (c: Candidate, anchor: number): string => `${c.relation}|${c.object.ref.id}|${anchor}`;
  for (const c of kept) {
    if (c.rule.pairwise) continue;
    const k = at(c, c.anchor);
    const set = subjectsAt.get(k) ?? new Set<string>();
    set.add(c.subject.ref.id);
    subjectsAt.set(k, set);
  }
  return kept.filter((c) => {
    if (c.rule.pairwise) return true;
    for (let a = c.anchor - 3; a < c.anchor; a++) {
      const subjects = subjectsAt.get(at(c, a));
      if (subjects && (subjects.size > 1 || !subjects.has(c.subject.ref.id))) return false;
    }
    return true;
  });
}

/** What earlier sentences leave for acts named by an anaphor: "serangan itu", "usulan itu". */
export interface DocMemory {
  lastAttacker: Ref | undefined;
  lastProposer: { ref: Ref; si: number } | undefined;
  lastVisitor: Ref | undefined;
}

export const newMemory = (): DocMemory => ({
  lastAttacker: undefined,
  lastProposer: undefined,
  lastVisitor: undefined,
});

/** Fills a sentence's context from memory; a proposal stays in mind for three sentences. */
export function recall(doc: DocContext, mem: DocMemory, si: number): void {
  doc.lastAttacker = mem.lastAttacker;
  doc.lastVisitor = mem.lastVisitor;
  const p = mem.lastProposer;
  doc.lastProposer = p && si - p.si <= 3 ? p.ref : undefined;
}

/** After a sentence: its attacker, and who called for or proposed something in it. */
export function remember(
  mem: DocMemory,
  si: number,
  toks: readonly Token[],
  slots: readonly Slot[],
  candidates: readonly Candidate[],
): void {
  for (const c of candidates) {
    if (c.relation === 'ATTACKED') mem.lastAttacker = c.subject.ref;
    if (c.relation === 'VISITED') mem.lastVisitor = c.subject.ref;
  }
  const urged = candidates.find((c) => c.relation === 'URGED')?.subject.ref;
  const ref = urged ?? proposerIn(toks, slots);
  if (ref) mem.lastProposer = { ref, si };
}

const PROPOSE = new Set(TRIGGERS.lists.propose_verbs ?? []);
const PROPOSAL_NOUNS = new Set(TRIGGERS.lists.reject_objects ?? []);

/**
 * Who proposes in a sentence: the actor right before a proposal verb ("Rusia pada Senin mengusulkan
 * gencatan senjata"), or named after a proposal noun ("tawaran Washington", "usulan dari Mesir").
 */
function proposerIn(toks: readonly Token[], slots: readonly Slot[]): Ref | undefined {
  const actor = (s: Slot): boolean =>
    s.ref.type !== 'LOCATION' && s.ref.type !== 'CONFLICT' && s.ref !== PARTIES;
  for (const s of slots) {
    const before = toks[s.start - 1]?.norm === 'dari' ? s.start - 2 : s.start - 1;
    if (actor(s) && PROPOSAL_NOUNS.has(toks[before]?.norm ?? '')) return s.ref;
  }
  const at = toks.findIndex((t) => PROPOSE.has(t.norm));
  if (at < 0) return undefined;
  let best: Slot | undefined;
  for (const s of slots) if (s.end <= at && actor(s)) best = s;
  if (!best) return undefined;
  // Only modifiers between the actor and the verb, no other clause ("…, yang kemudian mengusulkan").
  const between = toks.slice(best.end, at);
  return between.length <= 4 && !between.some((t) => t.norm === ',' || t.norm === 'yang')
    ? best.ref
    : undefined;
}
