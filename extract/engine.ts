// The rule engine: finds each rule's trigger in a sentence, binds subject and object slots
// (clause subject search, coordination, modifiers like "para pejabat"), and reads modality and
// negation around the trigger. Pure: slots in, relation candidates out.
import type { EntityType, Modality, RelationType } from '../src/schema';
import { conflictOf, countryOfPlace, type LexEntity } from './gazetteer';
import { COMMON_WORDS, WORDS } from './lexicon';
import type { Ref, Slot } from './resolve';
import { type Element, RULE_INDEX, type Rule } from './rules';
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
const MODIFIERS = set(WORDS.actorModifiers);
const NATIONALITY_NOUNS = set(WORDS.nationalityNouns);
const PLACE_MODIFIERS = set([...WORDS.actorModifiers, ...WORDS.placeModifiers]);
/** Words that may stand between a subject and its verb ("Hamas yang masih menyandera"). */
const FILLERS = set([
  'yang',
  'masih',
  'telah',
  'sedang',
  'sudah',
  'juga',
  'pun',
  'akan',
  'terus',
  'kembali',
  'langsung',
  'tengah',
  // "Israel adalah salah satu negara yang akan dikunjungi …"
  'adalah',
  'merupakan',
  'salah',
  'satu',
  'negara',
  'kota',
  'tempat',
  'wilayah',
  'destinasi',
  'tujuan',
]);
const TIME_WORDS = set([
  'beberapa',
  'bertahun-tahun',
  'berbulan-bulan',
  'berhari-hari',
  'ini',
  'itu',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'puluhan',
  'ratusan',
  'awal',
  'akhir',
  'pekan',
  'bulan',
  'tahun',
  'hari',
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
]);
const QUOTES = set(['"', '“', '”']);
const PASSIVE_VERB = /^di\p{Ll}{3,}$/u;
const COORD = set(['dan', 'serta', 'maupun', '&']);
/** In "antara X, bersama Y, dan Z" every party is one side of the talks. */
const WIDE_COORD = set(['dan', 'serta', 'maupun', '&', 'bersama', 'dengan']);
const SUBORDINATE = set([
  'usai',
  'setelah',
  'sebelum',
  'sesudah',
  'ketika',
  'saat',
  'selama',
  'sambil',
  'seraya',
  'dalam',
  'kala',
  'agar',
  'supaya',
  'karena',
  'namun',
  'tetapi',
  'tapi',
  'lalu',
  'kemudian',
]);
const ACTIVE_VERB = /^me\p{Ll}{3,}$/u;

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
  /** Per-sentence look-ups, built on first use (see sentenceScan). */
  scan?: Scan;
}

/**
 * What the rules ask of the tokens before a trigger, computed once per sentence so that a long
 * sentence with many triggers is not rescanned from each of them (that made long lines quadratic).
 */
interface Scan {
  /** clauseStart(i) for every token index i (and the sentence end). */
  clause: { start: number; subordinate: boolean }[];
  /** Largest k ≤ i holding a free "yang", or -1. */
  lastYang: Int32Array;
  /** Largest k ≤ i holding a planned-action word, or -1. */
  lastPlanned: Int32Array;
  /** Smallest k ≥ i holding a capitalised word outside every slot, or the token count. */
  nextUnknownCap: Int32Array;
  /** Every word form of the sentence. */
  norms: Set<string>;
}

function sentenceScan(ctx: Ctx): Scan {
  const { toks, inSlot } = ctx;
  const n = toks.length;
  const clause: Scan['clause'] = [{ start: 0, subordinate: false }];
  const lastYang = new Int32Array(n + 1);
  const lastPlanned = new Int32Array(n + 1);
  const nextUnknownCap = new Int32Array(n + 2);
  for (let k = 0; k < n; k++) {
    const t = toks[k] as Token;
    clause.push(clauseOpener(ctx, k) ?? (clause[k] as Scan['clause'][number]));
    lastYang[k] = t.norm === 'yang' && !inSlot[k] ? k : k > 0 ? (lastYang[k - 1] as number) : -1;
    lastPlanned[k] = PLANNED.has(t.norm) ? k : k > 0 ? (lastPlanned[k - 1] as number) : -1;
  }
  nextUnknownCap[n] = n;
  nextUnknownCap[n + 1] = n;
  for (let k = n - 1; k >= 0; k--)
    nextUnknownCap[k] = (toks[k] as Token).cap && !inSlot[k] ? k : (nextUnknownCap[k + 1] as number);
  return { clause, lastYang, lastPlanned, nextUnknownCap, norms: new Set(toks.map((t) => t.norm)) };
}

