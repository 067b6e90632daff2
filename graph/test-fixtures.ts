// Synthetic extraction results for graph/ tests: two short Indonesian articles on Gaza diplomacy with
// hand-made entities and relations, written as the extractor would emit them.
import type {
  DocEntity,
  DocumentResult,
  EntityRef,
  EntityType,
  Modality,
  RelationRecord,
  RelationType,
} from '../src/schema';
import { DEFAULT_CAMEO } from '../src/schema';

interface Ent {
  id: string;
  name: string;
  type: EntityType;
}

export const E = {
  blinken: { id: 'person:antony-blinken', name: 'Antony Blinken', type: 'PERSON' },
  netanyahu: { id: 'person:benjamin-netanyahu', name: 'Benjamin Netanyahu', type: 'PERSON' },
  us: { id: 'country:us', name: 'Amerika Serikat', type: 'COUNTRY' },
  israel: { id: 'country:israel', name: 'Israel', type: 'COUNTRY' },
  qatar: { id: 'country:qatar', name: 'Qatar', type: 'COUNTRY' },
  egypt: { id: 'country:egypt', name: 'Mesir', type: 'COUNTRY' },
  jordan: { id: 'country:jordan', name: 'Yordania', type: 'COUNTRY' },
  hamas: { id: 'organization:hamas', name: 'Hamas', type: 'ORGANIZATION' },
  gaza: { id: 'location:gaza', name: 'Gaza', type: 'LOCATION' },
  war: { id: 'conflict:israel-hamas', name: 'konflik Israel–Hamas', type: 'CONFLICT' },
} as const satisfies Record<string, Ent>;

const CAMEO = DEFAULT_CAMEO;

interface Spec {
  s: number;
  subj: Ent;
  sm: string;
  rel: RelationType;
  obj: Ent;
  om: string;
  modality?: Modality;
  role?: string;
}

function ref(e: Ent, mention: string): EntityRef {
  return { id: e.id, name: e.name, mention, type: e.type };
}

