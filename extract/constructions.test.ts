// Table tests per construction family (../shared/ontology/CONSTRUCTIONS.md). Every sentence here was
// written for this file; none is taken from a gold corpus. "must" rows name a triple that has to be
// read; "must not" rows name one that must not be.
import { describe, expect, it } from 'vitest';
import { extractDocument } from './index';

const triples = (text: string): string[] =>
  extractDocument({ id: 't.txt', text, origin: 't.txt' }).relations.map(
    (r) => `${r.subject.name} ${r.relation} ${r.object.name}`,
  );

type Row = [family: string, text: string, triple: string];

const MUST: Row[] = [
  [
    'names: longest run',
    'Menlu Iran, Seyed Abbas Araghchi, tiba di Ankara.',
    'Seyed Abbas Araghchi VISITED Ankara',
  ],
  [
    'titles: list of titled',
    'Menlu Chile, Menlu Peru dan utusan Bolivia bertemu di Lima.',
    'Chile MET Bolivia',
  ],
  ['titles: list of titled', 'Menlu Chile, Menlu Peru dan utusan Bolivia bertemu di Lima.', 'Chile MET Peru'],
  [
    'clauses: group meets',
    'Presiden Kenya dan Presiden Ghana bertemu di Accra pada Kamis.',
    'Kenya MET Ghana',
  ],
  [
    'clauses: time adverbial',
    'Menlu Norwegia Espen Barth Eide dan Menlu Mesir Sameh Shoukry, baru-baru ini, mengadakan pertemuan di Oslo.',
    'Espen Barth Eide MET Sameh Shoukry',
  ],
  [
    'clauses: floating adverb',
    'Menlu Jepang bertemu secara langsung dengan Menlu Korea Selatan.',
    'Jepang MET Korea Selatan',
  ],
  [
    'plural anaphora',
    'Menlu Spanyol, Menlu Portugal dan Menlu Yunani tiba di Madrid. Mereka mengecam Rusia.',
    'Portugal CRITICIZED Rusia',
  ],
  [
    'plural anaphora',
    'Menlu Spanyol, Menlu Portugal dan Menlu Yunani tiba di Madrid. Mereka mengecam Rusia.',
    'Yunani CRITICIZED Rusia',
  ],
  [
    'criticism of an act',
    'Kementerian Luar Negeri Brasil mengutuk agresi bersenjata yang dilakukan Israel terhadap Lebanon.',
    'Kementerian Luar Negeri Brasil CRITICIZED Israel',
  ],
  [
    'criticism of an act',
    'Meksiko secara tegas menolak aksi militer Amerika Serikat di Kuba.',
    'Meksiko CRITICIZED Amerika Serikat',
  ],
  [
    'criticism of an act',
    'Turki mengecam keras kunjungan Menlu Armenia ke Siprus.',
    'Turki CRITICIZED Armenia',
  ],
  [
    'criticism: reciprocal',
    'Thailand dan Kamboja saling menuding soal bentrokan di perbatasan.',
    'Kamboja CRITICIZED Thailand',
  ],
  [
    'criticism: reciprocal',
    'Thailand dan Kamboja saling menuding soal bentrokan di perbatasan.',
    'Thailand CRITICIZED Kamboja',
  ],
  [
    'criticism: epithet',
    'Presiden Peru menyebut Bolivia sebagai perusak stabilitas kawasan.',
    'Peru CRITICIZED Bolivia',
  ],
  [
    'criticism: negative act',
    'Menlu Filipina mengatakan China telah melanggar hukum internasional.',
    'Filipina CRITICIZED China',
  ],
  [
    'event nouns: support given',
    'Dukungan yang diberikan Belarus kepada Rusia dikritik NATO.',
    'Belarus SUPPORTS Rusia',
  ],
  [
    'other frames: thanks',
    'Armenia berterima kasih kepada Prancis atas dukungannya.',
    'Prancis SUPPORTS Armenia',
  ],
  [
    'urging: want that',
    'Jerman menginginkan agar Serbia mengakui kemerdekaan Kosovo.',
    'Jerman URGED Serbia',
  ],
  [
    'attack: reciprocal',
    'Armenia dan Azerbaijan saling serang di perbatasan.',
    'Azerbaijan ATTACKED Armenia',
  ],
  [
    'bodies: seat of government',
    'Juru bicara Kremlin Dmitry Peskov menolak berkomentar.',
    'Kremlin AFFILIATED_WITH Rusia',
  ],
];

const MUST_NOT: Row[] = [
  [
    'group with object',
    'Menlu Spanyol dan Menlu Portugal bertemu Menlu Maroko kemarin.',
    'Spanyol MET Portugal',
  ],
  [
    'criticism: patient of an act',
    'Malaysia mengecam penangkapan Presiden Bolivia oleh tentara.',
    'Malaysia CRITICIZED Bolivia',
  ],
  [
    'criticism: victim',
    'Presiden Turki mengatakan bahwa Israel menjadi korban kejahatan.',
    'Turki CRITICIZED Israel',
  ],
  [
    'criticism: neutral label',
    'Presiden Peru menyebut Bolivia sebagai mitra penting.',
    'Peru CRITICIZED Bolivia',
  ],
  [
    'reciprocal: not hostile',
    'Thailand dan Kamboja saling membantu setelah banjir.',
    'Thailand CRITICIZED Kamboja',
  ],
  [
    'bodies: apposition is not a member',
    'Menlu Spanyol dan Menlu Portugal tiba di Madrid. Mereka mengecam Rusia.',
    'Madrid CRITICIZED Rusia',
  ],
  [
    'plural anaphora: not inside a quote',
    'Kuba dan Meksiko tiba di Lima. "Hari ini mereka bertemu Peru," kata Menlu Chile.',
    'Kuba MET Peru',
  ],
];

