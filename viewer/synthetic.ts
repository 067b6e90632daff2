// Seeded generator of synthetic graph.json files that follow GraphFileSchema: small ones for the
// browser tests (with known actors such as Amerika Serikat / "AS") and 10k/50k ones for the bench.

import { mulberry32 } from '../graph/rng';
import { ENTITY_COLORS, RELATION_COLORS, scaledSize } from '../graph/style';
import {
  DEFAULT_CAMEO,
  type EdgeAttrs,
  type EntityType,
  type Evidence,
  type GraphFile,
  type NodeAttrs,
  type RelationType,
  SYMMETRIC_RELATIONS,
} from '../src/schema';

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Put `<img onerror>` markup in one evidence sentence and one node label, for the XSS test. */
  xss?: boolean;
}

/** The sentence of the XSS test: if it is ever parsed as HTML, `window.__pwned` gets set. */
export const XSS_SENTENCE =
  'Amerika Serikat <img src=x onerror="window.__pwned=1"> mendesak Israel <script>window.__pwned=3</script> agar menahan diri.';
export const XSS_LABEL = 'Front <img src=x onerror="window.__pwned=2">';

interface Actor {
  key: string;
  label: string;
  type: EntityType;
  aliases: string[];
}

/** Known actors first, so tests can search "AS" and open Blinken's relations whatever the size. */
const KNOWN: Actor[] = [
  { key: 'amerika-serikat', label: 'Amerika Serikat', type: 'COUNTRY', aliases: ['AS', 'Negeri Paman Sam'] },
  { key: 'israel', label: 'Israel', type: 'COUNTRY', aliases: [] },
  { key: 'hamas', label: 'Hamas', type: 'ORGANIZATION', aliases: [] },
  { key: 'qatar', label: 'Qatar', type: 'COUNTRY', aliases: [] },
  { key: 'mesir', label: 'Mesir', type: 'COUNTRY', aliases: [] },
  { key: 'antony-blinken', label: 'Antony Blinken', type: 'PERSON', aliases: ['Blinken'] },
  { key: 'jalur-gaza', label: 'Jalur Gaza', type: 'LOCATION', aliases: ['Gaza'] },
  {
    key: 'konflik-israel-hamas',
    label: 'konflik Israel–Hamas',
    type: 'CONFLICT',
    aliases: ['perang di Gaza'],
  },
];

const SYLLABLES = [
  'ka',
  'ra',
  'su',
  'ma',
  'ti',
  'no',
  'wa',
  'ja',
  'ba',
  'li',
  'se',
  'do',
  'ha',
  'ri',
  'yo',
  'pe',
];
const TYPE_WEIGHTS: [EntityType, number][] = [
  ['PERSON', 0.4],
  ['ORGANIZATION', 0.25],
  ['COUNTRY', 0.15],
  ['LOCATION', 0.15],
  ['CONFLICT', 0.05],
];
const VERBS: Record<RelationType, string> = {
  MET: 'bertemu dengan',
  URGED: 'mendesak',
  MEDIATES: 'menjadi perantara dalam',
  NEGOTIATES_WITH: 'berunding dengan',
  VISITED: 'mengunjungi',
  CRITICIZED: 'mengecam',
  REJECTED: 'menolak usulan',
  SUPPORTS: 'mendukung',
  ATTACKED: 'menyerang',
  AFFILIATED_WITH: 'mewakili',
};
const CAMEO = DEFAULT_CAMEO;

/** The relation types the guidelines allow from one entity type to another. */
function allowedRelations(s: EntityType, o: EntityType): RelationType[] {
  if (s === 'LOCATION' || s === 'CONFLICT') return [];
  const actor = (t: EntityType): boolean => t === 'PERSON' || t === 'COUNTRY' || t === 'ORGANIZATION';
  const out: RelationType[] = [];
  if (actor(o)) out.push('MET', 'URGED', 'NEGOTIATES_WITH', 'CRITICIZED', 'REJECTED', 'SUPPORTS', 'ATTACKED');
  if (o === 'COUNTRY' || o === 'LOCATION') out.push('VISITED');
  if (o === 'LOCATION') out.push('ATTACKED');
  if (o === 'CONFLICT') out.push('MEDIATES');
  if ((s === 'PERSON' || s === 'ORGANIZATION') && (o === 'COUNTRY' || o === 'ORGANIZATION')) {
    out.push('AFFILIATED_WITH');
  }
  return out;
}