function doc(
  id: string,
  meta: { title?: string; date?: string; url?: string },
  sentences: string[],
  aliases: [Ent, string[]][],
  specs: Spec[],
): DocumentResult {
  let offset = 0;
  const infos = sentences.map((text, index) => {
    const info = { index, start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return info;
  });
  const relations: RelationRecord[] = specs.map((sp) => {
    const text = sentences[sp.s] ?? '';
    const a = text.indexOf(sp.sm);
    const b = text.indexOf(sp.om);
    const r: RelationRecord = {
      doc: id,
      sentence: sp.s,
      text,
      span: [Math.min(a, b), Math.max(a + sp.sm.length, b + sp.om.length)],
      subject: ref(sp.subj, sp.sm),
      relation: sp.rel,
      object: ref(sp.obj, sp.om),
      modality: sp.modality ?? 'asserted',
      cameo: CAMEO[sp.rel],
      rule: `${sp.rel.toLowerCase()}.test`,
    };
    if (meta.date !== undefined) r.date = meta.date;
    if (sp.role !== undefined) r.role = sp.role;
    return r;
  });
  const entities: DocEntity[] = aliases.map(([e, names]) => {
    const hits = sentences.flatMap((t, i) => (names.some((n) => t.includes(n)) ? [i] : []));
    return { id: e.id, name: e.name, type: e.type, aliases: names, sentences: hits, mentions: hits.length };
  });
  return { doc: { id, ...meta }, sentences: infos, entities, relations };
}

/** Blinken meets Netanyahu, urges Israel; Qatar mediates; a planned visit to Jordan. */
export function docA(): DocumentResult {
  return doc(
    'a1.txt',
    {
      title: `Blinken: 'Israel berhak membela diri' \\ "jeda kemanusiaan"`,
      date: '2023-11-03',
      url: 'https://example.org/a1',
    },
    [
      'Menteri Luar Negeri AS Antony Blinken bertemu dengan Perdana Menteri Israel Benjamin Netanyahu di Tel Aviv pada Jumat (3/11).',
      'Blinken mendesak Israel\nuntuk melindungi warga sipil di Gaza.',
      'Qatar menjadi perantara utama dalam konflik Israel–Hamas.',
      'Blinken dijadwalkan berkunjung ke Yordania pada Sabtu.',
    ],
    [
      [E.blinken, ['Antony Blinken', 'Blinken']],
      [E.netanyahu, ['Benjamin Netanyahu']],
      [E.us, ['AS']],
      [E.israel, ['Israel']],
      [E.qatar, ['Qatar']],
      [E.jordan, ['Yordania']],
      [E.gaza, ['Gaza']],
      [E.war, ['konflik Israel–Hamas']],
    ],
    [
      {
        s: 0,
        subj: E.blinken,
        sm: 'Antony Blinken',
        rel: 'AFFILIATED_WITH',
        obj: E.us,
        om: 'AS',
        role: 'Menteri Luar Negeri',
      },
      {
        s: 0,
        subj: E.netanyahu,
        sm: 'Benjamin Netanyahu',
        rel: 'AFFILIATED_WITH',
        obj: E.israel,
        om: 'Israel',
        role: 'Perdana Menteri',
      },
      { s: 0, subj: E.blinken, sm: 'Antony Blinken', rel: 'MET', obj: E.netanyahu, om: 'Benjamin Netanyahu' },
      { s: 1, subj: E.blinken, sm: 'Blinken', rel: 'URGED', obj: E.israel, om: 'Israel' },
      { s: 2, subj: E.qatar, sm: 'Qatar', rel: 'MEDIATES', obj: E.war, om: 'konflik Israel–Hamas' },
      {
        s: 3,
        subj: E.blinken,
        sm: 'Blinken',
        rel: 'VISITED',
        obj: E.jordan,
        om: 'Yordania',
        modality: 'planned',
      },
    ],
  );
}

/** Netanyahu rejects Blinken's call, Hamas attacks Israel, Egypt and Qatar mediate, they meet again. */
export function docB(): DocumentResult {
  return doc(
    'b1.txt',
    { title: 'Mesir dan Qatar menengahi', date: '2023-11-05' },
    [
      'Netanyahu menolak seruan Blinken untuk jeda kemanusiaan.',
      'Hamas menyandera lebih dari 200 warga Israel.',
      'Mesir bersama Qatar menengahi perundingan antara Israel dan Hamas.',
      'Netanyahu kembali bertemu Blinken di Yerusalem.',
    ],
    [
      [E.blinken, ['Blinken']],
      [E.netanyahu, ['Netanyahu']],
      [E.israel, ['Israel']],
      [E.hamas, ['Hamas']],
      [E.qatar, ['Qatar']],
      [E.egypt, ['Mesir']],
      [E.war, ['Israel dan Hamas']],
    ],
    [
      { s: 0, subj: E.netanyahu, sm: 'Netanyahu', rel: 'REJECTED', obj: E.blinken, om: 'Blinken' },
      { s: 1, subj: E.hamas, sm: 'Hamas', rel: 'ATTACKED', obj: E.israel, om: 'Israel' },
      { s: 2, subj: E.egypt, sm: 'Mesir', rel: 'MEDIATES', obj: E.war, om: 'Israel dan Hamas' },
      { s: 2, subj: E.qatar, sm: 'Qatar', rel: 'MEDIATES', obj: E.war, om: 'Israel dan Hamas' },
      { s: 3, subj: E.netanyahu, sm: 'Netanyahu', rel: 'MET', obj: E.blinken, om: 'Blinken' },
    ],
  );
}

export function fixtureResults(): DocumentResult[] {
  return [docA(), docB()];
}

/** Text that breaks naive quoting: quotes, backslashes, newlines, and Cypher, CSV and JSON lookalikes. */
export const TRICKY = {
  title: `It's "quoted" \\ back\\slash \\" and \\' — '}) MATCH (n) DETACH DELETE n //`,
  a: { id: 'person:o-brien', name: `Sean O'Brien "Jr."`, type: 'PERSON' },
  b: { id: 'organization:x', name: 'Kelompok \\N; $rows', type: 'ORGANIZATION' },
} as const satisfies { title: string; a: Ent; b: Ent };

/** One document whose title, sentences and entity names carry TRICKY's text. */
export function trickyResults(): DocumentResult[] {
  return [
    doc(
      'tricky "1".txt',
      { title: TRICKY.title, date: '2023-11' },
      [
        `Sean O'Brien "Jr." bertemu Kelompok \\N; $rows di "Gaza".\r\nBaris kedua\tdengan tab.`,
        `Kelompok \\N; $rows mengecam Sean O'Brien "Jr." : "}]->(x) CREATE (y) RETURN 1; =cmd|' /C calc'!A0`,
      ],
      [
        [TRICKY.a, [TRICKY.a.name]],
        [TRICKY.b, [TRICKY.b.name]],
      ],
      [
        { s: 0, subj: TRICKY.a, sm: TRICKY.a.name, rel: 'MET', obj: TRICKY.b, om: TRICKY.b.name },
        { s: 1, subj: TRICKY.b, sm: TRICKY.b.name, rel: 'CRITICIZED', obj: TRICKY.a, om: TRICKY.a.name },
      ],
    ),
  ];
}