describe('construction families', () => {
  it.each(MUST)('%s: reads "%s" as %s', (_family, text, triple) => {
    expect(triples(text)).toContain(triple);
  });
  it.each(MUST_NOT)('%s: does not read "%s" as %s', (_family, text, triple) => {
    expect(triples(text)).not.toContain(triple);
  });
});

// Second batch: titles and bodies, clauses and control, quotations, sized plurals, event frames.
const MORE_MUST: Row[] = [
  [
    'bodies: no parent written',
    'Ketua Komisi Perdagangan Marta Ruiz tiba di Lima.',
    'Marta Ruiz AFFILIATED_WITH Komisi Perdagangan',
  ],
  [
    'titles: spelling variant',
    'Jurubicara Kementerian Luar Negeri Chile, Ana Lopez, mengecam Peru.',
    'Ana Lopez CRITICIZED Peru',
  ],
  [
    'titles: second post',
    'Menteri Pertahanan Chile sekaligus calon presiden, Jorge Vidal, tiba di Lima.',
    'Jorge Vidal AFFILIATED_WITH Chile',
  ],
  ['titles: one-word name', 'Menlu Ghana Ablakwa bertemu Menlu Togo di Accra.', 'Ablakwa MET Togo'],
  [
    'names: surname He',
    'Wakil Perdana Menteri China, He Lifeng, tiba di Jenewa.',
    'He Lifeng VISITED Jenewa',
  ],
  [
    'places: unknown after a place head',
    'Presiden Chile mengunjungi Valparaiso dan kota Iquique.',
    'Chile VISITED Iquique',
  ],
  ['clauses: control', 'Presiden Kenya mengajak Ghana untuk mengecam Mali.', 'Ghana CRITICIZED Mali'],
  [
    'clauses: shared subject across a quote',
    'Presiden Peru menyebutnya "sangat keliru" dan mendesak Chile untuk berunding.',
    'Peru URGED Chile',
  ],
  [
    'clauses: listed members',
    'Sejumlah negara seperti Kenya, Ghana dan Togo mengecam Mali.',
    'Togo CRITICIZED Mali',
  ],
  [
    'quotes: kami is the speaker side',
    '"Kami mendesak Chile untuk berunding," kata pejabat senior Peru.',
    'Peru URGED Chile',
  ],
  [
    'quotes: criticism in a quote',
    '"Latihan Rusia di perairan itu melanggar kedaulatan kami," tegas Menlu Jepang Taro Kono.',
    'Taro Kono CRITICIZED Rusia',
  ],
  [
    'plural anaphora: by size',
    'Kenya, Ghana dan Togo bertemu di Accra. ECOWAS lalu mendesak ketiga negara tersebut agar berunding.',
    'ECOWAS URGED Togo',
  ],
  [
    'plural anaphora: ruling body of a place',
    'Mali, Niger dan Burkina Faso keluar dari blok itu. Junta di ketiga negara tersebut menuduh ECOWAS.',
    'Niger CRITICIZED ECOWAS',
  ],
  ['criticism: passive', 'Menlu Belanda dikecam keras oleh Turki pekan lalu.', 'Turki CRITICIZED Belanda'],
  [
    'criticism: accusation by its maker',
    'Presiden Belarus membantah tuduhan Polandia soal pelanggaran perbatasan.',
    'Polandia CRITICIZED Belarus',
  ],
  [
    'urging: demand to withdraw',
    'Presiden Kenya menuntut penarikan segera pasukan Rwanda dari Goma.',
    'Kenya URGED Rwanda',
  ],
  [
    'attack: resisting an invasion',
    'Georgia masih melawan invasi besar-besaran Rusia di utara.',
    'Rusia ATTACKED Georgia',
  ],
  [
    'support: donation',
    'Jepang telah menyumbangkan dua kapal patroli kepada Filipina.',
    'Jepang SUPPORTS Filipina',
  ],
];

const MORE_MUST_NOT: Row[] = [
  [
    'criticism: a denied claim',
    'Rusia dan Prancis membantah klaim Iran soal usulan baru.',
    'Rusia CRITICIZED Iran',
  ],
  [
    'control: the controller does not act',
    'Presiden Kenya mengajak Ghana untuk mengecam Mali.',
    'Kenya CRITICIZED Mali',
  ],
  [
    'attack: resisting something else',
    'Georgia masih melawan korupsi di pemerintahan Rusia.',
    'Rusia ATTACKED Georgia',
  ],
  [
    'names: a title word before a country',
    'Kepala Rabi Rusia, Berl Lazar, hadir di sana.',
    'Rabi AFFILIATED_WITH Rusia',
  ],
];

describe('construction families, second batch', () => {
  it.each(MORE_MUST)('%s: reads "%s" as %s', (_family, text, triple) => {
    expect(triples(text)).toContain(triple);
  });
  it.each(MORE_MUST_NOT)('%s: does not read "%s" as %s', (_family, text, triple) => {
    expect(triples(text)).not.toContain(triple);
  });
});