export interface DocContext {
  conflict: Ref | undefined;
  conflictParties: readonly string[];
  /** Who a possessive "-nya" at the sentence start refers to. */
  prevPerson: Ref | undefined;
  /** Throws when the document's time budget is spent (extractDocument's safety net). */
  check?: () => void;
}

interface Binding {
  S: Slot[];
  O: Slot[];
  end: number;
}

function typeOk(slot: Slot, types: readonly EntityType[] | undefined): boolean {
  return !types || types.includes(slot.ref.type);
}

function conflictSlot(c: LexEntity, from: Slot, to: Slot): Slot {
  return {
    start: from.start,
    end: to.end,
    ref: { id: c.id, name: c.name, type: 'CONFLICT' },
    mention: '',
    m: from.m,
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
      if (coords.has(toks[q]?.norm ?? '')) {
        q++;
        coord = true;
      }
    } else if (t && coords.has(t)) {
      q++;
      coord = true;
    } else break;
    if (toks[q]?.norm === 'dengan' || toks[q]?.norm === 'juga') q++;
    for (let k = 0; k < 4 && !slotAt[q] && mods.has(toks[q]?.norm ?? ''); k++) q++;
    const next = slotAt[q];
    if (!next) break;
    if (typeOk(next, types)) slots.push(next);
    end = next.end;
    pending.push({ n: slots.length, end });
    // A comma list counts only when it closes with "dan"/"serta" or lists titled people
    // ("Than Swe, menteri dalam negeri Yar Pyae"); else it is the next clause.
    const titledPerson = next.ref.type === 'PERSON' && next.m.role !== undefined && next.m.kind !== 'role';
    // "Kiev, Ukraina", "Doha, Qatar": a place and the country it lies in are named together.
    const prev = slots[slots.length - 2];
    const placeInCountry =
      !coord &&
      prev !== undefined &&
      next.ref.type === 'COUNTRY' &&
      countryOfPlace(prev.ref.id) === next.ref.id;
    if (coord || titledPerson || placeInCountry) {
      out.push(...pending);
      pending = [];
    }
  }
  return out.reverse().map((g) => ({
    get slots() {
      return expand(slots.slice(0, g.n));
    },
    end: g.end,
  }));
}

/** More actors than any real list of parties to one act ("A, B dan C bertemu"). */
const MAX_GROUP = 64;

