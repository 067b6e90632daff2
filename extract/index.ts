// Public face of the extractor: one article in, its sentences, entities and relations out.
// Pure: no I/O, no graph/ imports. document → sentences → tokens → mentions → entities → relations.
import { KgError } from '../src/errors';
import type { Article, DocEntity, DocumentResult, EntityRef, RelationRecord } from '../src/schema';
import { articleDate, normaliseDate, sentenceDate, urlDate } from './dates';
import { type DocContext, matchSentence, newMemory, recall, remember } from './engine';
import { CONFLICT_DEFS, ENTITIES, type LexEntity, matchAt } from './gazetteer';
import { ACTOR_MODIFIERS, WORDS } from './lexicon';
import { addAbbreviations, findMentions, settled } from './mentions';
import { toRef } from './people';
import { PARTIES, type Ref, resolveDocument, type SentenceIn, type Slot, surface } from './resolve';
import { hasTag } from './tags';
import { type Sentence, splitSentences, type Token, tokenize } from './text';

export interface Analysed {
  sentences: Sentence[];
  inputs: SentenceIn[];
  slots: Slot[][];
  /** Per sentence: what the rules know of the document around it. */
  context: DocContext[];
}

/** Folds "Name, title of X" into the name's slot so the apposition is one actor with its affiliation. */
/** What may stand between "NAME ," and the apposed title: nothing, or "yang merupakan", "yang menjabat sebagai". */
function appositionLink(s: SentenceIn, from: number, to: number): boolean {
  if (to < from || to - from > 3) return false;
  if (to === from) return true;
  // "…, yang kini menjabat Sekjen NATO, …": a time adverb may stand before the copula.
  const linking = (n: string): boolean => hasTag(n, 'Copula') || hasTag(n, 'TimeAdverb') || n === 'masih';
  return s.toks[from]?.norm === 'yang' && s.toks.slice(from + 1, to).every((t) => linking(t.norm));
}

/** "Haradinaj merupakan pemimpin partai AAK", "X adalah Menteri Luar Negeri Iran": a title as predicate. */
function predicateLink(s: SentenceIn, from: number, to: number): boolean {
  const head = s.toks[from]?.norm ?? '';
  if (to <= from || to - from > 3 || !['adalah', 'merupakan', 'menjabat'].includes(head)) return false;
  return s.toks.slice(from + 1, to).every((t) => hasTag(t.norm, 'Copula') || hasTag(t.norm, 'TimeAdverb'));
}

