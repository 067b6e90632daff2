// From extraction results to the typed graphology graph: one node per canonical entity, one edge per
// (subject, relation, object) carrying its evidence. Metrics and layout are filled in later stages.
import { MultiDirectedGraph } from 'graphology';
import {
  type DocumentResult,
  type EdgeAttrs,
  ENTITY_TYPES,
  type EntityType,
  type Evidence,
  type NodeAttrs,
  type RelationRecord,
  type RelationType,
  SYMMETRIC_RELATIONS,
} from '../src/schema';
import { ENTITY_COLORS, edgeSize, RELATION_COLORS } from './style';

export type KgGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/** Code-unit order: locale-independent, so every machine sorts the same way. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Deterministic edge key; symmetric relations are keyed by the ordered pair. */
export function edgeKey(subject: string, relation: RelationType, object: string): string {
  return `${subject}|${relation}|${object}`;
}

/** Symmetric relations keep the pair in id order so "A met B" and "B met A" are one edge. */
export function orient(
  subject: string,
  relation: RelationType,
  object: string,
): { source: string; target: string; swapped: boolean } {
  if (SYMMETRIC_RELATIONS.has(relation) && cmp(object, subject) < 0) {
    return { source: object, target: subject, swapped: true };
  }
  return { source: subject, target: object, swapped: false };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Evidence kept on one edge (the first in document order): one huge article repeating a relation
 * cannot blow up graph.json. Counts, dates and weight still cover every mention; documents.jsonl
 * keeps them all.
 */
export const MAX_EVIDENCE_PER_EDGE = 200;

/** The calendar date of a relation mention when it is an ISO date; other date strings are kept in evidence only. */
export function isoDay(date: string | undefined): string | undefined {
  return date !== undefined && ISO_DATE.test(date) ? date.slice(0, 10) : undefined;
}

/** The most frequent value; ties go to the longest, then the first in code-unit order. */
function pickMajority(votes: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestN = -1;
  for (const [v, n] of votes) {
    if (
      best === undefined ||
      n > bestN ||
      (n === bestN && (v.length > best.length || (v.length === best.length && cmp(v, best) < 0)))
    ) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

function vote(votes: Map<string, number>, v: string, n = 1): void {
  votes.set(v, (votes.get(v) ?? 0) + n);
}

interface EntityAcc {
  names: Map<string, number>;
  types: Map<string, number>;
  aliases: Set<string>;
  mentions: number;
  documents: Set<string>;
}

// Plain arrays rather than a Map per edge: on 100k edges the Maps alone cost seconds of GC.
interface EdgeAcc {
  source: string;
  target: string;
  relation: RelationType;
  cameos: string[];
  roles: string[];
  evidence: Evidence[];
}

function countVotes(values: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) vote(m, v);
  return m;
}

function evidenceKey(edge: string, r: RelationRecord): string {
  return `${edge}\u0000${r.doc}\u0000${r.sentence}\u0000${r.span[0]}\u0000${r.span[1]}\u0000${r.rule}`;
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    cmp(a.doc, b.doc) ||
    a.sentence - b.sentence ||
    a.span[0] - b.span[0] ||
    a.span[1] - b.span[1] ||
    cmp(a.rule, b.rule)
  );
}

function entityAcc(map: Map<string, EntityAcc>, id: string): EntityAcc {
  let acc = map.get(id);
  if (!acc) {
    acc = { names: new Map(), types: new Map(), aliases: new Set(), mentions: 0, documents: new Set() };
    map.set(id, acc);
  }
  return acc;
}

function pickType(types: Map<string, number>): EntityType {
  let best: EntityType = 'ORGANIZATION';
  let bestN = -1;
  // Walking ENTITY_TYPES in order makes ties fall to the earlier type.
  for (const t of ENTITY_TYPES) {
    const n = types.get(t) ?? 0;
    if (n > bestN) {
      best = t;
      bestN = n;
    }
  }
  return best;
}

/**
 * Builds the graph of a list of extraction results. Pure; the same results in any order give the
 * same graph (nodes and edges are inserted in key order, evidence sorted and deduplicated by
 * (doc, sentence, span, rule); a doc id given twice counts once).
 */
export function buildGraph(results: readonly DocumentResult[]): KgGraph {
  const entities = new Map<string, EntityAcc>();
  const edges = new Map<string, EdgeAcc>();
  const seenEvidence = new Set<string>();
  // A document given twice counts once (the later result wins), as in a --merge.
  const byDoc = new Map<string, DocumentResult>();
  for (const res of results) byDoc.set(res.doc.id, res);

  for (const res of byDoc.values()) {
    const docId = res.doc.id;
    for (const e of res.entities) {
      const acc = entityAcc(entities, e.id);
      vote(acc.names, e.name);
      vote(acc.types, e.type);
      acc.aliases.add(e.name);
      for (const a of e.aliases) acc.aliases.add(a);
      acc.mentions += e.mentions;
      acc.documents.add(docId);
    }
    for (const r of res.relations) {
      // Endpoints the entity list missed still become nodes, named as the relation names them.
      for (const ref of [r.subject, r.object]) {
        const acc = entityAcc(entities, ref.id);
        if (acc.names.size === 0) {
          vote(acc.names, ref.name);
          vote(acc.types, ref.type);
          acc.aliases.add(ref.name);
        }
        acc.documents.add(r.doc);
      }
      const { source, target, swapped } = orient(r.subject.id, r.relation, r.object.id);
      const key = edgeKey(source, r.relation, target);
      let acc = edges.get(key);
      if (!acc) {
        acc = { source, target, relation: r.relation, cameos: [], roles: [], evidence: [] };
        edges.set(key, acc);
      }
      const ek = evidenceKey(key, r);
      if (seenEvidence.has(ek)) continue;
      seenEvidence.add(ek);
      acc.cameos.push(r.cameo);
      if (r.role !== undefined && r.role !== '') acc.roles.push(r.role);
      const ev: Evidence = {
        doc: r.doc,
        sentence: r.sentence,
        text: r.text,
        span: [r.span[0], r.span[1]],
        rule: r.rule,
        modality: r.modality,
        subjectMention: swapped ? r.object.mention : r.subject.mention,
        objectMention: swapped ? r.subject.mention : r.object.mention,
      };
      if (r.date !== undefined) ev.date = r.date;
      acc.evidence.push(ev);
    }
  }

  const graph: KgGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: true });
  for (const id of [...entities.keys()].sort(cmp)) {
    const acc = entities.get(id)!;
    const type = pickType(acc.types);
    graph.addNode(id, {
      label: pickMajority(acc.names) ?? id,
      type,
      aliases: [...acc.aliases].sort(cmp),
      mentions: acc.mentions,
      documents: [...acc.documents].sort(cmp),
      degree: 0,
      weightedDegree: 0,
      pagerank: 0,
      community: 0,
      x: 0,
      y: 0,
      size: 1,
      color: ENTITY_COLORS[type],
      affiliations: [],
    });
  }
  for (const key of [...edges.keys()].sort(cmp)) {
    const acc = edges.get(key)!;
    const evidence = acc.evidence.sort(compareEvidence);
    let asserted = 0;
    let planned = 0;
    const days: string[] = [];
    for (const ev of evidence) {
      if (ev.modality === 'asserted') asserted++;
      else planned++;
      const d = isoDay(ev.date);
      if (d !== undefined) days.push(d);
    }
    days.sort(cmp);
    const attrs: EdgeAttrs = {
      relation: acc.relation,
      cameo: pickMajority(countVotes(acc.cameos)) ?? '',
      weight: evidence.length,
      asserted,
      planned,
      color: RELATION_COLORS[acc.relation],
      size: edgeSize(evidence.length),
      // weight keeps the full count; the viewer says "N of weight mentions" when the list is cut.
      evidence: evidence.length > MAX_EVIDENCE_PER_EDGE ? evidence.slice(0, MAX_EVIDENCE_PER_EDGE) : evidence,
    };
    const first = days[0];
    const last = days[days.length - 1];
    if (first !== undefined) attrs.firstDate = first;
    if (last !== undefined) attrs.lastDate = last;
    const role = pickMajority(countVotes(acc.roles));
    if (role !== undefined) attrs.role = role;
    graph.addDirectedEdgeWithKey(key, acc.source, acc.target, attrs);
  }
  assignAffiliations(graph);
  return graph;
}

/** Copies AFFILIATED_WITH targets (with role) onto the subject node, for side panels. */
function assignAffiliations(graph: KgGraph): void {
  graph.forEachNode((node) => {
    const affs: NodeAttrs['affiliations'] = [];
    graph.forEachOutEdge(node, (_edge, attrs, _source, target, _sa, targetAttrs) => {
      if (attrs.relation !== 'AFFILIATED_WITH') return;
      const a: NodeAttrs['affiliations'][number] = { id: target, label: targetAttrs.label };
      if (attrs.role !== undefined) a.role = attrs.role;
      affs.push(a);
    });
    affs.sort((a, b) => cmp(a.id, b.id));
    graph.setNodeAttribute(node, 'affiliations', affs);
  });
}

/** A dominant modality for exports that want one word: asserted as soon as one mention asserts it. */
export function edgeModality(attrs: EdgeAttrs): 'asserted' | 'planned' {
  return attrs.asserted > 0 ? 'asserted' : 'planned';
}

/** Sentence id of the lexical layer. */
export function sentenceId(doc: string, index: number): string {
  return `${doc}#${index}`;
}