/** A plural anaphor stands for several actors: one slot each, same span. */
function expand(slots: readonly Slot[]): Slot[] {
  return slots.flatMap((s): Slot[] => {
    if (!s.members) return [s];
    const { members, ...rest } = s;
    return members.map((ref) => ({ ...rest, ref }));
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
  if (toks[p]?.norm === 'antara') {
    const a = slotAt[p + 1];
    if (a && (toks[a.end]?.norm === 'dan' || toks[a.end]?.norm === 'dengan')) {
      const b = slotAt[a.end + 1];
      if (b && b.ref.id !== a.ref.id) {
        const c = conflictFor(ctx, [a.ref, b.ref]);
        return { slots: [conflictSlot(c, a, b)], end: b.end };
      }
    }
  }
  return undefined;
}

/** The conflict of these parties; the article's own conflict when they are among its parties. */
function conflictFor(ctx: Ctx, parties: readonly Ref[]): LexEntity {
  const { conflict, conflictParties } = ctx.doc;
  if (conflict && parties.every((p) => conflictParties.includes(p.id))) return { ...conflict };
  return conflictOf(parties.map((r) => ({ id: r.id, name: r.name, type: r.type })));
}

function wordsAt(toks: readonly Token[], inSlot: boolean[], pos: number, form: readonly string[]): boolean {
  for (let k = 0; k < form.length; k++) {
    const t = toks[pos + k];
    if (!t || t.norm !== form[k] || inSlot[pos + k]) return false;
  }
  return true;
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
  if (ei === els.length) return { S: b.S, O: b.O, end: pos };
  const el = els[ei] as Element;
  const { toks, inSlot } = ctx;
  if (el.kind === 'words') {
    for (const f of el.forms) {
      if (wordsAt(toks, inSlot, pos, f)) {
        const r = matchRight(ctx, els, ei + 1, pos + f.length, b, bindOptional);
        if (r) return r;
      }
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
        if (!beforeWords && t.cap && p > 0) return undefined;
        p++;
      }
    }
    return undefined;
  }
  if (el.kind === 'slot') {
    const types = el.types ?? (el.role === 'O' ? ctx.rule?.objectTypes : ctx.rule?.subjectTypes);
    for (const g of groupsAt(ctx, pos, types, ctx.rule?.pairwise ?? false)) {
      // The rest of the rule reads positions only, never the bound slots: it is matched with a
      // marker in this slot's place, and the group is copied in only when it succeeds.
      const nb: Binding = {
        S: el.role === 'S' ? BOUND : b.S,
        O: el.role === 'O' ? BOUND : b.O,
        end: g.end,
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

/** Where the clause holding token i starts, and whether a subordinator opened it ("Usai …, X"). */
function clauseStart(ctx: Ctx, i: number): { start: number; subordinate: boolean } {
  ctx.scan ??= sentenceScan(ctx);
  return ctx.scan.clause[i] ?? { start: 0, subordinate: false };
}

/** The clause token k opens (the nearest such k before a token is where its clause starts), if any. */
function clauseOpener(ctx: Ctx, k: number): { start: number; subordinate: boolean } | undefined {
  const { toks } = ctx;
  const n = toks[k]?.norm ?? '';
  if (ctx.inSlot[k]) return undefined;
  const next = toks[k + 1];
  // "saat itu" / "ketika itu" are time adverbs, not clause openers.
  if ((n === 'saat' || n === 'ketika') && (next?.norm === 'itu' || next?.norm === 'ini')) return undefined;
  // "selama empat jam", "sejak 2021": a time phrase, not a clause.
  if ((n === 'selama' || n === 'sejak') && next && (/^\d/.test(next.text) || TIME_WORDS.has(next.norm)))
    return undefined;
  // A speech verb opens a clause only when the reported clause follows it directly.
  if (SAY.has(n) && !(next && (next.norm === 'bahwa' || next.text === ',' || ctx.slotAt[k + 1])))
    return undefined;
  if (BREAKERS.has(n) || SAY.has(n)) return { start: k + 1, subordinate: SUBORDINATE.has(n) && k === 0 };
  if (SUBORDINATE.has(n) && k === 0) return { start: 1, subordinate: true };
  return undefined;
}

function isSubjectCandidate(ctx: Ctx, s: Slot, types: readonly EntityType[]): boolean {
  if (!types.includes(s.ref.type) || s.pair) return false;
  let b = s.start - 1;
  while (b >= 0 && MODIFIERS.has(ctx.toks[b]?.norm ?? '') && !ctx.inSlot[b]) b--;
  const before = ctx.toks[b]?.norm ?? '';
  // "wisatawan Prancis yang datang …" names people of a nationality, not the state acting.
  if (s.ref.type === 'COUNTRY' && NATIONALITY_NOUNS.has(ctx.toks[s.start - 1]?.norm ?? '')) return false;
  if (BREAKERS.has(before)) return true;
  // Governed by a preposition, or the agent of a passive verb ("didukung Iran"): not the subject.
  return !PREPS.has(before) && !(PASSIVE_VERB.test(before) && before !== 'dia');
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

/** Further back than any real clause subject is from its verb. */
const MAX_REACH = 150;

function baseSubject(
  ctx: Ctx,
  anchor: number,
  types: readonly EntityType[],
  nearest: boolean,
  depth: number,
): { slots: Slot[]; from: number } | undefined {
  const clause = clauseStart(ctx, anchor);
  // The subject is sought at most MAX_REACH tokens back: a sentence-long scan from every trigger
  // of a line with no full stop made such lines quadratic.
  const start = Math.max(clause.start, anchor - MAX_REACH);
  const subordinate = clause.subordinate;
  // Inside or after "X(,) yang …" the clause is about X: the last free "yang" of the clause decides.
  ctx.scan ??= sentenceScan(ctx);
  const yang = anchor > 0 ? (ctx.scan.lastYang[anchor - 1] ?? -1) : -1;
  if (yang > start) {
    const before = ctx.toks[yang - 1]?.text === ',' ? yang - 1 : yang;
    let p = before - 1;
    while (p >= 0 && ctx.inSlot[p] && !ctx.slotAt[p]) p--;
    const s = ctx.slotAt[p];
    if (s && s.end === before && isSubjectCandidate(ctx, s, types))
      return { slots: expand([s]), from: s.start };
  }
  let pick: { slots: Slot[]; from: number } | undefined;
  let from0 = start;
  // A fronted prepositional phrase ("Melalui penuturan Miller, …") holds no subject.
  if (PREPS.has(ctx.toks[start]?.norm ?? '') || ctx.toks[start]?.norm === 'menurut') {
    // Only a short phrase: in "pada hari itu dia akan menuju ke Doha, Qatar" the comma is far away.
    for (let k = start + 1; k < Math.min(anchor, start + 8); k++)
      if (ctx.toks[k]?.text === ',') {
        from0 = k + 1;
        break;
      }
  }
  for (let p = from0; p < anchor; p++) {
    // For a nominal trigger the actor is in the same comma-delimited stretch.
    if (nearest && ctx.toks[p]?.text === ',') pick = undefined;
    const s = ctx.slotAt[p];
    if (!s) continue;
    const candidate = nearest
      ? types.includes(s.ref.type) &&
        !s.pair &&
        (ctx.toks[s.start - 1]?.norm === 'oleh' || isSubjectCandidate(ctx, s, types))
      : isSubjectCandidate(ctx, s, types);
    if (!candidate) {
      // Skip the rest of a coordinated prepositional object ("dengan AS dan Mesir").
      const g = groupAt(ctx, s.start, undefined);
      p = (g ? g.end : s.end) - 1;
      continue;
    }
    const g = groupAt(ctx, p, types) ?? { slots: expand([s]), end: s.end };
    pick = { slots: g.end <= anchor ? [...g.slots] : expand([s]), from: p };
    if (!nearest) return pick;
    p = (g.end <= anchor ? g.end : s.end) - 1;
  }
  if (pick) return pick;
  const opener = ctx.toks[start - 1]?.norm ?? '';
  if (depth === 0 && start > 0 && SUBORDINATE.has(opener)) {
    // "X …, saat melakukan agresi": the subordinate clause shares the main clause's subject.
    const prev = baseSubject(ctx, start - 1, types, nearest, depth + 1);
    if (prev) return prev;
  }
  // Also when the sentence opens with a verb phrase ("Berbicara di Beijing …, Blinken mengatakan"),
  // not with an unrecognised name ("Kejaksaan Agung meminta …").
  // Not when the clause holds a capitalised word the lexicons missed ("Ketika pasukan Soviet …").
  const unknownName = (ctx.scan.nextUnknownCap[start + 1] ?? ctx.toks.length) < anchor;
  if (!unknownName && (subordinate || (start === 0 && COMMON_WORDS.has(ctx.toks[0]?.norm ?? '')))) {
    // "Usai berbincang dengan Putin, Erdogan …": the subject follows the subordinate clause.
    for (let p = anchor; p < ctx.toks.length; p++) {
      if (ctx.toks[p]?.text !== ',') continue;
      const s = ctx.slotAt[p + 1];
      if (s && isSubjectCandidate(ctx, s, types)) return { slots: [s], from: p + 1 };
      break;
    }
  }
  return undefined;
}

function blockedNear(ctx: Ctx, anchor: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, anchor - 3); k <= anchor + 4; k++) {
    const a = ctx.toks[k]?.norm ?? '';
    if (words.has(a) || words.has(`${a} ${ctx.toks[k + 1]?.norm ?? ''}`)) return true;
  }
  return false;
}

function modalityAt(ctx: Ctx, from: number, anchor: number): Modality {
  ctx.scan ??= sentenceScan(ctx);
  if (anchor > 0 && (ctx.scan.lastPlanned[anchor - 1] ?? -1) >= Math.max(0, from)) return 'planned';
  if (ctx.toks[anchor - 1]?.norm === 'rencana') return 'planned';
  return 'asserted';
}

function negatedAt(ctx: Ctx, anchor: number, relation: RelationType): boolean {
  for (let k = anchor - 1; k >= Math.max(0, anchor - 3); k--) {
    const n = ctx.toks[k]?.norm ?? '';
    if (ctx.inSlot[k]) break;
    if (NEGATION.has(n) && !(relation === 'REJECTED' && n === 'menolak')) return true;
  }
  return false;
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
): SentenceMatch {
  // Most sentences hold no trigger at all: find that out before building anything.
  if (!explain && !toks.some((t) => RULE_INDEX.has(t.norm))) return { candidates: [], misses: [] };
  const slotAt: (Slot | undefined)[] = new Array(toks.length + 1);
  const inSlot: boolean[] = new Array(toks.length + 1).fill(false);
  for (const s of slots) {
    slotAt[s.start] = s;
    for (let k = s.start; k < s.end; k++) inSlot[k] = true;
  }
  const ctx: Ctx = { toks, slotAt, inSlot, doc, rule: undefined };
  const candidates: Candidate[] = [];
  const misses: NearMiss[] = [];
  const miss = (rule: Rule, at: number, reason: string): void => {
    if (explain) misses.push({ rule: rule.id, at, reason });
  };
  for (let i = 0; i < toks.length; i++) {
    if (inSlot[i]) continue;
    const rules = RULE_INDEX.get((toks[i] as Token).norm);
    if (!rules) continue;
    doc.check?.();
    for (const rule of rules) {
      ctx.rule = rule;
      const els = rule.elements;
      const rest = rule.rest;
      const b0: Binding = { S: [], O: [], end: i };
      const right = matchRight(ctx, rest, 0, i, b0, true) ?? matchRight(ctx, rest, 0, i, b0, false);
      if (!right) {
        miss(rule, i, 'trigger found but the words or slots after it did not match');
        continue;
      }
      let S = right.S;
      let O = right.O;
      let from = i;
      let searched = false;
      const lead = els[0];
      if (rule.anchorIndex > 0 && lead?.kind === 'slot') {
        const leadTypes = lead.types ?? (lead.role === 'S' ? rule.subjectTypes : rule.objectTypes);
        if (rule.possessive) {
          // "kunjungannya ke China": the possessor is the person the text is following.
          const cs = clauseStart(ctx, i).start;
          const inClause = slots.filter((x) => x.end <= i && x.ref.type === 'PERSON' && x.start >= cs).pop();
          const ref = inClause?.ref ?? doc.prevPerson;
          if (!ref) {
            miss(rule, i, 'no person for the possessive "-nya"');
            continue;
          }
          const anchorTok = toks[i] as Token;
          S = [
            inClause ?? {
              start: i,
              end: i + 1,
              ref,
              mention: anchorTok.text,
              m: { start: i, end: i + 1, kind: 'pronoun', pronoun: 'person' },
            },
          ];
        } else if (els[1]?.kind === 'search') {
          const cs = clauseSubject(ctx, i, leadTypes, rule.comitative, rule.nearestSubject);
          if (!cs) {
            miss(
              rule,
              i,
              `no ${lead.role === 'S' ? 'subject' : 'object'} found in the clause before the trigger`,
            );
            continue;
          }
          if (lead.role === 'S') S = cs.slots;
          else O = cs.slots;
          from = cs.from;
          searched = true;
        } else {
          // The slot must end right before the anchor ("Biden dan Xi bertemu").
          let e = i;
          while (e > 0 && FILLERS.has(toks[e - 1]?.norm ?? '') && !inSlot[e - 1]) e--;
          if (toks[e - 1]?.text === ',' && toks[e]?.norm === 'yang') e--;
          let p = e - 1;
          while (p >= 0 && inSlot[p] && !slotAt[p]) p--;
          const s = p >= 0 ? slotAt[p] : undefined;
          // The subject of "X dan Y bertemu" is not the object of an earlier verb ("mengundang X dan Y").
          const gov = s ? (toks[s.start - 1]?.norm ?? '') : '';
          const governed = lead.role === 'S' && (ACTIVE_VERB.test(gov) || PREPS.has(gov));
          if (!s || s.end !== e || !typeOk(s, leadTypes) || governed) {
            miss(rule, i, 'no mention right before the trigger');
            continue;
          }
          if (lead.role === 'S') S = [s];
          else O = [s];
          from = s.start;
        }
      }
      S = S.filter((s) => rule.subjectTypes.includes(s.ref.type));
      const pairs: [Slot, Slot][] = [];
      if (S.length === 0) {
        miss(rule, i, 'subject is not an actor of an allowed type');
        continue;
      }
      if (rule.pairwise && O.length === 0 && S.length >= 2) {
        const all = S;
        S = [];
        for (let a = 0; a < all.length; a++)
          for (let b2 = a + 1; b2 < all.length; b2++) {
            const x = all[a] as Slot;
            const y = all[b2] as Slot;
            if (x.ref.id !== y.ref.id) pairs.push([x, y]);
          }
      }
      if (O.length === 0 && rule.objectFallback === 'conflict' && doc.conflict) {
        const first = S[0] as Slot;
        O = [{ start: first.start, end: first.end, ref: doc.conflict, mention: '', m: first.m }];
      }
      O = O.filter((o) => rule.objectTypes.includes(o.ref.type));
      if (O.length === 0 && pairs.length === 0) {
        miss(rule, i, `no object of type ${rule.objectTypes.join('/')}`);
        continue;
      }
      if (rule.blockNear.size > 0 && blockedNear(ctx, i, rule.blockNear)) {
        miss(rule, i, 'talks through a mediator or indirect talks');
        continue;
      }
      ctx.scan ??= sentenceScan(ctx);
      const norms = ctx.scan.norms;
      if (rule.blockSentence.size > 0 && [...rule.blockSentence].some((w) => norms.has(w))) {
        miss(rule, i, 'the sentence reports sport, not politics');
        continue;
      }
      if (rule.objectAfter.size > 0)
        O = O.filter((o) => o.start === i + 1 || rule.objectAfter.has(toks[o.start - 1]?.norm ?? ''));
      if (O.length === 0 && rule.objectAfter.size > 0) {
        miss(rule, i, 'the object is not people of a party ("warga X", "tentara X")');
        continue;
      }
      if (
        rule.blockWords.size > 0 &&
        O.some((o) => toks.slice(i, o.start).some((t) => rule.blockWords.has(t.norm)))
      ) {
        miss(rule, i, '"dengan" belongs to a noun such as "hubungan", not to the verb');
        continue;
      }
      if (negatedAt(ctx, i, rule.relation)) {
        miss(rule, i, 'negated ("tidak", "belum", …)');
        continue;
      }
      const { start } = clauseStart(ctx, i);
      const modality = modalityAt(ctx, Math.min(start, from), i);
      const cameo = modality === 'planned' ? rule.plannedCameo : rule.cameo;
      // A loop, not Math.min(...): a spread of a huge list's pairs overflows the stack.
      let spanStart = i;
      let spanEnd = right.end;
      for (const s of [S, O, ...pairs])
        for (const x of s) {
          spanStart = Math.min(spanStart, x.start);
          spanEnd = Math.max(spanEnd, x.end);
        }
      for (const [s, o] of [...S.flatMap((x) => O.map((y) => [x, y] as [Slot, Slot])), ...pairs]) {
        {
          if (s.ref.id === o.ref.id) continue;
          const c: Candidate = {
            rule,
            relation: rule.relation,
            subject: s,
            object: o,
            modality,
            cameo,
            start: spanStart,
            end: spanEnd,
            anchor: i,
            searched,
          };
          candidates.push(c);
          if (rule.mutual) candidates.push({ ...c, subject: o, object: s });
        }
      }
    }
  }
  // Where a rule found the subject next to the trigger ("kunjungan Blinken ke …"), it beats a clause search;
  // a verb beats the noun it governs ("mengadakan pembicaraan dengan X": one act, one subject).
  const direct = new Set(
    candidates.filter((c) => !c.searched).map((c) => `${c.relation}|${c.anchor}|${c.object.ref.id}`),
  );
  const kept = candidates.filter(
    (c) => !c.searched || !direct.has(`${c.relation}|${c.anchor}|${c.object.ref.id}`),
  );
  return { candidates: dropEchoes(kept), misses };
}

/**
 * Drops a candidate when another with the same relation and object but another subject was
 * anchored 1–3 tokens before it. Indexed by (relation, object, anchor), not a test of every pair.
 */
function dropEchoes(kept: readonly Candidate[]): Candidate[] {
  const subjectsAt = new Map<string, Set<string>>();
  const key = (c: Candidate, anchor: number): string => `${c.relation}|${c.object.ref.id}|${anchor}`;
  for (const c of kept) {
    const k = key(c, c.anchor);
    const set = subjectsAt.get(k) ?? new Set<string>();
    set.add(c.subject.ref.id);
    subjectsAt.set(k, set);
  }
  return kept.filter((c) => {
    for (let a = c.anchor - 3; a < c.anchor; a++) {
      const subjects = subjectsAt.get(key(c, a));
      if (subjects && (subjects.size > 1 || !subjects.has(c.subject.ref.id))) return false;
    }
    return true;
  });
}
