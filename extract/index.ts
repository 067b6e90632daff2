// Public face of the extractor: one article in, its sentences, entities and relations out.
// Pure: no I/O, no graph/ imports. document → sentences → tokens → mentions → entities → relations.
import type { Article, DocEntity, DocumentResult, EntityRef, RelationRecord } from '../src/schema';
import { articleDate, normaliseDate, sentenceDate } from './dates';
import { type Candidate, matchSentence } from './engine';
import { CONFLICT_DEFS } from './gazetteer';
import { findMentions, type Mention } from './mentions';
import { type Ref, resolveDocument, type SentenceIn, type Slot } from './resolve';
import { type Sentence, splitSentences, tokenize } from './text';

export interface Analysed {
  sentences: Sentence[];
  inputs: SentenceIn[];
  slots: Slot[][];
  docConflict: Ref | undefined;
}

/** Folds "Name, title of X" into the name's slot so the apposition is one actor with its affiliation. */
function foldAppositions(s: SentenceIn, slots: Slot[]): Slot[] {
  const out: Slot[] = [];
  for (let k = 0; k < slots.length; k++) {
    const a = slots[k] as Slot;
    const b = slots[k + 1];
    if (
      b &&
      a.ref.type === 'PERSON' &&
      b.m.kind === 'role' &&
      b.m.affil &&
      !b.m.former &&
      s.toks[a.end]?.text === ',' &&
      b.start === a.end + 1
    ) {
      const m: Mention = { ...a.m, affil: b.m.affil, end: b.end };
      if (b.m.role) m.role = b.m.role;
      out.push({ ...a, m, end: b.end, mention: a.mention });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** The conflict an article is about, for "menengahi gencatan senjata" with no conflict named. */
function documentConflict(slots: readonly Slot[][]): Ref | undefined {
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
  const best = [...named.values()].sort((a, b) => b.n - a.n || (a.ref.id < b.ref.id ? -1 : 1))[0];
  if (best) return best.ref;
  let pick: { ref: Ref; score: number } | undefined;
  for (const c of CONFLICT_DEFS) {
    if (!c.parties.every((p) => seen.has(p))) continue;
    const score = Math.min(...c.parties.map((p) => seen.get(p) ?? 0));
    if (!pick || score > pick.score) pick = { ref: { id: c.id, name: c.name, type: 'CONFLICT' }, score };
  }
  return pick?.ref;
}

export function analyse(text: string): Analysed {
  const sentences = splitSentences(text);
  const inputs: SentenceIn[] = sentences.map((s) => {
    const toks = tokenize(s.text);
    return { toks, mentions: findMentions(toks, s.titleCase), text: s.text, titleCase: s.titleCase };
  });
  const slots = resolveDocument(inputs).map((ss, i) => foldAppositions(inputs[i] as SentenceIn, ss));
  return { sentences, inputs, slots, docConflict: documentConflict(slots) };
}

const entityRef = (s: Slot): EntityRef => ({ id: s.ref.id, name: s.ref.name, mention: s.mention || s.ref.name, type: s.ref.type });

function affiliations(s: SentenceIn, slots: readonly Slot[]): Candidate[] | { subject: Slot; object: Ref; role?: string; rule: string }[] {
  const out: { subject: Slot; object: Ref; role?: string; rule: string }[] = [];
  for (const sl of slots) {
    const m = sl.m;
    if (sl.ref.type === 'PERSON' && m.affil && !m.former) {
      const rule = m.end > sl.end || s.toks[m.start]?.text === ',' ? 'affiliated/apposition' : 'affiliated/title-of';
      const a: { subject: Slot; object: Ref; role?: string; rule: string } = {
        subject: sl,
        object: { id: m.affil.id, name: m.affil.name, type: m.affil.type },
        rule: m.kind === 'name' || m.kind === 'entity' ? rule : 'affiliated/title-of',
      };
      if (m.role) a.role = m.role;
      out.push(a);
    }
    if (sl.ref.type === 'ORGANIZATION' && m.kind === 'entity' && m.entity?.parent) {
      const parentId = m.entity.parent;
      const parentName = parentId.startsWith('country:') || parentId.startsWith('org:') ? parentId : parentId;
      out.push({ subject: sl, object: { id: parentId, name: parentName, type: parentId.startsWith('country:') ? 'COUNTRY' : 'ORGANIZATION' }, rule: 'affiliated/body-of' });
    }
  }
  return out;
}

export function extractDocument(article: Article): DocumentResult {
  const docDate = normaliseDate(article.date) ?? articleDate(article.text);
  const { sentences, inputs, slots, docConflict } = analyse(article.text);
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
  sentences.forEach((sent, si) => {
    const inp = inputs[si] as SentenceIn;
    const ss = slots[si] as Slot[];
    const date = sentenceDate(sent.text, docDate);
    for (const s of ss) note(s.ref, s.m.kind === 'name' ? s.m.name : s.m.kind === 'entity' && !s.m.role ? s.mention : s.ref.name, si);
    const seen = new Set<string>();
    const emit = (r: Omit<RelationRecord, 'doc' | 'sentence' | 'text'>): void => {
      const key = `${r.subject.id}|${r.relation}|${r.object.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      const rec: RelationRecord = { doc: article.id, sentence: si, text: sent.text, ...r };
      if (date) rec.date = date;
      relations.push(rec);
    };
    const tokStart = (t: number): number => sent.start + (inp.toks[t]?.start ?? 0);
    const tokEnd = (t: number): number => sent.start + (inp.toks[t - 1]?.end ?? sent.text.length);
    for (const a of affiliations(inp, ss) as { subject: Slot; object: Ref; role?: string; rule: string }[]) {
      const objName = entityName(a.object);
      const rec: Omit<RelationRecord, 'doc' | 'sentence' | 'text'> = {
        span: [tokStart(a.subject.start), tokEnd(a.subject.m.end)],
        subject: entityRef(a.subject),
        relation: 'AFFILIATED_WITH',
        object: { id: a.object.id, name: objName, mention: objName, type: a.object.type },
        modality: 'asserted',
        cameo: '',
        rule: a.rule,
      };
      if (a.role) rec.role = a.role;
      note({ ...a.object, name: objName }, undefined, si);
      emit(rec);
    }
    for (const c of matchSentence(inp.toks, ss, docConflict).candidates) {
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
  const doc: DocumentResult['doc'] = { id: article.id };
  if (article.title) doc.title = article.title;
  if (docDate) doc.date = docDate;
  if (article.url) doc.url = article.url;
  if (article.source) doc.source = article.source;
  return {
    doc,
    sentences: sentences.map((s) => ({ index: s.index, start: s.start, end: s.end, text: s.text })),
    entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    relations,
  };
}

import { ENTITIES } from './gazetteer';

function entityName(r: Ref): string {
  return ENTITIES.get(r.id)?.name ?? r.name;
}
