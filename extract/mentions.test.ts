// Table tests of the mention stage alone (tokens → mentions): the title frame, bodies, names and
// pronouns. Sentences written for these tests; each row says what the mention stage must (not) read.
import { describe, expect, it } from 'vitest';
import { findMentions, type Mention } from './mentions';
import { tokenize } from './text';

const mentionsOf = (text: string): Mention[] => findMentions(tokenize(text), false);
/** A compact reading of one mention: kind, name or entity, role and affiliation. */
const show = (m: Mention): string =>
  [
    m.kind,
    m.name ?? m.entity?.id ?? m.pronoun ?? '',
    m.role ? `role=${m.role}` : '',
    m.affil && !m.former ? `affil=${m.affil.id}` : '',
  ]
    .filter(Boolean)
    .join(' ');
const shown = (text: string): string[] => mentionsOf(text).map(show);

const MUST: [string, string][] = [
  ['Menlu AS Antony Blinken tiba.', 'entity person:antony-blinken role=Menlu affil=country:us'],
  [
    'Menteri Luar Negeri Iran, Mohammad Kazem Sajjadpour, tiba.',
    'name Mohammad Kazem Sajjadpour role=Menteri Luar Negeri affil=country:ir',
  ],
  [
    'Menteri Luar Negeri Iran, Seyed Abbas Araghchi, tiba.',
    'entity person:abbas-araghchi role=Menteri Luar Negeri affil=country:ir',
  ],
  ['Jurubicara NATO, Lars Holmgren, berbicara.', 'name Lars Holmgren role=Jurubicara affil=org:nato'],
  [
    'Menteri Kesehatan Brasil, Ana Costa, tiba di Lima.',
    'name Ana Costa role=Menteri Kesehatan affil=country:br',
  ],
  [
    'Wakil Perdana Menteri China, He Lifeng, tiba.',
    'name He Lifeng role=Wakil Perdana Menteri affil=country:cn',
  ],
  ['Ketua Komisi Perdagangan Marta Ruiz tiba.', 'name Marta Ruiz role=Ketua affil=org:komisi-perdagangan'],
  ['Kementerian Luar Negeri Rusia memanggil duta besar.', 'entity org:kementerian-luar-negeri-rusia'],
  ['Pejabat senior AS mendesak Israel.', 'role country:us role=Pejabat senior affil=country:us'],
  ['Keduanya bertemu kemarin.', 'pronoun pair'],
  ['Ketiga negara tersebut menolak.', 'pronoun pair'],
  ['"Kami siap," kata Menlu Chile.', 'pronoun side'],
  // After "TITLE COUNTRY" a name may start with a word common elsewhere ("Bola" is "ball").
  ['Presiden Nigeria Bola Tinubu tiba di Niamey.', 'name Bola Tinubu role=Presiden affil=country:ng'],
  // Seas and straits named after a country, or by their own words, are places.
  ['Rudal itu jatuh di Laut Jepang pada Kamis.', 'entity location:laut-jepang'],
  ['Kapal perang berlayar di Selat Taiwan.', 'entity location:selat-taiwan'],
  ['Kapal dagang diserang di Laut Merah.', 'entity location:laut-merah'],
  ['Kapal itu masuk ke Laut China Selatan.', 'entity location:laut-china-selatan'],
  // Titles with bodies.
  [
    'Ketua Umum Partai Keadilan Mahmoud Abbas tiba.',
    'entity person:mahmoud-abbas role=Ketua Umum affil=org:partai-keadilan',
  ],
  ['Ketua Komisi Uni Afrika Moussa Faki tiba.', 'name Moussa Faki role=Ketua affil=org:komisi-uni-afrika'],
];

const MUST_NOT: [string, string][] = [
  // A fronted preposition: the name after the comma is not the title's holder.
  [
    'Kepada Menlu Turki, Omar Faruk Celik menyampaikan pesan damai.',
    'name Omar Faruk Celik role=Menlu affil=country:tr',
  ],
  // A title starts a new mention: "Menlu" is never part of a name.
  ['Menlu Chile, Menlu Peru dan Menlu Bolivia bertemu.', 'name Menlu'],
  // A single capitalised word before a country is a title word, not a name tied to it.
  ['Kepala Rabi Rusia, Berl Lazar, hadir.', 'name Rabi role=Kepala affil=country:ru'],
  // A former post gives no affiliation.
  ['Mantan Menlu AS Mike Pompeo tiba.', 'entity person:mike-pompeo role=Menlu affil=country:us'],
  // A day or an ordinal after the country is not the start of a name.
  ['Presiden Nigeria Senin lalu tiba di Niamey.', 'name Senin role=Presiden affil=country:ng'],
  ['Presiden RI Pertama Soekarno tiba.', 'name Pertama Soekarno role=Presiden affil=country:id'],
  // The sea is not the country it is named after.
  ['Rudal itu jatuh di Laut Jepang pada Kamis.', 'entity country:jp'],
];

describe('mention stage', () => {
  it.each(MUST)('reads "%s" with %s', (text, want) => {
    expect(shown(text)).toContain(want);
  });
  it.each(MUST_NOT)('does not read "%s" as %s', (text, unwanted) => {
    expect(shown(text)).not.toContain(unwanted);
  });
  it('keeps spans inside the sentence and in order', () => {
    const ms = mentionsOf(
      'Menlu Chile, Menlu Peru dan utusan Bolivia bertemu Presiden Kenya William Ruto di Lima.',
    );
    for (let k = 1; k < ms.length; k++) expect(ms[k]?.start).toBeGreaterThanOrEqual(ms[k - 1]?.end ?? 0);
  });
});