export function generateSyntheticGraph(opts: SyntheticOptions): GraphFile {
  const rnd = mulberry32(opts.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const word = (): string => {
    const n = 2 + Math.floor(rnd() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };

  const actors: Actor[] = KNOWN.slice(0, Math.min(KNOWN.length, opts.nodes));
  if (opts.xss && actors.length < opts.nodes) {
    actors.push({ key: 'xss-front', label: XSS_LABEL, type: 'ORGANIZATION', aliases: ['<b>FX</b>'] });
  }
  const used = new Set(actors.map((a) => a.label));
  while (actors.length < opts.nodes) {
    let r = rnd();
    let type: EntityType = 'PERSON';
    for (const [t, w] of TYPE_WEIGHTS) {
      type = t;
      r -= w;
      if (r < 0) break;
    }
    let label = `${word()} ${word()}`;
    while (used.has(label)) label = `${label} ${word()}`;
    used.add(label);
    const parts = label.split(' ');
    const aliases = rnd() < 0.3 ? [parts.map((p) => p.charAt(0)).join('')] : [];
    if (type === 'PERSON' && parts[1] !== undefined) aliases.push(parts[1]);
    actors.push({ key: `e${actors.length}`, label, type, aliases });
  }

  const docCount = Math.max(5, Math.ceil(opts.edges / 10));
  const start = Date.UTC(2023, 9, 7);
  const docs = Array.from({ length: docCount }, (_, i) => ({
    id: `doc-${String(i).padStart(5, '0')}.txt`,
    title: `Berita ${word()} ${word()}`,
    date: new Date(start + Math.floor(rnd() * 270) * 86_400_000).toISOString().slice(0, 10),
    url: `https://example.org/berita/${i}`,
  }));

  // Communities give the layout visible clusters; most edges stay inside one.
  const communities = Math.max(1, Math.round(Math.sqrt(opts.nodes) / 3));
  const community = actors.map(() => Math.floor(rnd() * communities));
  const members: number[][] = Array.from({ length: communities }, () => []);
  community.forEach((c, i) => {
    members[c]?.push(i);
  });
  // A skewed pick gives a heavy-tailed degree distribution like news graphs have.
  const skewed = (xs: readonly number[]): number => xs[Math.floor(xs.length * rnd() ** 2.2)] as number;
  const all = actors.map((_, i) => i);

  interface EdgeDraft {
    s: number;
    o: number;
    relation: RelationType;
    weight: number;
  }
  const drafts = new Map<string, EdgeDraft>();
  const maxTries = opts.edges * 20;
  for (let tries = 0; drafts.size < opts.edges && tries < maxTries; tries++) {
    let s = skewed(all);
    const pool = rnd() < 0.8 ? (members[community[s] ?? 0] ?? all) : all;
    let o = skewed(pool);
    if (s === o) continue;
    const sa = actors[s] as Actor;
    const oa = actors[o] as Actor;
    const rels = allowedRelations(sa.type, oa.type);
    if (rels.length === 0) continue;
    const relation = pick(rels);
    if (SYMMETRIC_RELATIONS.has(relation) && sa.key > oa.key) [s, o] = [o, s];
    const key = `${actors[s]?.key}|${relation}|${actors[o]?.key}`;
    if (drafts.has(key)) continue;
    drafts.set(key, { s, o, relation, weight: 1 + Math.floor(rnd() ** 4 * 8) });
  }
  if (opts.edges > 0 && !drafts.has('amerika-serikat|URGED|israel') && actors.length > 1) {
    drafts.set('amerika-serikat|URGED|israel', { s: 0, o: 1, relation: 'URGED', weight: 2 });
  }

  const degree = new Array<number>(actors.length).fill(0);
  const wdegree = new Array<number>(actors.length).fill(0);
  const edges: GraphFile['graph']['edges'] = [];
  let mentions = 0;
  for (const [key, d] of drafts) {
    const sa = actors[d.s] as Actor;
    const oa = actors[d.o] as Actor;
    const evidence: Evidence[] = [];
    let planned = 0;
    for (let i = 0; i < Math.min(d.weight, 3); i++) {
      const doc = pick(docs);
      const modality = rnd() < 0.15 ? 'planned' : 'asserted';
      const subjectMention = pick([sa.label, ...sa.aliases]);
      const objectMention = pick([oa.label, ...oa.aliases]);
      const verb = modality === 'planned' ? `akan ${VERBS[d.relation]}` : VERBS[d.relation];
      let text = `${subjectMention} ${verb} ${objectMention} pada ${doc.date}, kata seorang pejabat.`;
      if (opts.xss && key === 'amerika-serikat|URGED|israel' && i === 0) text = XSS_SENTENCE;
      evidence.push({
        doc: doc.id,
        sentence: Math.floor(rnd() * 30),
        text,
        span: [0, text.length],
        rule: `${d.relation.toLowerCase()}.synthetic-${1 + Math.floor(rnd() * 3)}`,
        modality,
        date: doc.date,
        subjectMention: opts.xss && text === XSS_SENTENCE ? 'Amerika Serikat' : subjectMention,
        objectMention: opts.xss && text === XSS_SENTENCE ? 'Israel' : objectMention,
      });
    }
    // Evidence is capped at three sentences; the remaining mentions count as asserted or planned alike.
    planned = evidence.filter((e) => e.modality === 'planned').length;
    if (planned === evidence.length && d.weight > evidence.length) planned = d.weight;
    const dates = evidence.map((e) => e.date ?? '').sort();
    const attrs: EdgeAttrs = {
      relation: d.relation,
      cameo: CAMEO[d.relation],
      weight: d.weight,
      asserted: d.weight - planned,
      planned,
      color: RELATION_COLORS[d.relation],
      size: 1 + Math.log2(d.weight),
      evidence,
    };
    if (dates[0]) attrs.firstDate = dates[0];
    const last = dates[dates.length - 1];
    if (last) attrs.lastDate = last;
    if (d.relation === 'AFFILIATED_WITH' && rnd() < 0.5)
      attrs.role = pick(['Menteri Luar Negeri', 'Juru bicara']);
    // Like graph/, symmetric relations are stored directed in one stable orientation.
    edges.push({ key, source: sa.key, target: oa.key, attributes: attrs });
    degree[d.s] = (degree[d.s] ?? 0) + 1;
    degree[d.o] = (degree[d.o] ?? 0) + 1;
    wdegree[d.s] = (wdegree[d.s] ?? 0) + d.weight;
    wdegree[d.o] = (wdegree[d.o] ?? 0) + d.weight;
    mentions += d.weight;
  }

  const maxDegree = Math.max(1, ...degree);
  const totalDegree = degree.reduce((a, b) => a + b + 1, 0);
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const affiliations = new Map<string, NodeAttrs['affiliations']>();
  for (const e of edges) {
    if (e.attributes.relation !== 'AFFILIATED_WITH') continue;
    const target = byKey.get(e.target);
    const list = affiliations.get(e.source) ?? [];
    const aff: NodeAttrs['affiliations'][number] = { id: e.target, label: target?.label ?? e.target };
    if (e.attributes.role !== undefined) aff.role = e.attributes.role;
    list.push(aff);
    affiliations.set(e.source, list);
  }
  const nodes = actors.map((a, i) => {
    const c = community[i] ?? 0;
    // Communities on a sunflower spiral fill a disc the way a force layout spreads clusters.
    const angle = c * 2.399963;
    const radius = 1000 * Math.sqrt((c + 0.5) / communities);
    const spread = 25 + 4 * Math.sqrt(members[c]?.length ?? 1);
    const gauss = (): number => (rnd() + rnd() + rnd() - 1.5) * spread;
    const deg = degree[i] ?? 0;
    const attributes: NodeAttrs = {
      label: a.label,
      type: a.type,
      aliases: a.aliases,
      mentions: (wdegree[i] ?? 0) + Math.floor(rnd() * 3),
      documents: [pick(docs).id],
      degree: deg,
      weightedDegree: wdegree[i] ?? 0,
      pagerank: (deg + 1) / totalDegree,
      community: c,
      x: Math.cos(angle) * radius + gauss(),
      y: Math.sin(angle) * radius + gauss(),
      size: scaledSize(deg, maxDegree),
      color: ENTITY_COLORS[a.type],
      affiliations: affiliations.get(a.key) ?? [],
    };
    return { key: a.key, attributes };
  });

  return {
    meta: {
      tool: 'kabar-graph',
      version: '0.1.0',
      corpus: [`synthetic:${opts.nodes}x${opts.edges}:seed${opts.seed ?? 1}`],
      builtAt: new Date(Date.UTC(2024, 0, 1)).toISOString(),
      counts: {
        documents: docs.length,
        sentences: edges.reduce((n, e) => n + e.attributes.evidence.length, 0),
        relationMentions: mentions,
        nodes: nodes.length,
        edges: edges.length,
      },
      documents: docs,
    },
    graph: { options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges },
  };
}