function foldAppositions(s: SentenceIn, slots: Slot[]): Slot[] {
  const out: Slot[] = [];
  for (let k = 0; k < slots.length; k++) {
    const a = slots[k] as Slot;
    const b = slots[k + 1];
    const affil =
      b?.m.affil ?? (b?.m.pronoun === 'country' && b.ref.type === 'COUNTRY' ? { ...b.ref } : undefined);
    if (
      b &&
      affil &&
      a.ref.type === 'PERSON' &&
      b.m.kind === 'role' &&
      !b.m.former &&
      ((s.toks[a.end]?.text === ',' && appositionLink(s, a.end + 1, b.start)) ||
        predicateLink(s, a.end, b.start))
    ) {
      const m = settled({ ...a.m, affil, end: b.end });
      if (b.m.affilSpan) m.affilSpan = b.m.affilSpan;
      else m.affilSpan = undefined; // not `delete`: that would turn the mention into a slow dictionary object
      if (b.m.role) m.role = b.m.role;
      // Written out, not spread: every slot keeps the one shape resolveMention gives it.
      out.push({
        start: a.start,
        end: b.end,
        ref: a.ref,
        mention: a.mention,
        m,
        pair: a.pair,
        members: a.members,
      });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** The conflict an article is about, for "menengahi gencatan senjata" with no conflict named. */
function documentConflict(slots: readonly Slot[][]): { ref: Ref; parties: string[] } | undefined {
  const named = new Map<string, { ref: Ref; n: number }>();
  const seen = new Map<string, number>();
  for (const ss of slots)
    for (const s of ss) {
      if (s.ref.type === 'CONFLICT') {
        const e = named.get(s.ref.id) ?? { ref: s.ref, n: 0 };
        e.n++;
        named.set(s.ref.id, e);
      }
      seen.set(s.ref.id, (seen.get(s.ref.id) ?? 0) + 1);
    }
  const partiesOf = (id: string): string[] => CONFLICT_DEFS.find((c) => c.id === id)?.parties ?? [];
  // The most named (ties: the first id), picked in one pass: sorting a fresh array here (empty in most
  // articles, whose array has another map) made V8 throw away this function's optimised code.
  let best: { ref: Ref; n: number } | undefined;
  for (const e of named.values())
    if (!best || e.n > best.n || (e.n === best.n && e.ref.id < best.ref.id)) best = e;
  if (best) return { ref: best.ref, parties: partiesOf(best.ref.id) };
  // Otherwise the lexicon conflict all of whose parties the article names, scored by its least
  // mentioned party; a wider conflict wins over one it contains when its extra party is talked of too.
  const found = CONFLICT_DEFS.filter((c) => c.parties.every((p) => seen.has(p))).map((c) => ({
    ref: { id: c.id, name: c.name, type: 'CONFLICT' as const },
    parties: c.parties,
    score: Math.min(...c.parties.map((p) => seen.get(p) ?? 0)),
  }));
  if (found.length > 1)
    found.sort(
      (a, b) => b.score - a.score || b.parties.length - a.parties.length || (a.ref.id < b.ref.id ? -1 : 1),
    );
  let pick = found[0];
  for (const c of found)
    if (
      pick &&
      c.parties.length > pick.parties.length &&
      pick.parties.every((p) => c.parties.includes(p)) &&
      c.score * 2 >= pick.score
    )
      pick = c;
  return pick;
}

/**
 * The article's words outside names, as sentenceNorms in the engine ("Liga Arab" is no sports word),
 * each with the first two sentences it occurs in.
 */
function topicWords(
  inputs: readonly SentenceIn[],
  slots: readonly (readonly Slot[])[],
): Map<string, number[]> {
  const words = new Map<string, number[]>();
  inputs.forEach((x, i) => {
    const named = new Uint8Array(x.toks.length);
    for (const sl of slots[i] ?? []) named.fill(1, sl.start, sl.end);
    x.toks.forEach((t, k) => {
      if (t.cap && named[k] === 1) return;
      const at = words.get(t.norm);
      if (!at) words.set(t.norm, [i]);
      else if (at.length < 2 && at[0] !== i) at.push(i);
    });
  });
  return words;
}

/**
 * Scare quotes around one state's or body's name ("kantor Perdana Menteri “Israel” Benjamin Netanyahu",
 * "“Israel” menargetkan …") do not quote speech: the name reads as if unquoted.
 */
export function unquoteNames(toks: Token[]): Token[] {
  const quote = (t: Token | undefined): boolean => t !== undefined && hasTag(t.norm, 'Quote');
  let drop: Set<number> | undefined;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!quote(toks[i]) || !toks[i + 1]?.cap || !quote(toks[i + 2])) continue;
    // Only a known state or body: a quoted nickname ("Chesley \"Sully\" Sullenberger") stays apart.
    const known = matchAt(toks, i + 1, false);
    if (known?.end !== i + 2 || (known.entity.type !== 'COUNTRY' && known.entity.type !== 'ORGANIZATION'))
      continue;
    drop ??= new Set();
    drop.add(i).add(i + 2);
    i += 2;
  }
  return drop ? toks.filter((_, k) => !drop.has(k)) : toks;
}

export function analyse(text: string, check: () => void = () => {}, date?: string): Analysed {
  const sentences = splitSentences(text);
  const inputs: SentenceIn[] = sentences.map((s) => {
    check();
    const toks = unquoteNames(tokenize(s.text));
    return { toks, mentions: findMentions(toks, s.titleCase), text: s.text, titleCase: s.titleCase };
  });
  addAbbreviations(inputs);
  const resolved = resolveDocument(inputs, date);
  const slots = resolved.slots.map((ss, i) => foldAppositions(inputs[i] as SentenceIn, ss));
  const conflict = documentConflict(slots);
  // The warring sides ("pihak-pihak bertikai") are the parties of the article's conflict.
  for (const ss of slots)
    for (let k = ss.length - 1; k >= 0; k--) {
      const sl = ss[k] as Slot;
      if (sl.ref !== PARTIES) continue;
      const members = (conflict?.parties ?? []).map((id) => ENTITIES.get(id)).filter((e) => e !== undefined);
      if (members.length < 2) ss.splice(k, 1);
      else {
        sl.members = members.map((e) => ({ id: e.id, name: e.name, type: e.type }));
        sl.ref = sl.members[0] as Ref;
      }
    }
  // The document's own phrase for its conflict ("perang di Gaza"), where it names it.
  // A nested scan, not slots.flat().find(…): that copied every slot of every article into a new array.
  let phrase: string | undefined;
  if (conflict)
    scan: for (const ss of slots)
      for (const x of ss)
        if (x.ref.id === conflict.ref.id && x.mention !== '') {
          phrase = x.mention;
          break scan;
        }
  // Built on first read: only rules with an in-document condition read it, in few articles (198 of
  // the bench corpus's 3,463), and it visits every token of the article.
  let words: Map<string, number[]> | undefined;
  const wordsOnce = (): Map<string, number[]> => {
    words ??= topicWords(inputs, slots);
    return words;
  };
  check();
  const context = resolved.prevPerson.map(
    (prevPerson, si): DocContext => ({
      words: wordsOnce,
      conflict: conflict?.ref,
      conflictMention: phrase ?? conflict?.ref.name ?? '',
      conflictParties: conflict?.parties ?? [],
      prevPerson,
      speaker: resolved.speakers[si],
      speakerSide: resolved.speakerSides[si],
      sideOf: resolved.sideOf,
      lastAttacker: undefined,
      lastProposer: undefined,
      lastVisitor: undefined,
      check,
    }),
  );
  return { sentences, inputs, slots, context };
}

const entityRef = (s: Slot): EntityRef => ({
  id: s.ref.id,
  name: s.ref.name,
  mention: s.mention || s.ref.name,
  type: s.ref.type,
});

interface Affiliation {
  subject: Slot;
  object: Ref;
  /** Surface of the object in the sentence, where it is written. */
  mention?: string;
  role?: string;
  rule: string;
}

function parentRef(id: string): Ref {
  const e = ENTITIES.get(id);
  return {
    id,
    name: e?.name ?? id,
    type: e?.type ?? (id.startsWith('country:') ? 'COUNTRY' : 'ORGANIZATION'),
  };
}

/**
 * A body is tied to its parent only where the parent is written in its name ("DK PBB", "Kementerian
 * Luar Negeri Rusia") or it is a seat of government (GUIDELINES: "Mossad" alone gives no link).
 */
function parentWritten(s: SentenceIn, e: LexEntity | undefined, start: number, end: number): boolean {
  if (!e?.parent) return false;
  if (e.seat) return true;
  // A body read from its written name ("Kementerian Luar Negeri Rusia") carries its parent in it.
  // Not by its abbreviation alone ("KBRI" later in the article): there the parent is not written.
  if (!ENTITIES.has(e.id)) return end - start > 1;
  // "badan intelijen AS CIA", "badan intelijen Israel Mossad": the parent written right before the name.
  if (s.mentions.some((x) => x.end === start && x.entity?.id === e.parent)) return true;
  for (let k = start + 1; k < end; k++)
    if (matchAt(s.toks, k, s.titleCase)?.entity.id === e.parent) return true;
  return false;
}

/** "Delegasi Rusia akan dipimpin oleh X": a plan or an aspect word may stand before the leader's verb. */
const PLANNED: ReadonlySet<string> = new Set(WORDS.planned);

/**
 * "Ukraina mengirimkan delegasi tingkat tinggi yang dipimpin oleh …": the delegation a state sends, with
 * up to three words describing it, stands for the state; the words after it are what links the leader.
 */
function sentDelegation(between: string[]): string[] {
  const d = between.findIndex((w) => hasTag(w, 'Delegation'));
  if (d < 0 || !between.slice(0, d).every((w) => hasTag(w, 'SendVerb'))) return between;
  const rel = between.indexOf('yang', d);
  const describing = between.slice(d + 1, rel < 0 ? d + 1 : rel);
  return describing.length <= 3 && describing.every((w) => /^\p{Ll}+$/u.test(w) && !hasTag(w, 'LedBy'))
    ? between.slice(rel < 0 ? d + 1 : rel)
    : between;
}

/**
 * "Delegasi Hamas yang dipimpin Khalil al-Hayya", "Hamas pimpinan Yahya Sinwar": the leader named
 * after a group or state belongs to it.
 */
function ledBy(s: SentenceIn, slots: readonly Slot[]): Affiliation[] {
  const out: Affiliation[] = [];
  slots.forEach((sl, k) => {
    const leader = slots[k + 1];
    if (sl.ref.type !== 'ORGANIZATION' && sl.ref.type !== 'COUNTRY') return;
    if (leader?.ref.type !== 'PERSON') return;
    // A country that only says where something comes from ("perusahaan asal Jepang") has no leader.
    const before = s.toks[sl.start - 1];
    if (sl.ref.type === 'COUNTRY' && before && !before.cap && !ACTOR_MODIFIERS.has(before.norm)) return;
    // "pimpinan" may open the leader's own mention as a title ("Hamas pimpinan Yahya Sinwar").
    const titled = hasTag(s.toks[leader.start]?.norm ?? '', 'LedBy') ? 1 : 0;
    const between = sentDelegation(s.toks.slice(sl.end, leader.start + titled).map((t) => t.norm));
    const led = between.filter((w) => hasTag(w, 'LedBy')).length === 1;
    // "AS di bawah (pemerintahan) Presiden Donald Trump": "di bawah" with the leadership noun links too.
    const linking = (w: string): boolean =>
      hasTag(w, 'LedBy') ||
      hasTag(w, 'Leadership') ||
      w === 'yang' ||
      w === 'oleh' ||
      w === 'di' ||
      PLANNED.has(w) ||
      hasTag(w, 'Filler');
    if (!led || !between.every(linking)) return;
    out.push({ subject: leader, object: sl.ref, mention: sl.mention, rule: 'affiliated/led-by' });
  });
  return out;
}

/**
 * "JNIM yang berafiliasi dengan Al Qaeda", "Katiba Macina, cabang JNIM", "kantor berita milik pemerintah
 * Lebanon": a group or person tied to the next actor by one affiliation word and linking words only.
 */
function affiliatedTo(s: SentenceIn, slots: readonly Slot[]): Affiliation[] {
  const out: Affiliation[] = [];
  slots.forEach((sl, k) => {
    const parent = slots[k + 1];
    if (sl.ref.type !== 'ORGANIZATION' && sl.ref.type !== 'PERSON') return;
    if (parent?.ref.type !== 'ORGANIZATION' && parent?.ref.type !== 'COUNTRY') return;
    const between = s.toks.slice(sl.end, parent.start).map((t) => t.norm);
    const keys = between.filter((w) => hasTag(w, 'AffiliationWord')).length;
    const linking = (w: string): boolean => hasTag(w, 'AffiliationWord') || hasTag(w, 'AffiliationLink');
    // A person is no one's property: "pangkalan udara Al Shayrat milik Suriah" names a base.
    const owned = between.some((w) => hasTag(w, 'Ownership'));
    if (keys !== 1 || !between.every(linking) || (owned && sl.ref.type === 'PERSON')) return;
    out.push({ subject: sl, object: parent.ref, mention: parent.mention, rule: 'affiliated/affiliated-to' });
  });
  return out;
}

/**
 * "Patrice Talon dari Benin", "PM Anwar Ibrahim dari Malaysia", "Osama bin Javaid dari Al Jazeera": a
 * person named with the state or body they come from, "dari" between, no title tying them elsewhere.
 */
function fromState(s: SentenceIn, slots: readonly Slot[]): Affiliation[] {
  const out: Affiliation[] = [];
  slots.forEach((sl, k) => {
    const next = slots[k + 1];
    if (sl.ref.type !== 'PERSON' || sl.m.affil || s.toks[sl.end]?.norm !== 'dari') return;
    if (!next || next.start !== sl.end + 1 || next.pair) return;
    if (next.ref.type !== 'COUNTRY' && next.ref.type !== 'ORGANIZATION') return;
    out.push({ subject: sl, object: next.ref, mention: next.mention, rule: 'affiliated/from-state' });
  });
  // Only among office holders ("Kepala negara lain yang hadir termasuk …"): elsewhere "dari" gives a
  // player's or a traveller's nationality ("Carolina Marin dari Spanyol"), and a body after an
  // untitled name was as often a misread name ("Biro Hukum dari KPK") as a member (bench sample).
  // Checked last: most sentences have no candidate.
  const offices =
    out.length > 0 &&
    (slots.some((x) => x.m.role !== undefined) || s.toks.some((t) => hasTag(t.norm, 'GenericRole')));
  return offices ? out : [];
}

/**
 * "Dari pihak Rusia, Menteri Luar Negeri Sergey Lavrov dan …": a sentence opened by a side lists the
 * titled people who speak or sit for it, up to the first word that is no part of the list.
 */
function sideOf(s: SentenceIn, slots: readonly Slot[]): Affiliation[] {
  const { toks } = s;
  // "pihak" makes it a side: "Dari AS, Presiden Prabowo terbang ke Kanada" only says where from.
  if (toks[0]?.norm !== 'dari' || toks[1]?.norm !== 'pihak') return [];
  const side = slots.find((x) => x.start === 2);
  if (
    !side ||
    (side.ref.type !== 'COUNTRY' && side.ref.type !== 'ORGANIZATION') ||
    toks[side.end]?.text !== ','
  )
    return [];
  return listedOfficials(slots, side.end + 1, () => true, side.ref, 'affiliated/side-of');
}

/**
 * The titled people listed from token `from` on (at most two tokens apart, and only while `fits`
 * holds), each tied to `side` when the title names no country or body of its own.
 */
function listedOfficials(
  slots: readonly Slot[],
  from: number,
  fits: (sl: Slot, prevEnd: number) => boolean,
  side: Ref,
  rule: string,
): Affiliation[] {
  const out: Affiliation[] = [];
  let prevEnd = from;
  for (const sl of slots) {
    if (sl.start < from) continue;
    if (sl.ref.type !== 'PERSON' || sl.start - prevEnd > 2 || !fits(sl, prevEnd)) break;
    prevEnd = sl.end;
    if (sl.m.role && !sl.m.affil) out.push({ subject: sl, object: side, rule, role: sl.m.role });
  }
  return out;
}

/**
 * "Delegasi Afghanistan terdiri dari Menteri Pertahanan Mullah Muhammad Yaqoob dan …", "delegasi
 * Pakistan dalam perundingan dipimpin oleh Menteri Pertahanan Khawaja Asif": the titled people a
 * state's or body's delegation is made of sit for it.
 */
function delegationOf(s: SentenceIn, slots: readonly Slot[]): Affiliation[] {
  const { toks } = s;
  const side = slots.find((x) => hasTag(toks[x.start - 1]?.norm ?? '', 'Delegation'));
  if (!side || (side.ref.type !== 'COUNTRY' && side.ref.type !== 'ORGANIZATION')) return [];
  let at = -1;
  for (let k = side.end; k < Math.min(toks.length, side.end + 6) && at < 0; k++) {
    if (toks[k]?.text === ',' || toks[k]?.text === '.') break;
    if (hasTag(toks[k]?.norm ?? '', 'Composition')) at = k + 1;
  }
  if (at < 0) return [];
  if (toks[at]?.norm === 'dari' || toks[at]?.norm === 'oleh') at++;
  // Only "," or "dan" between the listed people ("X, penasihat presiden Y" is an apposition).
  const joined = (sl: Slot, prevEnd: number): boolean =>
    toks.slice(prevEnd, sl.start).every((t) => t.text === ',' || hasTag(t.norm, 'Coordinator'));
  return listedOfficials(slots, at, joined, side.ref, 'affiliated/delegation-member');
}

/** AFFILIATED_WITH from titles, appositions, leaders and bodies named after their parent. */
/** "utusan khusus Presiden AS Donald Trump, Steve Witkoff": the possessor's own title still ties him. */
function possessorAffiliation(s: SentenceIn, sl: Slot): Affiliation | undefined {
  const p = sl.m.possessor;
  if (!p?.entity || !p.affil || p.former || p.affil.type === 'LOCATION') return undefined;
  const subject: Slot = {
    ...sl,
    start: p.start,
    end: p.end,
    ref: toRef(p.entity),
    mention: p.entity.name,
    m: p,
  };
  const a: Affiliation = { subject, object: toRef(p.affil), rule: 'affiliated/title-of' };
  if (p.affilSpan) a.mention = surface(s.toks, p.affilSpan[0], p.affilSpan[1], s.text);
  if (p.role) a.role = p.role;
  return a;
}

function affiliations(s: SentenceIn, slots: readonly Slot[]): Affiliation[] {
  const out: Affiliation[] = [
    ...ledBy(s, slots),
    ...sideOf(s, slots),
    ...delegationOf(s, slots),
    ...affiliatedTo(s, slots),
    ...fromState(s, slots),
  ];
  for (const sl of slots) {
    const owner = possessorAffiliation(s, sl);
    if (owner) out.push(owner);
    const m = sl.m;
    const affil = m.affil;
    if (affil && !m.former) {
      const written = m.affilSpan ? surface(s.toks, m.affilSpan[0], m.affilSpan[1], s.text) : undefined;
      // Only states and organisations have members (GUIDELINES): "Gubernur Jakarta X" is tied to no actor.
      if (sl.ref.type === 'PERSON' && affil.type !== 'LOCATION') {
        const rule =
          m.end > sl.end ? 'affiliated/apposition' : m.anaphor ? 'affiliated/anaphor' : 'affiliated/title-of';
        const a: Affiliation = {
          subject: sl,
          object: { id: affil.id, name: affil.name, type: affil.type },
          rule,
        };
        if (written) a.mention = written;
        if (m.role) a.role = m.role;
        out.push(a);
      }
      // The body in the title carries its own parent ("pejabat White House" → AS) where it is written.
      const span = m.affilSpan ?? [m.start, m.end];
      if (affil.type === 'ORGANIZATION' && affil.parent && parentWritten(s, affil, span[0], span[1])) {
        const bodySlot: Slot = {
          start: sl.start,
          end: sl.end,
          ref: { id: affil.id, name: affil.name, type: affil.type },
          mention: written ?? affil.name,
          m: sl.m,
          pair: sl.pair,
          members: sl.members,
        };
        out.push({ subject: bodySlot, object: parentRef(affil.parent), rule: 'affiliated/body-of' });
      }
    }
    // "kata Trump di Gedung Putih": after "di" or "ke" a seat of government names the building, not the body.
    const venue = m.entity?.seat === true && hasTag(s.toks[m.start - 1]?.norm ?? '', 'VenuePrep');
    if (
      sl.ref.type === 'ORGANIZATION' &&
      m.kind === 'entity' &&
      m.entity?.parent &&
      !venue &&
      parentWritten(s, m.entity, m.start, m.end)
    ) {
      out.push({ subject: sl, object: parentRef(m.entity.parent), rule: 'affiliated/body-of' });
    }
  }
  return out;
}

/**
 * A relation carries its sentence as evidence; past MAX_EVIDENCE_TEXT characters (a line with no
 * full stop, never a real sentence) only the stretch around the match, or every relation of a
 * 1.4 MB line would repeat the whole megabyte (300 MB of relations.jsonl).
 */
export const MAX_EVIDENCE_TEXT = 4000;

function evidenceText(sent: Sentence, span: readonly [number, number]): string {
  if (sent.text.length <= MAX_EVIDENCE_TEXT) return sent.text;
  const margin = (MAX_EVIDENCE_TEXT - Math.min(span[1] - span[0], MAX_EVIDENCE_TEXT / 2)) / 2;
  const from = Math.max(0, span[0] - sent.start - margin);
  const to = Math.min(sent.text.length, span[1] - sent.start + margin);
  return `${from > 0 ? '…' : ''}${sent.text.slice(from, to)}${to < sent.text.length ? '…' : ''}`;
}

export interface ExtractOptions {
  /** Milliseconds one document may take; past it extraction stops with a KgError (a safety net). */
  budgetMs?: number;
}

/** Throws once the budget is spent; called between sentences and between triggers. */
function budgetCheck(budgetMs: number | undefined): () => void {
  if (budgetMs === undefined || !Number.isFinite(budgetMs)) return () => {};
  const deadline = performance.now() + budgetMs;
  return () => {
    if (performance.now() > deadline)
      throw new KgError(
        'extract',
        `took longer than the ${budgetMs / 1000} s budget per document; raise it with --budget, or split the document`,
      );
  };
}

export function extractDocument(article: Article, opts: ExtractOptions = {}): DocumentResult {
  const check = budgetCheck(opts.budgetMs);
  const docDate =
    normaliseDate(article.date) ?? urlDate(article.url, article.id) ?? articleDate(article.text);
  const { sentences, inputs, slots, context } = analyse(article.text, check, docDate);
  const relations: RelationRecord[] = [];
  const entities = new Map<string, DocEntity>();
  const note = (ref: Ref, alias: string | undefined, sentence: number): void => {
    let e = entities.get(ref.id);
    if (!e) {
      e = { id: ref.id, name: ref.name, type: ref.type, aliases: [], sentences: [], mentions: 0 };
      entities.set(ref.id, e);
    }
    e.mentions++;
    if (alias && !e.aliases.includes(alias)) e.aliases.push(alias);
    if (e.sentences[e.sentences.length - 1] !== sentence) e.sentences.push(sentence);
  };
  const memory = newMemory();
  sentences.forEach((sent, si) => {
    check();
    const inp = inputs[si] as SentenceIn;
    const ss = slots[si] as Slot[];
    if (ss.length === 0) return;
    let date: string | undefined | null = null;
    const dateOf = (): string | undefined => {
      if (date === null) date = sentenceDate(sent.text, docDate);
      return date;
    };
    for (const s of ss)
      note(
        s.ref,
        s.m.kind === 'name' ? s.m.name : s.m.kind === 'entity' && !s.m.role ? s.mention : s.ref.name,
        si,
      );
    const seen = new Set<string>();
    const emit = (r: Omit<RelationRecord, 'doc' | 'sentence' | 'text'>): void => {
      const key = `${r.subject.id}|${r.relation}|${r.object.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      const rec: RelationRecord = { doc: article.id, sentence: si, text: evidenceText(sent, r.span), ...r };
      const d = dateOf();
      if (d) rec.date = d;
      relations.push(rec);
    };
    const tokStart = (t: number): number => sent.start + (inp.toks[t]?.start ?? 0);
    const tokEnd = (t: number): number => sent.start + (inp.toks[t - 1]?.end ?? sent.text.length);
    for (const a of affiliations(inp, ss)) {
      if (a.subject.ref.id === a.object.id) continue;
      const objName = a.object.name;
      const rec: Omit<RelationRecord, 'doc' | 'sentence' | 'text'> = {
        span: [tokStart(a.subject.start), tokEnd(Math.max(a.subject.end, a.subject.m.end))],
        subject: entityRef(a.subject),
        relation: 'AFFILIATED_WITH',
        object: { id: a.object.id, name: objName, mention: a.mention ?? objName, type: a.object.type },
        modality: 'asserted',
        cameo: '',
        rule: a.rule,
      };
      if (a.role) rec.role = a.role;
      note(a.object, a.mention, si);
      emit(rec);
    }
    const ctx = context[si] as DocContext;
    recall(ctx, memory, si);
    const { candidates } = matchSentence(inp.toks, ss, ctx);
    remember(memory, si, inp.toks, ss, candidates);
    for (const c of candidates) {
      emit({
        span: [tokStart(c.start), tokEnd(c.end)],
        subject: entityRef(c.subject),
        relation: c.relation,
        object: entityRef(c.object),
        modality: c.modality,
        cameo: c.cameo,
        rule: c.rule.id,
      });
    }
  });
  const inRelation = new Set(relations.flatMap((r) => [r.subject.id, r.object.id]));
  const doc: DocumentResult['doc'] = { id: article.id };
  if (article.title) doc.title = article.title;
  if (docDate) doc.date = docDate;
  if (article.url) doc.url = article.url;
  if (article.source) doc.source = article.source;
  return {
    doc,
    sentences: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text })),
    // Only entities that take part in a relation are the document's actors (no graph node for every
    // capitalised word the mention stage found).
    entities: [...entities.values()]
      .filter((e) => inRelation.has(e.id))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    relations,
  };
}
